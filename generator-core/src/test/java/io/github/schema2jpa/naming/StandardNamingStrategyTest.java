package io.github.schema2jpa.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardNamingStrategyTest {

    private final NamingStrategy naming = NamingStrategy.standard();

    @Test
    void entityNamesAreSingularPascalCase() {
        assertThat(naming.entityName("packages")).isEqualTo("Package");
        assertThat(naming.entityName("release_files")).isEqualTo("ReleaseFile");
        assertThat(naming.entityName("categories")).isEqualTo("Category");
        assertThat(naming.entityName("addresses")).isEqualTo("Address");
        assertThat(naming.entityName("statuses")).isEqualTo("Status");
        assertThat(naming.entityName("user")).isEqualTo("User");
        assertThat(naming.entityName("shelves")).isEqualTo("Shelf");
        assertThat(naming.entityName("warehouses")).isEqualTo("Warehouse");
        assertThat(naming.entityName("causes")).isEqualTo("Cause");
        assertThat(naming.entityName("buses")).isEqualTo("Bus");
        assertThat(naming.entityName("book_shelves")).isEqualTo("BookShelf");
        assertThat(naming.entityName("knives")).isEqualTo("Knife");
        assertThat(naming.entityName("archives")).isEqualTo("Archive");
        assertThat(naming.entityName("olives")).isEqualTo("Olive");
    }

    @Test
    void propertiesAreCamelCaseAndKeywordFieldsGetAnUnderscore() {
        assertThat(naming.propertyName("created_date")).isEqualTo("createdDate");
        assertThat(naming.propertyName("package")).isEqualTo("package");
        assertThat(naming.fieldName("package")).isEqualTo("package_");
        assertThat(naming.fieldName("summary")).isEqualTo("summary");
        assertThat(naming.getterName("package")).isEqualTo("getPackage");
        assertThat(naming.setterName("createdDate")).isEqualTo("setCreatedDate");
    }

    @Test
    void helperNamesComeFromTheSingular() {
        assertThat(naming.singular("releases")).isEqualTo("release");
        assertThat(naming.singular("children")).isEqualTo("child");
        assertThat(naming.singular("subChildren")).isEqualTo("subChild");
        assertThat(naming.singular("people")).isEqualTo("person");
        assertThat(naming.singular("sentMessages")).isEqualTo("sentMessage");
        assertThat(naming.helperNames("release"))
                .isEqualTo(new HelperNames("addRelease", "removeRelease", "attachRelease", "detachRelease"));
    }

    @Test
    void reservedWordsAreQuotedAndOrdinaryNamesAreNot() {
        assertThat(naming.sqlIdentifier("user")).isEqualTo("\"user\"");
        assertThat(naming.sqlIdentifier("order")).isEqualTo("\"order\"");
        assertThat(naming.sqlIdentifier("value")).isEqualTo("\"value\"");
        assertThat(naming.sqlIdentifier("packages")).isEqualTo("packages");
        assertThat(naming.sqlIdentifier("size")).isEqualTo("size");
    }

    @Test
    void constraintNamesFollowSqlAlchemysConvention() {
        assertThat(naming.indexName("releases", List.of("major_ver"))).isEqualTo("ix_releases_major_ver");
        assertThat(naming.uniqueConstraintName("users", List.of("a", "b"))).isEqualTo("uq_users_a_b");
        assertThat(naming.foreignKeyName("releases", "package_id", "packages"))
                .isEqualTo("fk_releases_package_id_packages");
        assertThat(naming.sequenceName("releases", "id")).isEqualTo("releases_id_seq");
        assertThat(naming.sequenceName("Releases", "id")).isEqualTo("Releases_id_seq");
        assertThat(naming.sequenceName("größen", "id")).isEqualTo("grössen_id_seq");
    }
}
