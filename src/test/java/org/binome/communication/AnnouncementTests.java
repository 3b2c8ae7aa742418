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

    /**
     * Administrators choose the programme an announcement is about by its name (they do not know its number); a number
     * that is no programme is refused next to the field; readers see the programme's name.
     */
    @Test
    void theProgrammeIsChosenAndShownByItsName() throws Exception {
        var programmes = announcements.programmes();
        assertThat(programmes).isNotEmpty();
        var form = org.jsoup.Jsoup.parse(
                mvc.perform(get("/admin/announcements").with(user(TestUsers.withRoles(Role.ADMIN))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        var options = form.select("select[name=programmeId] option");
        assertThat(options.get(0).val()).isEmpty();
        assertThat(options.get(0).text()).isEqualTo(copy().fr("announcement.field.programme.all"));
        for (var programme : programmes.entrySet()) {
            assertThat(options.select("option[value=" + programme.getKey() + "]")
                            .text())
                    .isEqualTo(programme.getValue());
        }

        var unknown = mvc.perform(post("/admin/announcements")
                        .param("title", "Inconnu")
                        .param("body", "<p>Texte</p>")
                        .param("audience", "ALL_EMPLOYEES")
                        .param("programmeId", "987654")
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(422);
        var refused = org.jsoup.Jsoup.parse(unknown.getContentAsString()).selectFirst("#programmeId-error");
        assertThat(refused).isNotNull();
        assertThat(refused.text()).contains(copy().fr("announcement.error.programmeId.unknown"));

        var chosen = programmes.entrySet().iterator().next();
        var title = "Au sujet d’un programme " + UUID.randomUUID();
        mvc.perform(post("/admin/announcements")
                        .param("title", title)
                        .param("body", "<p>Texte</p>")
                        .param("audience", "ALL_EMPLOYEES")
                        .param("programmeId", String.valueOf(chosen.getKey()))
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        var page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/announcements").with(user(TestUsers.withRoles(Role.PARTICIPANT))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        var article = page.select("article:has(h2:containsOwn(" + title + "))");
        assertThat(article.text()).contains(chosen.getValue()).doesNotContain("n° " + chosen.getKey());
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
        var ids = announcements.programmes().keySet().stream().toList();
        assertThat(ids).as("the demo company's programmes").hasSizeGreaterThan(1);
        announcements.publish(new NewAnnouncement(
                title, "<p>Pour un programme</p>", Audience.ALL_EMPLOYEES, ids.get(0), false, null, "admin"));

        assertThat(announcements.forProgramme(ids.get(0)))
                .extracting(AnnouncementView::title)
                .contains(title);
        assertThat(announcements.forProgramme(ids.get(1)))
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
