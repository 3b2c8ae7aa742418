package org.binome.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.binome.BinomeApplication;
import org.binome.support.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo company loads only where asked: the embedded H2 database with the demo profile, or the explicit property. */
class DemoActivationTests {

    private static StandardEnvironment environment(String url, String enabled, String... profiles) {
        var environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        var properties = new java.util.HashMap<String, Object>(Map.of("spring.datasource.url", url));
        if (enabled != null) {
            properties.put("binome.demo.enabled", enabled);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new DemoActivation().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void theDemoProfileOnTheEmbeddedDatabaseLoadsTheDemo() {
        var environment = environment("jdbc:h2:file:./data/binome", null, "demo");
        assertThat(environment.getActiveProfiles()).contains("demo");
        assertThat(environment.getProperty("binome.demo.active")).isEqualTo("true");
    }

    @Test
    void theDemoProfileAloneDoesNotLoadTheDemoOnPostgresql() {
        var environment = environment("jdbc:postgresql://db:5432/binome", null, "demo");
        assertThat(environment.getActiveProfiles()).doesNotContain("demo");
        assertThat(environment.getProperty("binome.demo.active")).isEqualTo("false");
        assertThat(environment.getProperty("binome.demo.reason")).contains("binome.demo.enabled=true");
    }

    @Test
    void theExplicitPropertyLoadsItAnywhereAndFalseTurnsItOff() {
        assertThat(environment("jdbc:postgresql://db:5432/binome", "true").getActiveProfiles())
                .contains("demo");
        assertThat(environment("jdbc:h2:file:./data/binome", "false", "demo").getActiveProfiles())
                .doesNotContain("demo");
    }

    @Test
    void withoutTheProfileOrThePropertyThereIsNoDemo() {
        assertThat(environment("jdbc:h2:file:./data/binome", null).getActiveProfiles())
                .doesNotContain("demo");
    }

    @Test
    void aRealStartOnPostgresqlWithTheDemoProfileLoadsNoDemoAndOpensTheFirstAdministrator() {
        var app = new SpringApplication(BinomeApplication.class);
        app.setAdditionalProfiles("test", "demo");
        try (var context = app.run(
                "--spring.datasource.url=" + PostgresDatabase.createDatabase(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=0",
                "--BINOME_ADMIN_PASSWORD=Lanterne-verte-sur-le-quai-42")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from person", Long.class))
                    .isZero();
            assertThat(jdbc.queryForList("select username from user_account", String.class))
                    .containsExactly("admin");
        }
    }
}
