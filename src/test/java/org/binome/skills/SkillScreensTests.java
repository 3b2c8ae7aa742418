package org.binome.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.support.Copy;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class SkillScreensTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Skills skills;

    @Autowired
    org.binome.people.Directory directory;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void aParticipantEditsOnlyTheirOwnProfileWithLevelsExplained() throws Exception {
        var number = TestPeople.person().registerIn(directory);
        var me = user(TestUsers.employee(number, Role.PARTICIPANT));
        var page = mvc.perform(get("/me/skills").with(me)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("name=\"offered[genai]\"")
                .contains("on vient me demander conseil".substring(3))
                .doesNotContain("style=")
                // no link into the administrators' pages, which would answer 403
                .doesNotContain("/admin/skills/people/");

        var saved = mvc.perform(post("/me/skills")
                        .param("offered[strategy]", "4")
                        .param("comment[strategy]", "Plan à cinq ans")
                        .param("wanted[genai]", "3")
                        .with(me)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        var profile = skills.profileOf(number);
        assertThat(profile.offered()).containsExactlyEntriesOf(java.util.Map.of("strategy", 4));
        assertThat(profile.wanted()).containsExactlyEntriesOf(java.util.Map.of("genai", 3));

        var invalid = mvc.perform(post("/me/skills")
                        .param("offered[strategy]", "9")
                        .param("wanted[genai]", "2")
                        .with(me)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString())
                .contains("offered[strategy]-error")
                .contains(new Copy(messages).fr("Max.profileForm.offered"));
        assertThat(skills.profileOf(number).wanted()).containsEntry("genai", 3);
    }

    /**
     * Each row's selects (options built in Java, written by bn:options) show the profile as saved, and after a refused
     * save as typed, the refused level included; their labels are in the reader's language.
     */
    @Test
    void eachSelectShowsTheLevelAsSavedThenAsTyped() throws Exception {
        var number = TestPeople.person().registerIn(directory);
        var me = user(TestUsers.employee(number, Role.PARTICIPANT));
        skills.declare(
                number,
                java.util.List.of(
                        new SkillDeclaration("strategy", SkillDirection.OFFERED, 4),
                        new SkillDeclaration("genai", SkillDirection.WANTED, 3)));
        var saved = org.jsoup.Jsoup.parse(read("/me/skills", me, "en"));
        assertThat(saved.select("#offered-strategy option[selected]").eachAttr("value"))
                .containsExactly("4");
        assertThat(saved.select("#offered-strategy option[selected]").text())
                .isEqualTo(new Copy(messages).en("skills.level.4"));
        assertThat(saved.select("#wanted-genai option[selected]").eachAttr("value"))
                .containsExactly("3");
        assertThat(saved.select("#offered-genai option[selected]").eachAttr("value"))
                .containsExactly("0");
        assertThat(saved.select("#wanted-genai option").eachAttr("value")).containsExactly("0", "1", "2", "3");
        assertThat(saved.select("#offered-genai option[value=1]").text())
                .as("in English")
                .isEqualTo(new Copy(messages).en("skills.level.1"))
                .isNotEqualTo(new Copy(messages).fr("skills.level.1"));

        var refused = org.jsoup.Jsoup.parse(mvc.perform(post("/me/skills")
                        .param("offered[strategy]", "9")
                        .param("wanted[genai]", "2")
                        .param("offered[network]", "1")
                        .with(me)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#wanted-genai option[selected]").eachAttr("value"))
                .containsExactly("2");
        assertThat(refused.select("#offered-network option[selected]").text())
                .isEqualTo(new Copy(messages).fr("skills.level.1"));
        // the refused level is on no option: none is chosen, and the select points to its message
        assertThat(refused.select("#offered-strategy option[selected]").eachAttr("value"))
                .containsExactly("0");
        assertThat(refused.getElementById("offered-strategy").attr("aria-describedby"))
                .isEqualTo("offered[strategy]-error");
        assertThat(refused.getElementById("offered-strategy").hasClass("is-invalid"))
                .isTrue();
        // the controls typed right are neither marked nor pointed to a message, nor is anything on a page as saved
        for (var id : java.util.List.of("offered-network", "wanted-genai", "comment-strategy")) {
            assertThat(refused.getElementById(id).hasClass("is-invalid")).as(id).isFalse();
            assertThat(refused.getElementById(id).hasAttr("aria-describedby"))
                    .as(id)
                    .isFalse();
        }
        assertThat(saved.select("tbody .is-invalid, tbody [aria-describedby]")).isEmpty();
    }

    /** The skills come by category, then by name as the reader's language sorts it: English names in English. */
    @Test
    void theSkillsComeInTheReadersAlphabeticalOrder() throws Exception {
        var number = TestPeople.person().registerIn(directory);
        var me = user(TestUsers.employee(number, Role.PARTICIPANT));
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        for (var locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
            var page = org.jsoup.Jsoup.parse(read("/me/skills", me, locale.getLanguage()));
            var byCategory = new java.util.LinkedHashMap<String, java.util.List<String>>();
            for (var row : page.select("tbody tr th[scope=row]")) {
                byCategory
                        .computeIfAbsent(row.selectFirst(".badge").text(), c -> new java.util.ArrayList<>())
                        .add(row.selectFirst("span").text());
            }
            assertThat(byCategory.values().stream()
                            .mapToInt(java.util.List::size)
                            .sum())
                    .as("every skill, each category in one run")
                    .isEqualTo(page.select("tbody tr").size())
                    .isEqualTo(skills.catalogue().size());
            var collator = java.text.Collator.getInstance(locale);
            byCategory.forEach((category, names) ->
                    assertThat(names).as(locale + " " + category).isSortedAccordingTo(collator::compare));

            // The skills map's export, a line per skill and group: its skills in the same order.
            var csv = read("/admin/skills/map.csv", admin, locale.getLanguage());
            var exported = new java.util.LinkedHashMap<String, java.util.LinkedHashSet<String>>();
            csv.lines()
                    .skip(1)
                    .map(line -> line.split(";", -1))
                    .forEach(cells -> exported.computeIfAbsent(unquoted(cells[1]), c -> new java.util.LinkedHashSet<>())
                            .add(unquoted(cells[0])));
            assertThat(exported.keySet())
                    .as("categories in the reader's language")
                    .isEqualTo(byCategory.keySet());
            var heatmap = org.jsoup.Jsoup.parse(read("/admin/skills/map", admin, locale.getLanguage()));
            assertThat(heatmap.select("tbody th[scope=rowgroup]").eachText())
                    .as("a heading where each category begins")
                    .containsExactlyElementsOf(byCategory.keySet());
            exported.forEach((category, names) -> assertThat(java.util.List.copyOf(names))
                    .as(locale + " map " + category)
                    .isSortedAccordingTo(collator::compare));
        }
    }

    /** A page or file as this person reads it in this language (Binôme keeps the choice in its language cookie). */
    private String read(
            String path, org.springframework.test.web.servlet.request.RequestPostProcessor who, String language)
            throws Exception {
        return mvc.perform(get(path)
                        .cookie(new jakarta.servlet.http.Cookie("binome-lang", language))
                        .with(who))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A cell as the spreadsheet shows it: unquoted, without the quote that neutralises a formula. */
    private static String unquoted(String cell) {
        var text = cell.length() > 1 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"")
                : cell;
        return text.matches("'[=+\\-@].*") ? text.substring(1) : text;
    }

    @Test
    void anAdministratorSeesAndEditsSomeonesProfileFromThePersonPage() throws Exception {
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        // someone who wants generative AI
        var holder = TestPeople.person().registerIn(directory);
        skills.declare(holder, java.util.List.of(new SkillDeclaration("genai", SkillDirection.WANTED, 3)));
        var fragment = mvc.perform(get("/admin/skills/people/" + holder)
                        .header("HX-Request", "true")
                        .with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("IA générative au quotidien").doesNotContain("<html");

        var someone = TestPeople.person().registerIn(directory);
        mvc.perform(post("/admin/skills/people/" + someone)
                .param("offered[network]", "3")
                .with(admin)
                .with(csrf()));
        assertThat(skills.profileOf(someone).offered()).containsEntry("network", 3);
    }

    @Test
    void theMapIsAHeatmapWithoutInlineStylesAndItsExportIsNeutralised() throws Exception {
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        skills.add(new SkillView("t-formula", "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", SkillCategory.DIGITAL));
        skills.declare(
                TestPeople.person().registerIn(directory),
                java.util.List.of(new SkillDeclaration("t-formula", SkillDirection.WANTED, 2)));

        var map = mvc.perform(get("/admin/skills/map").param("by", "GENERATION").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(map)
                .contains("heat-cell")
                .contains("gap")
                .contains(new Copy(messages).fr("people.band.gen-z"))
                .doesNotContain("style=");

        var csv = mvc.perform(get("/admin/skills/map.csv").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain("\n=HYPERLINK");
        assertThat(csv).contains(messages.getMessage("skills.map.demandWithoutSupply", null, java.util.Locale.FRENCH));
    }

    @Test
    void theCatalogueAddsRenamesAndRefusesATakenCode() throws Exception {
        var admin = user(TestUsers.withRoles(Role.ADMIN));
        var added = mvc.perform(post("/admin/skills")
                        .param("code", "t-notion")
                        .param("nameFr", "Notion")
                        .param("nameEn", "Notion")
                        .param("category", "DIGITAL")
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        var taken = mvc.perform(post("/admin/skills")
                        .param("code", "t-notion")
                        .param("nameFr", "Autre")
                        .param("nameEn", "Other")
                        .param("category", "DIGITAL")
                        .with(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString()).contains(new Copy(messages).fr("skills.error.codeTaken"));

        mvc.perform(post("/admin/skills/t-notion")
                .param("code", "t-notion")
                .param("category", "DIGITAL")
                .param("nameFr", "Notion et wikis")
                .param("nameEn", "Notion and wikis")
                .with(admin)
                .with(csrf()));
        assertThat(skills.find("t-notion").orElseThrow().nameFr()).isEqualTo("Notion et wikis");
    }
}
