package org.binome.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.binome.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every edit form, opened on existing data in a real browser, shows each stored value in its field (a date an
 * {@code <input type="date">} cannot read would show as empty), and saving a change to one field changes that field
 * only: nothing else is lost on the way. The forms are reached through the pages' own links, not by demo ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class EditFormsBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** The application's clock, in the installation's time zone: the day the circle page counts from. */
    @Autowired
    Clock clock;

    @Test
    void editingAnObjectivesProgressKeepsItsTargetDate() {
        var page = browser.signedIn("mentor");
        var objective = firstForm(page, "a[href*='/objectives/']", "progressComment");
        editOneField(page, objective, "progressComment", field -> field.fill("Deuxième essai concluant."), "fr");
        page.context().close();
    }

    @Test
    void anObjectiveEditedInEnglishKeepsItsTargetDateToo() {
        var page = browser.signedIn("mentor");
        var objective = firstForm(page, "a[href*='/objectives/']", "measure");
        page.navigate(browser.url("/me?lang=en"));
        try {
            editOneField(page, objective, "measure", field -> field.fill("Show a client case to the board."), "en");
        } finally {
            page.navigate(browser.url("/me?lang=fr"));
            page.context().close();
        }
    }

    @Test
    void movingASessionShowsItsDateAndKeepsEverythingButTheAgenda() {
        var page = browser.signedIn("mentor");
        var session = firstForm(page, "a[href*='/sessions/']:not([href$='.ics'])", "agenda");
        editOneField(page, session, "agenda", field -> field.fill("Faire le point sur l’outil collaboratif."), "fr");
        page.context().close();
    }

    @Test
    void editingAProgrammeKeepsEveryOtherFieldAndEveryDate() {
        var page = browser.signedIn("admin");
        page.navigate(browser.url("/admin/programmes"));
        var overview = page.locator("main a[href^='/admin/programmes/']")
                .evaluateAll("links => links.map(a => a.getAttribute('href'))"
                        + ".find(h => /^\\/admin\\/programmes\\/\\d+$/.test(h))")
                .toString();
        editOneField(page, overview + "/edit", "supportText", field -> field.fill("Un atelier par mois."), "fr");
        page.context().close();
    }

    @Test
    void editingASkillOfTheCatalogueKeepsItsOtherNames() {
        var page = browser.signedIn("admin");
        page.navigate(browser.url("/admin/skills"));
        var skill = page.locator("main a[href^='/admin/skills/']")
                .evaluateAll(
                        "links => links.map(a => a.getAttribute('href'))" + ".find(h => !/\\/(map|people)/.test(h))")
                .toString();
        editOneField(page, skill, "nameEn", field -> field.fill(field.inputValue() + " (edited)"), "fr");
        page.context().close();
    }

    @Test
    void changingOneSkillLevelKeepsTheRestOfTheProfile() {
        var page = browser.signedIn("mentor");
        page.navigate(browser.url("/me/skills"));
        var offered = page.locator("select[name^='offered[']").first().getAttribute("name");
        editOneField(
                page,
                "/me/skills",
                offered,
                field -> field.selectOption(field.inputValue().equals("1") ? "2" : "1"),
                "fr");
        page.context().close();
    }

    @Test
    void editingAPersonOfTheDirectoryKeepsTheirDatesAndEveryOtherField() {
        var page = browser.signedIn("admin");
        page.navigate(browser.url("/admin/people"));
        var person = page.locator("main a[href^='/admin/people/']")
                .evaluateAll("links => links.map(a => a.getAttribute('href'))"
                        + ".find(h => /^\\/admin\\/people\\/[^/]+$/.test(h) && !h.endsWith('/import'))")
                .toString();
        editOneField(page, person + "/edit", "jobTitle", field -> field.fill(field.inputValue() + " (édité)"), "fr");
        page.context().close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void editingATrainingModuleKeepsItsTextsAndItsQuiz() {
        var page = browser.signedIn("admin");
        page.navigate(browser.url("/admin/programmes"));
        var programmes = (List<String>) page.locator("main a[href^='/admin/programmes/']")
                .evaluateAll("links => [...new Set(links.map(a => a.getAttribute('href')))]"
                        + ".filter(h => /^\\/admin\\/programmes\\/\\d+$/.test(h))");
        for (var programme : programmes) {
            page.navigate(browser.url(programme + "/training"));
            var modules = (List<String>) page.locator("main a[href$='/edit']")
                    .evaluateAll("links => links.map(a => a.getAttribute('href'))"
                            + ".filter(h => /\\/training\\/\\d+\\/edit$/.test(h))");
            if (!modules.isEmpty()) {
                editOneField(
                        page,
                        modules.get(0),
                        "minutes",
                        field -> field.fill(String.valueOf(Integer.parseInt(field.inputValue()) + 5)),
                        "fr");
                page.context().close();
                return;
            }
        }
        throw new AssertionError("no training module to edit in any programme");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlannedCircleSessionIsOfferedForMovingAtItsOwnDateAndTime() {
        var page = browser.signedIn("animateur");
        page.navigate(browser.url("/facilitation/circles"));
        var circle = ((List<String>) page.locator("main a[href^='/facilitation/circles/']")
                        .evaluateAll("links => links.map(a => a.getAttribute('href'))"
                                + ".filter(h => /^\\/facilitation\\/circles\\/\\d+$/.test(h))"))
                .get(0);
        page.navigate(browser.url(circle));
        // The demo circle met four weeks ago; its next session fits the cadence one week from now.
        var startsAt = LocalDate.now(clock).plusWeeks(1) + "T17:30";
        page.locator("#startsAt").fill(startsAt);
        page.locator("form:has(#startsAt) button[type='submit']").click();
        page.locator(".alert-success, main .alert-warning").first().waitFor();
        BrowserSession.screenshot(page, "circle-session-planned-fr");
        assertThat(page.locator("main .alert-warning").allInnerTexts())
                .as("refusal after planning")
                .isEmpty();
        page.navigate(browser.url(circle));

        var move = page.locator("form:has(input[id^='move-'])").last();
        assertThat(hidden(move)).isEmpty();
        assertThat(move.locator("input[id^='move-']").inputValue()).isEqualTo(startsAt);
        BrowserSession.screenshot(page, "edit-circle-session-fr");
        page.context().close();
    }

    /**
     * Opens the form holding {@code field} at {@code path}, checks that every field shows what the server sent,
     * changes the field, saves, opens the form again and checks that only that field changed.
     */
    private void editOneField(Page page, String path, String field, Consumer<Locator> change, String language) {
        page.navigate(browser.url(path));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
        var form = page.locator("form:has([name='" + field + "'])").first();
        assertThat(hidden(form))
                .as("fields the browser cannot show on %s", path)
                .isEmpty();
        var before = values(form);
        assertThat(before).as("fields of the form on %s", path).containsKey(field);

        change.accept(form.locator("[name='" + field + "']").first());
        var edited = values(form).get(field);
        assertThat(edited).as("the edited field").isNotEqualTo(before.get(field));
        form.locator("button[type='submit']").first().click();
        page.waitForLoadState();
        assertThat(page.locator(".is-invalid, .invalid-feedback.d-block").allInnerTexts())
                .as("errors after saving %s", path)
                .isEmpty();

        page.navigate(browser.url(path));
        var after = values(page.locator("form:has([name='" + field + "'])").first());
        var expected = new LinkedHashMap<>(before);
        expected.put(field, edited);
        BrowserSession.screenshot(page, "edit-" + path.replaceAll("\\W+", "-") + "-" + language);
        assertThat(after)
                .as("the form on %s after saving a change to %s", path, field)
                .isEqualTo(expected);
    }

    /** Each field as the server rendered it (name, plus the value for boxes and radios); the version is left out. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> values(Locator form) {
        var entries = (List<List<String>>) form.evaluate("""
                form => {
                  const seen = {};
                  return Array.from(form.elements)
                    .filter(e => e.name && e.name !== '_csrf' && e.name !== 'version' && e.type !== 'submit'
                                 && e.type !== 'button')
                    .map(e => {
                      let key = e.name;
                      let value;
                      if (e.type === 'checkbox' || e.type === 'radio') {
                        key += '=' + e.value;
                        value = String(e.checked);
                      } else if (e.tagName === 'SELECT') {
                        value = Array.from(e.selectedOptions).map(o => o.value).join(',');
                      } else {
                        value = e.value;
                      }
                      seen[key] = (seen[key] || 0) + 1;
                      return [seen[key] > 1 ? key + '#' + seen[key] : key, value];
                    });
                }
                """);
        var values = new LinkedHashMap<String, String>();
        entries.forEach(e -> values.put(e.get(0), e.get(1)));
        return values;
    }

    /** Inputs whose value the server wrote but the browser cannot show (e.g. a date in a format it cannot read). */
    @SuppressWarnings("unchecked")
    private static List<String> hidden(Locator form) {
        return (List<String>) form.evaluate("""
                form => Array.from(form.querySelectorAll('input'))
                  .filter(e => e.type !== 'checkbox' && e.type !== 'radio' && e.type !== 'hidden')
                  .filter(e => (e.getAttribute('value') || '') !== '' && e.value === '')
                  .map(e => e.name + ' (type ' + e.type + '): ' + e.getAttribute('value'))
                """);
    }

    /** The first page, linked by {@code selector} from one of the person's mentorships, with a form holding field. */
    @SuppressWarnings("unchecked")
    private String firstForm(Page page, String selector, String field) {
        page.navigate(browser.url("/me/mentorships"));
        var mentorships = (List<String>) page.locator("main a[href^='/mentorships/']")
                .evaluateAll("links => [...new Set(links.map(a => a.getAttribute('href')))]"
                        + ".filter(h => /^\\/mentorships\\/\\d+$/.test(h))");
        for (var mentorship : mentorships) {
            page.navigate(browser.url(mentorship));
            var links = (List<String>) page.locator("main " + selector)
                    .evaluateAll("links => [...new Set(links.map(a => a.getAttribute('href')))]");
            for (var link : links) {
                page.navigate(browser.url(link));
                if (page.locator("form:has([name='" + field + "'])").count() > 0) {
                    return link;
                }
            }
        }
        throw new AssertionError("no page with a form holding " + field + " linked from the mentorships");
    }
}
