package org.binome.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.binome.support.TestAccounts;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The notification centre over HTTP: the bell, the list, marking read, and nobody reading anyone else's. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class NotificationCentreTests {

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.binome.identity.Accounts accounts;

    @Autowired
    org.binome.people.Directory directory;

    @Autowired
    org.springframework.context.MessageSource messages;

    /** A participant of their own: a person of the directory with an account, signed in as the pages know them. */
    private BinomeUser participant() {
        var number = TestPeople.person().registerIn(directory);
        var account = TestAccounts.account().employee(number).openIn(accounts);
        return TestUsers.person(account.username(), number, "fr", Role.PARTICIPANT);
    }

    @Test
    void eachPersonSeesOnlyTheirOwnNotifications() throws Exception {
        var secret = "Secret-" + UUID.randomUUID();
        var ines = participant();
        var bernard = participant();
        notifications.notify(Notification.of(ines.employeeNumber(), "application.accepted", Map.of("programme", secret))
                .inAppOnly());

        var mine = mvc.perform(get("/notifications").with(user(ines)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var theirs = mvc.perform(get("/notifications").with(user(bernard)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(mine)
                .contains(copy().frText("notification.application.accepted.subject")
                        .replace("{programme}", secret));
        assertThat(theirs).doesNotContain(secret);
    }

    @Test
    void nobodyCanMarkSomeoneElsesNotificationRead() throws Exception {
        var key = "test:" + UUID.randomUUID();
        var ines = participant();
        notifications.notify(Notification.of(ines.employeeNumber(), "application.accepted", Map.of("programme", "P"))
                .withIdempotencyKey(key)
                .inAppOnly());
        long id = idOf(key, ines.getUsername());
        var bernard = participant();

        var response = mvc.perform(
                        post("/notifications/{id}/read", id).with(user(bernard)).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(readAt(id)).isNull();
    }

    @Test
    void theBellCountsUnreadNotificationsAndMarkingThemReadEmptiesIt() throws Exception {
        var someone = TestUsers.person("bell-" + UUID.randomUUID(), null, "fr", Role.PARTICIPANT);
        TestAccounts.account()
                .username(someone.getUsername())
                .email("bell@example.org")
                .locale("fr")
                .openOnceIn(accounts);
        var first = "test:" + UUID.randomUUID();
        notifications.notify(Notification.of(someone.getUsername(), "application.accepted", Map.of("programme", "A"))
                .withIdempotencyKey(first)
                .withLink("/me"));
        notifications.notify(Notification.of(someone.getUsername(), "application.accepted", Map.of("programme", "B"))
                .inAppOnly());

        var page = mvc.perform(get("/notifications").with(user(someone)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("notification-bell")
                .contains(">2</span>")
                .contains(new Copy(messages).fr("nav.notifications.unread", 2));

        var opened = mvc.perform(post("/notifications/{id}/read", idOf(first, someone.getUsername()))
                        .param("open", "true")
                        .with(user(someone))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(opened.getRedirectedUrl()).isEqualTo("/me");
        assertThat(unread(someone.getUsername())).isEqualTo(1);

        mvc.perform(post("/notifications/read-all").with(user(someone)).with(csrf()));
        assertThat(unread(someone.getUsername())).isZero();
        var after = mvc.perform(get("/notifications").with(user(someone)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).doesNotContain(copy().frParts("nav.notifications.unread"));
    }

    @Test
    void preferencesTurnOffACategoryOfEmailsButNotTheNotification() throws Exception {
        var me = participant();
        mvc.perform(post("/me/notifications/preferences")
                .param("categories", "application", "proposal", "reminder")
                .with(user(me))
                .with(csrf()));
        var page = mvc.perform(get("/me/notifications/preferences").with(user(me)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("value=\"session\" id=\"category-session\"\\s*>");

        var key = "test:" + UUID.randomUUID();
        notifications.notify(Notification.of(
                        me.employeeNumber(),
                        "session.cancelled",
                        Map.of("partner", "Inès", "date", java.time.LocalDate.of(2026, 12, 3)))
                .withIdempotencyKey(key));

        assertThat(idOf(key, me.getUsername())).isPositive();
        assertThat(jdbc.sql("select count(*) from mail_outbox where idempotency_key like ?")
                        .param(key + "|%")
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post("/me/notifications/preferences")
                .param("categories", MailCategory.ALL.toArray(String[]::new))
                .with(user(me))
                .with(csrf()));
    }

    private long idOf(String key, String username) {
        return jdbc.sql("select id from notification where idempotency_key = ?")
                .param(key + "|" + username)
                .query(Long.class)
                .single();
    }

    private Object readAt(long id) {
        return jdbc.sql("select read_at from notification where id = ?")
                .param(id)
                .query((rs, i) -> rs.getTimestamp(1))
                .optional()
                .orElse(null);
    }

    private long unread(String username) {
        return jdbc.sql("select count(*) from notification where recipient_username = ? and read_at is null")
                .param(username)
                .query(Long.class)
                .single();
    }
}
