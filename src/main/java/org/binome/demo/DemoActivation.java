package org.binome.demo;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before anything starts, whether the demo company may load. It loads when {@code binome.demo.enabled=true}
 * is set, or when the {@code demo} profile is active (what {@code mvn spring-boot:run} passes) on the embedded H2
 * database. Against any other database (PostgreSQL) the profile alone is not enough, and
 * {@code binome.demo.enabled=false} turns it off whatever the profile. The decision and its reason are left in
 * {@code binome.demo.active} and {@code binome.demo.reason} for the start-up log ({@link DemoStatus}).
 */
class DemoActivation implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "demo";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var explicit = environment.getProperty("binome.demo.enabled");
        var profile = Arrays.asList(environment.getActiveProfiles()).contains(PROFILE);
        var url = environment.getProperty("spring.datasource.url", "");
        var embedded = url.startsWith("jdbc:h2:");
        String reason;
        boolean on;
        if ("true".equalsIgnoreCase(explicit)) {
            on = true;
            reason = "binome.demo.enabled=true";
        } else if ("false".equalsIgnoreCase(explicit)) {
            on = false;
            reason = "binome.demo.enabled=false";
        } else if (!profile) {
            on = false;
            reason = "not asked (start with mvn spring-boot:run, or set binome.demo.enabled=true)";
        } else if (!embedded) {
            on = false;
            reason = "the database is not the embedded H2 one; set binome.demo.enabled=true to load it anyway";
        } else {
            on = true;
            reason = "profile demo on the embedded H2 database";
        }
        if (on && !profile) {
            environment.addActiveProfile(PROFILE);
        } else if (!on && profile) {
            environment.setActiveProfiles(Arrays.stream(environment.getActiveProfiles())
                    .filter(p -> !PROFILE.equals(p))
                    .toArray(String[]::new));
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "binome-demo-activation", Map.of("binome.demo.active", on, "binome.demo.reason", reason)));
    }
}
