package org.binome.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.binome.communication.Audience;
import org.binome.communication.AudienceResolver;
import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ApplicationNotificationsTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programs programs;

    @Autowired
    AudienceResolver audiences;

    @Test
    void anAcceptedVolunteerIsToldInTheAppAndByEmail() throws InterruptedException {
        // The demo accepts Inès Benali (ML00022) as a mentor; listeners run after the commit, on their own thread.
        long notified = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select count(*) from notification where recipient_employee_number = 'ML00022'"
                                        + " and template = 'application.accepted'")
                                .query(Long.class)
                                .single(),
                        count -> count > 0);
        assertThat(notified).isEqualTo(1);
        var title = jdbc.sql("select title from notification where recipient_employee_number = 'ML00022'"
                        + " and template = 'application.accepted'")
                .query(String.class)
                .single();
        assertThat(title)
                .contains("Mentorat inversé 2026")
                .contains(copy().frParts("notification.application.accepted.subject"));
    }

    @Test
    void announcementsForMentorsReachTheAcceptedMentorsOfTheProgramme() {
        var running = programs.findAll().stream()
                .filter(p -> p.status() == ProgramStatus.RUNNING)
                .findFirst()
                .orElseThrow();

        var mentors = audiences.members(Audience.MENTORS, running.id());
        var mentees = audiences.members(Audience.MENTEES, running.id());

        assertThat(mentors).contains("ML00022").doesNotContain("ML00008");
        assertThat(mentees).contains("ML00008").doesNotContain("ML00022");
        assertThat(audiences.members(Audience.PARTICIPANTS, running.id()))
                .containsAll(mentors)
                .containsAll(mentees);
    }
}
