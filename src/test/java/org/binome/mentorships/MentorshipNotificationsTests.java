package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A planned session reaches the other member as a notification and an e-mail carrying the calendar file. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class MentorshipNotificationsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mentorships mentorships;

    @Test
    void theDemoPairsNextSessionInvitationReachesTheMenteeWithItsCalendarFile() throws InterruptedException {
        // The demo plans Inès's next session with Bernard (ML00008); listeners run after the commit.
        long mails = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select count(*) from notification where recipient_employee_number = 'ML00008'"
                                        + " and template = 'session.planned'")
                                .query(Long.class)
                                .single(),
                        count -> count > 0);
        assertThat(mails).isPositive();
        var attachments = jdbc.sql("select count(*) from mail_attachment a join mail_outbox o on o.id = a.mail_id"
                        + " where o.template = 'session.planned' and a.content_type like 'text/calendar%'")
                .query(Long.class)
                .single();
        assertThat(attachments).isPositive();
    }
}
