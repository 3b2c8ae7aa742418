package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list filters of the directory, the outbox, the pairs page and the skills map come from the one fragment
 * ({@code shell/fields :: filterSelect}): a label tied to its select, the chosen value selected after the page is read
 * again, one option per choice with its translated label, and an "all" option only where a filter may be left empty.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class FilterSelectTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    private Element select(String path, String id) throws Exception {
        var response = mvc.perform(get(path).with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("label[for=" + id + "]"))
                .as("label of %s on %s", id, path)
                .hasSize(1);
        var select = page.selectFirst("select#" + id);
        assertThat(select).as("select %s on %s", id, path).isNotNull();
        return select;
    }

    private static String chosen(Element select) {
        return select.select("option[selected]").eachAttr("value").toString();
    }

    private String fr(String key) {
        return messages.getMessage(key, null, java.util.Locale.FRENCH);
    }

    @Test
    void thePairsFilterKeepsItsChoiceAndOffersNoEmptyChoice() throws Exception {
        var show = select("/admin/mentorships?show=STALLED", "show");
        assertThat(show.attr("name")).isEqualTo("show");
        assertThat(chosen(show)).isEqualTo("[STALLED]");
        assertThat(show.select("option").eachAttr("value"))
                .containsExactly(
                        "ALL", "ACTIVE", "STALLED", "KICK_OFF_PENDING", "PROPOSED", "COMPLETED", "ENDED_EARLY");
        assertThat(show.selectFirst("option[value=STALLED]").text()).isEqualTo(fr("mentorships.admin.show.STALLED"));
    }

    @Test
    void theSkillsMapKeepsItsDimension() throws Exception {
        var by = select("/admin/skills/map?by=SENIORITY", "by");
        assertThat(chosen(by)).isEqualTo("[SENIORITY]");
        assertThat(by.select("option").eachAttr("value")).containsExactly("DEPARTMENT", "GENERATION", "SENIORITY");
        assertThat(by.selectFirst("option[value=GENERATION]").text()).isEqualTo(fr("skills.map.by.GENERATION"));
    }

    @Test
    void theOutboxOffersAllStatusesFirstAndKeepsTheChosenOne() throws Exception {
        var status = select("/admin/outbox?status=FAILED", "status");
        assertThat(chosen(status)).isEqualTo("[FAILED]");
        assertThat(status.selectFirst("option").attr("value")).isEmpty();
        assertThat(status.selectFirst("option").text()).isEqualTo(fr("outbox.filter.all"));
        assertThat(status.selectFirst("option[value=FAILED]").text()).isEqualTo(fr("outbox.status.FAILED"));
        assertThat(chosen(select("/admin/outbox", "status"))).isEqualTo("[]");
    }

    @Test
    void theDirectoryFiltersKeepTheirChoices() throws Exception {
        var path = "/admin/people?status=LEFT&sort=site&site=Lyon";
        var status = select(path, "status");
        assertThat(chosen(status)).isEqualTo("[LEFT]");
        assertThat(status.select("option").eachAttr("value")).containsExactly("ACTIVE", "LEFT", "ALL");
        assertThat(status.selectFirst("option[value=LEFT]").text()).isEqualTo(fr("directory.status.LEFT"));
        var sort = select(path, "sort");
        assertThat(chosen(sort)).isEqualTo("[site]");
        assertThat(sort.selectFirst("option[value=site]").text()).isEqualTo(fr("directory.sort.site"));
        var site = select(path, "site");
        assertThat(chosen(site)).isEqualTo("[Lyon]");
        assertThat(site.selectFirst("option").attr("value")).isEmpty();
        assertThat(chosen(select(path, "department"))).isEqualTo("[]");
    }
}
