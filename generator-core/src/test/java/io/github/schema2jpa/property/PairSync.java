package io.github.schema2jpa.property;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Locale;

/** Keeps a generated one-to-many pair in step through its public methods, by reflection. */
final class PairSync {

    private PairSync() {
    }

    /**
     * The pair whose many-to-one maps {@code foreignKeyColumn}, kept in step through the public methods: link (set
     * the parent), move (set another parent), unlink (remove from the collection), and add through the collection.
     */
    static void sync(Class<?> parentType, Class<?> childType, String foreignKeyColumn) {
        Field scalar = field(childType, f -> f.isAnnotationPresent(ManyToOne.class)
                && f.getType() == parentType && f.isAnnotationPresent(JoinColumn.class)
                && unquoted(f.getAnnotation(JoinColumn.class).name()).equals(foreignKeyColumn), "many-to-one on "
                + foreignKeyColumn);
        Field collection = field(parentType, f -> f.isAnnotationPresent(OneToMany.class)
                && f.getAnnotation(OneToMany.class).mappedBy().equals(scalar.getName()), "one-to-many mapped by "
                + scalar.getName());
        String scalarStem = stem(scalar.getName());
        String collectionStem = stem(collection.getName());
        Method setter = method(childType, m -> m.getName().startsWith("set") && m.getParameterCount() == 1
                && m.getParameterTypes()[0] == parentType && matches(m, 3, scalarStem), "setter of " + scalar.getName());
        Method getter = method(childType, m -> m.getName().startsWith("get") && m.getParameterCount() == 0
                && m.getReturnType() == parentType && matches(m, 3, scalarStem), "getter of " + scalar.getName());
        Method elements = method(parentType, m -> m.getName().startsWith("get") && m.getParameterCount() == 0
                && Collection.class.isAssignableFrom(m.getReturnType()) && matches(m, 3, collectionStem),
                "getter of " + collection.getName());

        Object first = instance(parentType);
        Object second = instance(parentType);
        Object child = instance(childType);
        invoke(setter, child, first);
        expect(contains(elements, first, child), "linking: the parent's collection holds the child");
        expect(invoke(getter, child) == first, "linking: the child's parent is the parent");
        invoke(setter, child, second);
        expect(contains(elements, second, child), "moving: the new parent's collection holds the child");
        expect(!contains(elements, first, child), "moving: the old parent's collection lets the child go");
        @SuppressWarnings("unchecked")
        Collection<Object> secondElements = (Collection<Object>) invoke(elements, second);
        expect(secondElements.remove(child), "unlinking: removing from the collection says it was there");
        expect(invoke(getter, child) == null, "unlinking: the child has no parent");
        expect(!contains(elements, second, child), "unlinking: the collection no longer holds the child");
        @SuppressWarnings("unchecked")
        Collection<Object> firstElements = (Collection<Object>) invoke(elements, first);
        firstElements.add(child);
        expect(invoke(getter, child) == first, "adding to the collection sets the child's parent");
    }

    private static String unquoted(String sql) {
        return sql.replace("\"", "").replace("`", "");
    }

    private static String stem(String fieldName) {
        return fieldName.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static boolean matches(Method method, int prefix, String stem) {
        return method.getName().substring(prefix).replace("_", "").toLowerCase(Locale.ROOT).equals(stem);
    }

    private static Field field(Class<?> type, java.util.function.Predicate<Field> test, String what) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (test.test(field)) {
                    return field;
                }
            }
        }
        throw new AssertionError(type.getSimpleName() + " has no " + what);
    }

    private static Method method(Class<?> type, java.util.function.Predicate<Method> test, String what) {
        for (Method method : type.getMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isBridge() && test.test(method)) {
                return method;
            }
        }
        throw new AssertionError(type.getSimpleName() + " has no public " + what);
    }

    private static Object instance(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " threw "
                    + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean contains(Method elements, Object parent, Object child) {
        return ((Collection<?>) invoke(elements, parent)).stream().anyMatch(element -> element == child);
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("sync: " + what + " fails");
        }
    }
}
