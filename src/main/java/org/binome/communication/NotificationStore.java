package org.binome.communication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-app notifications, each person reading only their own (by username or employee number). */
@Component
class NotificationStore {

    private static final String MINE = "(recipient_username = :username or recipient_employee_number = :number)";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    NotificationStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A notification to store, as {@link #add} takes it. */
    record NewNotification(
            String key,
            Recipient recipient,
            String template,
            String category,
            String title,
            String body,
            String link) {}

    record Row(long id, String title, String body, String link, Instant createdAt, Instant readAt) {
        boolean unread() {
            return readAt == null;
        }
    }

    /** Stores the notification unless one with the same key exists; true when it was stored. */
    boolean add(NewNotification n, Instant now) {
        return jdbc.sql("""
                        insert into notification (idempotency_key, recipient_username, recipient_employee_number,
                                                  template, category, title, body, link, created_at)
                        select :key, :username, :number, :template, :category, :title, :body, :link, :now
                         where not exists (select 1 from notification where idempotency_key = :key)
                        """)
                        .param("key", n.key())
                        .param("username", n.recipient().username())
                        .param("number", n.recipient().employeeNumber())
                        .param("template", n.template())
                        .param("category", n.category())
                        .param("title", truncate(n.title(), 500))
                        .param("body", n.body())
                        .param("link", n.link())
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    /**
     * Stores these notifications, each unless one with its key exists (as {@link #add}): one query for the keys
     * already stored and one JDBC batch of inserts a thousand. Returns the keys stored.
     */
    java.util.Set<String> addAll(List<NewNotification> list, Instant now) {
        var stored = new java.util.LinkedHashSet<String>();
        var at = Timestamp.from(now);
        for (int from = 0; from < list.size(); from += 1000) {
            var chunk = list.subList(from, Math.min(list.size(), from + 1000));
            var existing = new java.util.HashSet<>(jdbc.sql(
                            "select idempotency_key from notification where idempotency_key in (:keys)")
                    .param("keys", chunk.stream().map(NewNotification::key).toList())
                    .query(String.class)
                    .list());
            var rows = new java.util.ArrayList<Object[]>(chunk.size());
            for (var n : chunk) {
                if (existing.add(n.key())) {
                    stored.add(n.key());
                    rows.add(new Object[] {
                        n.key(),
                        n.recipient().username(),
                        n.recipient().employeeNumber(),
                        n.template(),
                        n.category(),
                        truncate(n.title(), 500),
                        n.body(),
                        n.link(),
                        at,
                        n.key()
                    });
                }
            }
            if (!rows.isEmpty()) {
                // the guard stays: another node may have stored one of them since the keys were read
                batch.batchUpdate("""
                        insert into notification (idempotency_key, recipient_username, recipient_employee_number,
                                                  template, category, title, body, link, created_at)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?
                         where not exists (select 1 from notification where idempotency_key = ?)
                        """, rows);
            }
        }
        return stored;
    }

    long unread(String username, String employeeNumber) {
        return jdbc.sql("select count(*) from notification where " + MINE + " and read_at is null")
                .param("username", username)
                .param("number", employeeNumber)
                .query(Long.class)
                .single();
    }

    List<Row> latest(String username, String employeeNumber, int limit) {
        return jdbc.sql("select id, title, body, link, created_at, read_at from notification where " + MINE
                        + " order by created_at desc, id desc limit :limit")
                .param("username", username)
                .param("number", employeeNumber)
                .param("limit", limit)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Marks one of the person's notifications read; false when it is not theirs (or does not exist). */
    boolean markRead(long id, String username, String employeeNumber, Instant now) {
        var mine = jdbc.sql("select count(*) from notification where id = :id and " + MINE)
                        .param("id", id)
                        .param("username", username)
                        .param("number", employeeNumber)
                        .query(Long.class)
                        .single()
                > 0;
        if (mine) {
            jdbc.sql("update notification set read_at = :now where id = :id and read_at is null")
                    .param("now", Timestamp.from(now))
                    .param("id", id)
                    .update();
        }
        return mine;
    }

    String link(long id) {
        return jdbc.sql("select link from notification where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    int markAllRead(String username, String employeeNumber, Instant now) {
        return jdbc.sql("update notification set read_at = :now where " + MINE + " and read_at is null")
                .param("now", Timestamp.from(now))
                .param("username", username)
                .param("number", employeeNumber)
                .update();
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
