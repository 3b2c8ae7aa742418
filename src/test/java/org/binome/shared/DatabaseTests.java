package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class DatabaseTests {

    @Test
    void theEmbeddedDatabaseSaysItIsH2() {
        var database = new Database(new DriverManagerDataSource("jdbc:h2:mem:database-tests"));

        assertThat(database.product()).isEqualTo(Database.Product.H2);
        assertThat(database.isH2()).isTrue();
        assertThat(database.isPostgresql()).isFalse();
    }

    @Test
    void productNamesAsTheDriversGiveThem() {
        assertThat(Database.of("PostgreSQL")).isEqualTo(Database.Product.POSTGRESQL);
        assertThat(Database.of("H2")).isEqualTo(Database.Product.H2);
        assertThat(Database.of("Oracle")).isEqualTo(Database.Product.OTHER);
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAnAccessErrorAndIsAskedAgainNextTime() {
        var missing = new DriverManagerDataSource("jdbc:h2:file:/nonexistent-dir/x;IFEXISTS=TRUE");
        var database = new Database(missing);

        assertThatThrownBy(database::product).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(database::isPostgresql).isInstanceOf(DataAccessException.class);
    }
}
