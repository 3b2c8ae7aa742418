package org.binome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * A node of the previous release starts on a database the new release migrated: during a rolling update (an old
 * node restarted before its turn) or a rollback. Each module numbers its migrations in its own range, so a new
 * migration of a module is below the highest version the previous release knows: Flyway calls it "missing", not
 * "future", and by default refuses to start.
 */
class MigrationRollbackTests {

    @TempDir
    Path previousRelease;

    @Test
    void aNodeOfThePreviousReleaseStartsOnTheMigratedDatabase() throws IOException {
        var migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*.sql");
        assertThat(migrations).hasSizeGreaterThan(2);
        // the previous release: every migration but the second newest, below the newest of another module
        var byVersion = java.util.Arrays.stream(migrations)
                .sorted(Comparator.comparingInt(MigrationRollbackTests::version))
                .toList();
        var unknown = byVersion.get(byVersion.size() - 2);
        for (var migration : byVersion) {
            if (migration != unknown) {
                try (var in = migration.getInputStream()) {
                    Files.copy(in, previousRelease.resolve(migration.getFilename()));
                }
            }
        }
        var url = "jdbc:h2:mem:rollback-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        var settings = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        var current = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .outOfOrder(Boolean.parseBoolean(settings.getProperty("spring.flyway.out-of-order")))
                .load()
                .migrate();
        assertThat(current.success).isTrue();

        FluentConfiguration previous = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("filesystem:" + previousRelease)
                .outOfOrder(true);
        // Flyway's default refuses the migration it does not know: the case this setting is for
        assertThat(previous.load().validateWithResult().validationSuccessful).isFalse();

        var configured = previous.ignoreMigrationPatterns(
                settings.getProperty("spring.flyway.ignore-migration-patterns").split(","));
        assertThat(configured.load().validateWithResult().validationSuccessful).isTrue();
        var restarted = configured.load().migrate();
        assertThat(restarted.success).isTrue();
        assertThat(restarted.migrationsExecuted).isZero();
    }

    private static int version(Resource migration) {
        var name = migration.getFilename();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
