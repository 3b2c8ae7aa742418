package org.binome.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * One set of SQL migrations serves H2 and PostgreSQL because both fold unquoted names to lower case (H2 runs with
 * {@code DATABASE_TO_LOWER}). Spring Data JDBC quotes names by default, and its H2 dialect quotes them in upper case,
 * so quoting is turned off to keep every name resolved the same way on both databases.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
