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

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String title, String body, String link, Instant createdAt, Instant readAt) {
        boolean unread() {
            return readAt == null;
        }
    }

    /** Stores the notification unless one with the same key exists; true when it was stored. */
    boolean add(
            String key,
            Recipient recipient,
            String template,
            String category,
            String title,
            String body,
            String link,
            Instant now) {
        return jdbc.sql("""
                        insert into notification (idempotency_key, recipient_username, recipient_employee_number,
                                                  template, category, title, body, link, created_at)
                        select :key, :username, :number, :template, :category, :title, :body, :link, :now
                         where not exists (select 1 from notification where idempotency_key = :key)
                        """)
                        .param("key", key)
                        .param("username", recipient.username())
                        .param("number", recipient.employeeNumber())
                        .param("template", template)
                        .param("category", category)
                        .param("title", truncate(title, 500))
                        .param("body", body)
                        .param("link", link)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
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
