package org.binome.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, seen through a thin wrapper that times every SQL statement: a statement slower than
 * the threshold is logged (logger {@code org.binome.operations.SlowQueries}, WARN, with its SQL and never its
 * parameters) and counted ({@code binome.db.slow.statements}); every statement is counted for the thread that ran
 * it, so that {@link RequestFigures} can tell how many statements each page needed (an N+1 shows at once).
 */
final class StatementTiming extends DelegatingDataSource {

    private static final Logger slow = LoggerFactory.getLogger("org.binome.operations.SlowQueries");

    /** Statements run by the current thread since it started; read as a difference. */
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private final long thresholdNanos;
    private final Counter slowStatements;

    StatementTiming(DataSource target, Duration threshold, MeterRegistry registry) {
        super(target);
        this.thresholdNanos = threshold.toNanos();
        this.slowStatements = Counter.builder("binome.db.slow.statements")
                .description("SQL statements slower than binome.operations.slow-query-threshold")
                .register(registry);
    }

    static int statementsOfThisThread() {
        return COUNT.get()[0];
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(super.getConnection(username, password));
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    var result = invoke(target, method, args);
                    if (result instanceof Statement statement
                                    && method.getName().startsWith("prepare")
                            || result instanceof Statement && method.getName().equals("createStatement")) {
                        var sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                        return statement((Statement) result, sql);
                    }
                    return result;
                });
    }

    private Statement statement(Statement target, String sql) {
        Class<?> type = target instanceof CallableStatement
                ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        InvocationHandler handler = (proxy, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return invoke(target, method, args);
            }
            COUNT.get()[0]++;
            long start = System.nanoTime();
            try {
                return invoke(target, method, args);
            } finally {
                long took = System.nanoTime() - start;
                if (took >= thresholdNanos) {
                    slowStatements.increment();
                    var text = sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
                    slow.warn("Slow SQL statement ({} ms): {}", took / 1_000_000, text.replaceAll("\\s+", " "));
                }
            }
        };
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
