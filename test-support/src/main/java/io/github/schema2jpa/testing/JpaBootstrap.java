package io.github.schema2jpa.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.SchemaManager;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.Version;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * Boots Hibernate through the Jakarta Persistence container bootstrap
 * ({@link HibernatePersistenceProvider#createContainerEntityManagerFactory}, what Spring's
 * {@code LocalContainerEntityManagerFactoryBean} does), which Hibernate 6.6 and 7 both have. Hibernate 7's
 * {@code HibernatePersistenceConfiguration} does not exist on 6.6, and 6.6's native {@code Configuration} bootstrap
 * does not cascade JPA's {@code PERSIST} at flush.
 *
 * <p>Hibernate 6.6 implements Jakarta Persistence 3.1; the tests are written against 3.2. On 6.6 the factory is
 * wrapped so that the 3.2 methods the tests use ({@code runInTransaction}, {@code callInTransaction},
 * {@code getSchemaManager()}) do what they do on 7, through 6.6's own API; every other call goes to Hibernate as it is.
 */
public final class JpaBootstrap {

    private JpaBootstrap() {
    }

    /** The major and minor version of the Hibernate ORM on the class path, e.g. {@code 7.4} or {@code 6.6}. */
    public static String hibernateVersion() {
        String[] parts = Version.getVersionString().split("\\.");
        return parts[0] + "." + parts[1];
    }

    /**
     * A factory for exactly the given entity classes (no scanning) on the data source, with further Hibernate or
     * JPA properties (a schema action, a statement inspector, batch settings).
     */
    public static EntityManagerFactory boot(String unitName, List<Class<?>> entities, DataSource dataSource,
            Map<String, ?> properties) {
        EntityManagerFactory factory = new HibernatePersistenceProvider().createContainerEntityManagerFactory(
                new UnitInfo(unitName, entities, dataSource), properties);
        return hibernateVersion().startsWith("6.") ? jpa32(factory) : factory;
    }

    private static EntityManagerFactory jpa32(EntityManagerFactory factory) {
        InvocationHandler handler = (proxy, method, arguments) -> switch (method.getName()) {
            case "runInTransaction" -> {
                @SuppressWarnings("unchecked")
                Consumer<EntityManager> work = (Consumer<EntityManager>) arguments[0];
                yield inTransaction(factory, em -> {
                    work.accept(em);
                    return null;
                });
            }
            case "callInTransaction" -> {
                @SuppressWarnings("unchecked")
                Function<EntityManager, ?> work = (Function<EntityManager, ?>) arguments[0];
                yield inTransaction(factory, work);
            }
            case "getSchemaManager" -> schemaManager(factory.unwrap(SessionFactory.class));
            default -> invoke(factory, method, arguments);
        };
        return (EntityManagerFactory) Proxy.newProxyInstance(JpaBootstrap.class.getClassLoader(),
                new Class<?>[] {EntityManagerFactory.class}, handler);
    }

    private static <R> R inTransaction(EntityManagerFactory factory, Function<EntityManager, R> work) {
        try (EntityManager em = factory.createEntityManager()) {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            try {
                R result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }

    private static SchemaManager schemaManager(SessionFactory factory) {
        org.hibernate.relational.SchemaManager hibernate = factory.getSchemaManager();
        InvocationHandler handler = (proxy, method, arguments) -> {
            switch (method.getName()) {
                case "truncate" -> hibernate.truncateMappedObjects();
                case "create" -> hibernate.exportMappedObjects((Boolean) arguments[0]);
                case "drop" -> hibernate.dropMappedObjects((Boolean) arguments[0]);
                case "validate" -> hibernate.validateMappedObjects();
                default -> {
                    return invoke(hibernate, method, arguments);
                }
            }
            return null;
        };
        return (SchemaManager) Proxy.newProxyInstance(JpaBootstrap.class.getClassLoader(),
                new Class<?>[] {SchemaManager.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A persistence unit of listed classes only, on a non-JTA data source. */
    private record UnitInfo(String name, List<Class<?>> entities, DataSource dataSource)
            implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return name;
        }

        @Override
        public String getPersistenceProviderClassName() {
            return HibernatePersistenceProvider.class.getName();
        }

        // Jakarta Persistence 3.2; unused by Hibernate 6.6, which implements 3.1
        public String getScopeAnnotationName() {
            return null;
        }

        // Jakarta Persistence 3.2
        public List<String> getQualifierAnnotationNames() {
            return List.of();
        }

        @Override
        @SuppressWarnings({"deprecation", "removal"})
        public jakarta.persistence.spi.PersistenceUnitTransactionType getTransactionType() {
            return jakarta.persistence.spi.PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<String> getManagedClassNames() {
            return entities.stream().map(Class::getName).toList();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.UNSPECIFIED;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.1";
        }

        @Override
        public ClassLoader getClassLoader() {
            return entities.isEmpty() ? JpaBootstrap.class.getClassLoader() : entities.get(0).getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return null;
        }
    }
}
