package org.binome.support;

import java.util.List;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * With {@code -Dbinome.test.database=postgres} every Spring test context runs on a real PostgreSQL (see
 * {@link PostgresDatabase}) instead of in-memory H2. The build runs the database tests both ways.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    public static boolean enabled() {
        return "postgres".equals(System.getProperty("binome.test.database"));
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return enabled() ? new OnPostgres() : null;
    }

    private record OnPostgres() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var database = PostgresDatabase.createDatabase();
            TestPropertyValues.of(
                            "spring.datasource.url=" + database,
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=postgres")
                    .applyTo(context);
            PostgresDatabase.opened();
            // Disposable beans are destroyed in reverse order of registration: registered before any other bean, this
            // one goes last, after the data source and the event publication registry have let go of the server.
            // (ContextClosedEvent comes before any bean is destroyed: too early to stop the server.)
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean(PostgresDatabase.class.getName(), PostgresDatabase::closed);
        }
    }
}
