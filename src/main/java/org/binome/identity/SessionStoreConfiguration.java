package org.binome.identity;

import org.binome.shared.Database;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How sessions are written to the shared table.
 *
 * <p>Parallel htmx requests in one session each write the same session attributes. Spring Session's default insert
 * then fails on the attributes' primary key, so the insert becomes an upsert: {@code ON CONFLICT} on PostgreSQL,
 * {@code MERGE} on H2.
 *
 * <p>Spring Session also rewrites the session row on every request, only to move its last-access time. Measured under
 * load, that write (a disk write per click on the embedded database, a row lock and WAL on PostgreSQL) was a large
 * part of every signed-in page. The row is now updated only when something in it changes other than the time (id
 * renewed at sign-in, principal, timeout), or when the stored last-access time is at least {@link #TOUCH_INTERVAL_MS}
 * old: the idle timeout (30 minutes) is then honoured within a minute. The statement keeps Spring Session's
 * parameters in their order (id, last access, timeout, expiry, principal, primary key) and decides in SQL. A request
 * that changed nothing but a recent last-access time does not even send it ({@link QuietSessions}). A signed-in
 * person's security context is deserialized once for the same stored bytes ({@link KeptSecurityContexts}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** The last-access time is written at most this often (milliseconds). */
    static final long TOUCH_INTERVAL_MS = 60_000;

    private static final String H2_MERGE_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    private static final String NEW_VALUES = """
            SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                   CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                   CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME""";

    private static final String CHANGED = """
            (S.SESSION_ID <> V.SESSION_ID
               OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
               OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
               OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %d)""".formatted(TOUCH_INTERVAL_MS);

    static final String POSTGRESQL_UPDATE_SESSION = """
            UPDATE %%TABLE_NAME%% AS S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (%s) AS V
            WHERE S.PRIMARY_ID = ? AND %s
            """.formatted(NEW_VALUES, CHANGED);

    static final String H2_UPDATE_SESSION = """
            MERGE INTO %%TABLE_NAME%% AS S
            USING (%s, CAST(? AS CHAR(36)) AS PRIMARY_ID) AS V
            ON S.PRIMARY_ID = V.PRIMARY_ID
            WHEN MATCHED AND %s THEN UPDATE
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            """.formatted(NEW_VALUES, CHANGED);

    /**
     * The session filter works on the JDBC repository through {@link QuietSessions}, which leaves out the statement at
     * the end of a request that changed nothing but a recent last-access time. Not a repository bean of its own:
     * Spring Boot's JDBC session configuration stands back when any session repository bean exists, and who needs
     * the JDBC repository itself (to find a person's sessions by name) still gets it. The filter keeps the session id
     * resolver (the cookie) Spring Session gave it.
     */
    @Bean
    static BeanPostProcessor quietSessionFilter(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof SessionRepositoryFilter<?> filter
                        ? QuietSessions.filter(filter, sessions.getObject(), TOUCH_INTERVAL_MS)
                        : bean;
            }
        };
    }

    /**
     * The store's transactions, none for reading a request's session ({@link SessionTransactions}), handed to Spring
     * Session's configuration before it makes the store. Not a bean: a {@code TransactionOperations} bean would stand
     * Spring Boot's own {@code TransactionTemplate} down, which other modules use.
     */
    @Bean
    static BeanPostProcessor sessionTransactions(ObjectProvider<PlatformTransactionManager> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                    configuration.setTransactionOperations(new SessionTransactions(transactions.getObject()));
                }
                return bean;
            }
        };
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionQueries(Database database) {
        var conversions = KeptSecurityContexts.conversions(SessionStoreConfiguration.class.getClassLoader());
        if (database.isPostgresql()) {
            var upsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
            return repository -> {
                upsert.customize(repository);
                repository.setUpdateSessionQuery(POSTGRESQL_UPDATE_SESSION);
                repository.setConversionService(conversions);
            };
        }
        return repository -> {
            repository.setCreateSessionAttributeQuery(H2_MERGE_ATTRIBUTE);
            repository.setUpdateSessionQuery(H2_UPDATE_SESSION);
            repository.setConversionService(conversions);
        };
    }
}
