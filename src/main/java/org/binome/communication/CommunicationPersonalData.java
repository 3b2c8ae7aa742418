package org.binome.communication;

import java.util.ArrayList;
import java.util.List;
import org.binome.identity.Accounts;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Communication's part of a person's export and erasure: their notifications, the e-mails sent to them (envelope and
 * subject) and their e-mail preferences. Erasure deletes them; announcements they wrote keep the pseudonym.
 */
@Component
class CommunicationPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    CommunicationPersonalData(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String module() {
        return "communication";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.deleted(
                        "notification", "in-app notifications", "recipient_employee_number", "recipient_username"),
                Table.deleted("mail_outbox", "e-mails to the person", "recipient_key", "recipient_address"),
                Table.deleted("mail_attachment", "attachments of those e-mails, with the e-mail"),
                Table.deleted("mail_preference", "e-mail preferences", "username"),
                Table.pseudonymised("announcement", "announcements; their author", "author"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        var keys = keys(employeeNumber);
        var in = String.join(", ", keys.stream().map(k -> "?").toList());
        return List.of(
                new Part(
                        "notifications",
                        jdbc.sql("select title, body, link, created_at, read_at from notification"
                                        + " where recipient_employee_number = ? or recipient_username in (" + in + ")"
                                        + " order by created_at")
                                .params(concat(employeeNumber, keys))
                                .query()
                                .listOfRows()),
                new Part(
                        "emails",
                        jdbc.sql("select recipient_address, subject, status, created_at, sent_at from mail_outbox"
                                        + " where recipient_key in (" + in + ") order by created_at")
                                .params(keys)
                                .query()
                                .listOfRows()),
                new Part(
                        "email_preferences",
                        jdbc.sql("select category from mail_preference where username in (" + in + ")")
                                .params(keys)
                                .query()
                                .listOfRows()));
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        var keys = keys(employeeNumber);
        var in = String.join(", ", keys.stream().map(k -> "?").toList());
        jdbc.sql("delete from notification where recipient_employee_number = ? or recipient_username in (" + in + ")")
                .params(concat(employeeNumber, keys))
                .update();
        jdbc.sql("delete from mail_outbox where recipient_key in (" + in + ")")
                .params(keys)
                .update();
        jdbc.sql("delete from mail_preference where username in (" + in + ")")
                .params(keys)
                .update();
        jdbc.sql("update announcement set author = ? where author in (" + in + ")")
                .params(concat(pseudonym, keys))
                .update();
        // Notifications and e-mails to other people that name the person ("Inès Benali accepted…") lose the name.
        accounts.findByEmployeeNumber(employeeNumber)
                .map(account -> account.displayName())
                .filter(name -> name != null && name.strip().length() > 2)
                .ifPresent(name -> {
                    var like = "%" + name + "%";
                    jdbc.sql("update notification set title = replace(title, ?, ?), body = replace(body, ?, ?)"
                                    + " where title like ? or body like ?")
                            .params(name, pseudonym, name, pseudonym, like, like)
                            .update();
                    jdbc.sql("update mail_outbox set subject = replace(subject, ?, ?),"
                                    + " html_body = replace(html_body, ?, ?), text_body = replace(text_body, ?, ?)"
                                    + " where subject like ? or html_body like ? or text_body like ?")
                            .params(name, pseudonym, name, pseudonym, name, pseudonym, like, like, like)
                            .update();
                });
    }

    @Override
    public long purge(String category, java.time.Instant cutoff, boolean dryRun) {
        var at = java.sql.Timestamp.from(cutoff);
        return switch (category) {
            case "notifications" ->
                dryRun
                        ? count("select count(*) from notification where created_at < ?", at)
                        : jdbc.sql("delete from notification where created_at < ?")
                                .param(at)
                                .update();
            // E-mails still waiting to be sent are never purged: only those sent or given up.
            case "mail" ->
                dryRun
                        ? count("select count(*) from mail_outbox where created_at < ? and status <> 'PENDING'", at)
                        : jdbc.sql("delete from mail_outbox where created_at < ? and status <> 'PENDING'")
                                .param(at)
                                .update();
            default -> 0;
        };
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    /** The person's employee number and, if they have an account, its username. */
    private List<Object> keys(String employeeNumber) {
        var keys = new ArrayList<Object>();
        keys.add(employeeNumber);
        accounts.findByEmployeeNumber(employeeNumber).ifPresent(account -> keys.add(account.username()));
        return keys;
    }

    private static List<Object> concat(Object first, List<Object> rest) {
        var all = new ArrayList<Object>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
