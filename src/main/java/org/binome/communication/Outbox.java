package org.binome.communication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The e-mail outbox table: what to send, to whom, and how delivery went. Rows are written in the caller's transaction
 * and read by the sending job; the administrators' outbox page shows them.
 */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    Outbox(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record NewMail(
            String key,
            String template,
            String category,
            String sender,
            String recipientKey,
            String address,
            String locale,
            String subject,
            String html,
            String text,
            List<Attachment> attachments,
            MailStatus status,
            String errorCode,
            String error) {}

    record Mail(
            long id,
            String key,
            String template,
            String category,
            String sender,
            String recipientKey,
            String address,
            String locale,
            String subject,
            String html,
            String text,
            MailStatus status,
            int attempts,
            Instant nextAttemptAt,
            String errorCode,
            String error,
            Instant createdAt,
            Instant sentAt) {

        /** The envelope only: who, when, status; no body. */
        Mail withoutBody() {
            return new Mail(
                    id,
                    key,
                    template,
                    category,
                    sender,
                    recipientKey,
                    address,
                    locale,
                    subject,
                    null,
                    null,
                    status,
                    attempts,
                    nextAttemptAt,
                    errorCode,
                    error,
                    createdAt,
                    sentAt);
        }
    }

    /** An attachment as the outbox page lists it: name, type and size, not its content. */
    record AttachmentLine(String name, String contentType, int size) {}

    record Summary(
            long id,
            String template,
            String recipientKey,
            String address,
            String subject,
            MailStatus status,
            int attempts,
            Instant nextAttemptAt,
            String errorCode,
            String error,
            Instant createdAt,
            Instant sentAt,
            int attachments) {}

    boolean exists(String key) {
        return jdbc.sql("select count(*) from mail_outbox where idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Those of these idempotency keys already in the outbox (one query); modifiable. */
    java.util.Set<String> existing(java.util.Collection<String> keys) {
        var found = new java.util.HashSet<String>();
        if (!keys.isEmpty()) {
            found.addAll(jdbc.sql("select idempotency_key from mail_outbox where idempotency_key in (:keys)")
                    .param("keys", keys)
                    .query(String.class)
                    .list());
        }
        return found;
    }

    /**
     * Adds e-mails without attachments in one JDBC batch, each unless one with its key exists (as {@link #add}).
     */
    void addAll(List<NewMail> mails, Instant now) {
        if (mails.isEmpty()) {
            return;
        }
        var at = Timestamp.from(now);
        var rows = new java.util.ArrayList<Object[]>(mails.size());
        for (var mail : mails) {
            if (!mail.attachments().isEmpty()) {
                throw new IllegalArgumentException("attachments go through add()");
            }
            rows.add(new Object[] {
                mail.key(),
                mail.template(),
                mail.category(),
                mail.sender(),
                NotificationStore.truncate(mail.recipientKey(), 100),
                NotificationStore.truncate(mail.address(), 254),
                mail.locale(),
                NotificationStore.truncate(mail.subject(), 500),
                mail.html(),
                mail.text(),
                mail.status().name(),
                at,
                mail.errorCode(),
                NotificationStore.truncate(mail.error(), 2000),
                at,
                mail.key()
            });
        }
        batch.batchUpdate("""
                insert into mail_outbox (idempotency_key, template, category, sender, recipient_key,
                    recipient_address, locale, subject, html_body, text_body, status, attempts,
                    next_attempt_at, error_code, last_error, created_at)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?
                 where not exists (select 1 from mail_outbox where idempotency_key = ?)
                """, rows);
    }

    /** Adds the e-mail unless one with the same key exists (then nothing happens); true when added. */
    boolean add(NewMail mail, Instant now) {
        var added = jdbc.sql("""
                        insert into mail_outbox (idempotency_key, template, category, sender, recipient_key,
                            recipient_address, locale, subject, html_body, text_body, status, attempts,
                            next_attempt_at, error_code, last_error, created_at)
                        select :key, :template, :category, :sender, :recipientKey, :address, :locale, :subject,
                               :html, :text, :status, 0, :now, :errorCode, :error, :now
                         where not exists (select 1 from mail_outbox where idempotency_key = :key)
                        """)
                        .param("key", mail.key())
                        .param("template", mail.template())
                        .param("category", mail.category())
                        .param("sender", mail.sender())
                        .param("recipientKey", NotificationStore.truncate(mail.recipientKey(), 100))
                        .param("address", NotificationStore.truncate(mail.address(), 254))
                        .param("locale", mail.locale())
                        .param("subject", NotificationStore.truncate(mail.subject(), 500))
                        .param("html", mail.html())
                        .param("text", mail.text())
                        .param("status", mail.status().name())
                        .param("now", Timestamp.from(now))
                        .param("errorCode", mail.errorCode())
                        .param("error", NotificationStore.truncate(mail.error(), 2000))
                        .update()
                > 0;
        if (added && !mail.attachments().isEmpty()) {
            long id = jdbc.sql("select id from mail_outbox where idempotency_key = ?")
                    .param(mail.key())
                    .query(Long.class)
                    .single();
            int position = 0;
            for (var attachment : mail.attachments()) {
                jdbc.sql("insert into mail_attachment (mail_id, position, name, content_type, content)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(id, position++, attachment.name(), attachment.contentType(), attachment.content())
                        .update();
            }
        }
        return added;
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("select id from mail_outbox where status = 'PENDING' and next_attempt_at <= :now"
                        + " order by next_attempt_at, id limit :limit")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    Optional<Mail> find(long id) {
        return jdbc.sql("""
                        select id, idempotency_key, template, category, sender, recipient_key, recipient_address,
                               locale, subject, html_body, text_body, status, attempts, next_attempt_at, error_code,
                               last_error, created_at, sent_at
                          from mail_outbox where id = ?
                        """)
                .param(id)
                .query((rs, i) -> new Mail(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        MailStatus.valueOf(rs.getString(12)),
                        rs.getInt(13),
                        instant(rs.getTimestamp(14)),
                        rs.getString(15),
                        rs.getString(16),
                        instant(rs.getTimestamp(17)),
                        instant(rs.getTimestamp(18))))
                .optional();
    }

    List<Attachment> attachments(long mailId) {
        return jdbc.sql("select name, content_type, content from mail_attachment where mail_id = ? order by position")
                .param(mailId)
                .query((rs, i) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    List<Summary> latest(String status, int limit) {
        var filter = status == null ? "" : " where o.status = :status";
        var query = jdbc.sql("select o.id, o.template, o.recipient_key, o.recipient_address, o.subject, o.status,"
                        + " o.attempts, o.next_attempt_at, o.error_code, o.last_error, o.created_at, o.sent_at,"
                        + " (select count(*) from mail_attachment a where a.mail_id = o.id)"
                        + " from mail_outbox o" + filter + " order by o.id desc limit :limit")
                .param("limit", limit);
        if (status != null) {
            query = query.param("status", status);
        }
        return query.query((rs, i) -> new Summary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        MailStatus.valueOf(rs.getString(6)),
                        rs.getInt(7),
                        instant(rs.getTimestamp(8)),
                        rs.getString(9),
                        rs.getString(10),
                        instant(rs.getTimestamp(11)),
                        instant(rs.getTimestamp(12)),
                        rs.getInt(13)))
                .list();
    }

    void markSent(long id, MailStatus status, Instant now) {
        jdbc.sql("update mail_outbox set status = :status, attempts = attempts + 1, sent_at = :now,"
                        + " error_code = null, last_error = null where id = :id")
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        // A sign-in link is a secret: once delivered, the outbox keeps no readable copy of it.
        jdbc.sql("update mail_outbox set html_body = '', text_body = '' where id = :id and category = :category")
                .param("id", id)
                .param("category", MailCategory.ACCOUNT)
                .update();
    }

    void retryLater(long id, Instant next, String errorCode, String error) {
        jdbc.sql("update mail_outbox set attempts = attempts + 1, next_attempt_at = :next, error_code = :code,"
                        + " last_error = :error where id = :id")
                .param("next", Timestamp.from(next))
                .param("code", errorCode)
                .param("error", NotificationStore.truncate(error, 2000))
                .param("id", id)
                .update();
    }

    void fail(long id, String errorCode, String error) {
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = attempts + 1, error_code = :code,"
                        + " last_error = :error where id = :id")
                .param("code", errorCode)
                .param("error", NotificationStore.truncate(error, 2000))
                .param("id", id)
                .update();
    }

    /** An administrator sends a failed or waiting e-mail again, now (after correcting an address, say). */
    boolean retryNow(long id, Instant now) {
        return jdbc.sql("update mail_outbox set status = 'PENDING', next_attempt_at = :now"
                                + " where id = :id and status in ('FAILED', 'PENDING')")
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update()
                > 0;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
