package org.binome.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Announcements as administrators write them and employees read them, with hostile and oversized input. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class AnnouncementTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    /** The installation's time zone, as the application reads and writes local times. */
    @Autowired
    java.time.ZoneId zone;

    @Autowired
    MockMvc mvc;

    @Autowired
    Announcements announcements;

    @Test
    void scriptInAnAnnouncementIsStrippedAndTheRestIsKept() throws Exception {
        var title = "Script " + UUID.randomUUID();
        var response = mvc.perform(post("/admin/announcements")
                        .param("title", title)
                        .param(
                                "body",
                                "<p>Bonjour <a href=\"javascript:alert(1)\">ici</a> <a href=\"https://example.org\">là</a>"
                                        + "<img src=x onerror=alert(2)></p><script>alert(3)</script>"
                                        + "<style>body{display:none}</style>")
                        .param("audience", "ALL_EMPLOYEES")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);

        var page = mvc.perform(get("/announcements").with(user(TestUsers.withRoles(Role.PARTICIPANT))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var article = page.substring(page.indexOf(title));
        article = article.substring(0, article.indexOf("</article>"));
        assertThat(article)
                .contains("Bonjour")
                .contains("<a href=\"https://example.org\" rel=\"nofollow\">là</a>")
                .doesNotContain("<script")
                .doesNotContain("alert")
                .doesNotContain("javascript:")
                .doesNotContain("onerror")
                .doesNotContain("<style")
                .doesNotContain("<img");
    }

    @Test
    void aHugeAnnouncementIsRefusedWithAClearMessageAndTheTextIsKept() throws Exception {
        var huge = "<p>" + "Lorem ipsum dolor sit amet. ".repeat(1000) + "</p>";
        var response = mvc.perform(post("/admin/announcements")
                        .param("title", "Trop long")
                        .param("body", huge)
                        .param("audience", "ALL_EMPLOYEES")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains(copy().fr("Size.announcementForm.body"))
                .contains("is-invalid")
                .contains("value=\"Trop long\"")
                .contains("Lorem ipsum dolor sit amet.");
    }

    @Test
    void anAnnouncementWithNothingLeftOnceCleanedIsRefused() throws Exception {
        var response = mvc.perform(post("/admin/announcements")
                        .param("title", "Vide")
                        .param("body", "<script>alert('seulement ça')</script>")
                        .param("audience", "SPONSORS")
                        .param("programmeId", "abc")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains(copy().fr("typeMismatch.announcementForm.programmeId"));
    }

    @Test
    void aScheduledAnnouncementAppearsOnlyOnceItsTimeHasCome() throws Exception {
        var title = "Plus tard " + UUID.randomUUID();
        var at = LocalDateTime.now(zone).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/admin/announcements")
                .param("title", title)
                .param("body", "<p>Bientôt</p>")
                .param("audience", "ALL_EMPLOYEES")
                .param("publishAt", at.toString())
                .with(user(TestUsers.withRoles(Role.ADMIN)))
                .with(csrf()));

        assertThat(participantPage()).doesNotContain(title);
        assertThat(adminPage()).contains(title).contains(copy().frUpToArgument("announcements.admin.scheduled"));

        announcements.publishDue(Instant.now().plus(3, ChronoUnit.DAYS));

        assertThat(participantPage()).contains(title);
    }

    @Test
    void anAnnouncementForSponsorsIsHiddenFromOtherEmployees() throws Exception {
        var title = "Sponsors " + UUID.randomUUID();
        announcements.publish(
                new NewAnnouncement(title, "<p>Entre nous</p>", Audience.SPONSORS, null, false, null, "admin"));

        var sponsor = mvc.perform(get("/announcements").with(user(TestUsers.withRoles(Role.SPONSOR))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(sponsor).contains(title);
        assertThat(participantPage()).doesNotContain(title);
    }

    @Test
    void aProgrammesAnnouncementsAreListedForItsPage() {
        var title = "Programme " + UUID.randomUUID();
        announcements.publish(new NewAnnouncement(
                title, "<p>Pour le programme 77</p>", Audience.ALL_EMPLOYEES, 77L, false, null, "admin"));

        assertThat(announcements.forProgramme(77L))
                .extracting(AnnouncementView::title)
                .contains(title);
        assertThat(announcements.forProgramme(78L))
                .extracting(AnnouncementView::title)
                .doesNotContain(title);
    }

    private String participantPage() throws Exception {
        return mvc.perform(get("/announcements")
                        .with(user(TestUsers.person("mentore", "ML00008", "fr", Role.PARTICIPANT))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String adminPage() throws Exception {
        return mvc.perform(get("/admin/announcements").with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
