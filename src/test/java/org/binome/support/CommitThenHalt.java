package org.binome.support;

import java.sql.DriverManager;

/** Run in a child JVM: commits one row, then dies at once like {@code kill -9} (no shutdown hook, no close). */
public final class CommitThenHalt {

    private CommitThenHalt() {}

    public static void main(String[] args) throws Exception {
        var connection = DriverManager.getConnection(args[0], "sa", "");
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("create table if not exists survivor (id int primary key, label varchar(50))");
            statement.execute("insert into survivor values (" + args[1] + ", 'committed')");
        }
        connection.commit();
        System.out.println("committed");
        System.out.flush();
        Runtime.getRuntime().halt(9);
    }
}
