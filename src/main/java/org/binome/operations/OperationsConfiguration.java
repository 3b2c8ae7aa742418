package org.binome.operations;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /** Wraps the data source so that every statement is timed and counted (see {@link StatementTiming}). */
    @Bean
    static BeanPostProcessor statementTiming(Environment environment, ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof StatementTiming)) {
                    var threshold = environment.getProperty(
                            "binome.operations.slow-query-threshold", Duration.class, Duration.ofMillis(200));
                    return new StatementTiming(dataSource, threshold, registry.getObject());
                }
                return bean;
            }
        };
    }

    /** First of all filters, so that the session and security filters' statements count for their request. */
    @Bean
    FilterRegistrationBean<RequestFigures> requestFiguresFilter(RequestFigures figures) {
        var registration = new FilterRegistrationBean<>(figures);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
