package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;

/**
 * Every record-bound form, sent a value of the wrong type ("abc" in a number, "2026-13-45" in a date, an unknown
 * choice): the page comes back with 422, the field's translated error next to the field (its {@code <field>-error}
 * element, linked by {@code aria-describedby}), and what was typed is kept. Never a 500 or a bare 400.
 *
 * <p>Paths name the records they need with placeholders read from the database ({mentorship}, {session}…), so the
 * test does not hard-code demo ids.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class WrongTypedValuesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    /** Who posts: an administrator or a member of the mentorship used. */
    enum Who {
        ADMIN,
        MEMBER,
        /** An active employee who has not applied to the open programme. */
        NEWCOMER
    }

    /**
     * @param kept whether the control shows the typed text again: text and date inputs do; a number input cannot hold
     *     letters (a browser never sends them, and could not show them) and a select cannot show an unknown choice
     */
    record Case(String path, Who who, String form, String field, String value, boolean kept, Map<String, String> more) {
        /**
         * The field the error is on: the parameter itself, or for one entry of a map ({@code offered[genai]}) the map,
         * which the binder converts as a whole.
         */
        String bound() {
            return field.replaceAll("\\[.*", "");
        }

        @Override
        public String toString() {
            return path + " " + field + "=" + value;
        }
    }

    static Stream<Arguments> cases() {
        var announcement = Map.of("title", "Titre", "body", "Texte", "audience", "ALL_EMPLOYEES");
        var programme = Map.of("name", "Programme", "purpose", "But");
        var charter = Map.of("textFr", "Charte", "textEn", "Charter");
        var objective = Map.of("title", "Objectif", "progress", "NOT_STARTED");
        var session = Map.of(
                "date",
                "2030-01-15",
                "startTime",
                "12:30",
                "endTime",
                "13:30",
                "format",
                "VIDEO",
                "link",
                "https://meet.example.org/x");
        var person = Map.of(
                "firstName",
                "Test",
                "lastName",
                "Personne",
                "department",
                "Finance",
                "site",
                "Paris",
                "status",
                "ACTIVE",
                "version",
                "0");
        var module =
                Map.of("role", "MENTOR", "titleFr", "Module", "titleEn", "Module", "bodyFr", "Texte", "bodyEn", "Text");
        var application = Map.of("role", "MENTOR", "motivation", "Partager", "consent", "true");
        return Stream.of(
                        new Case(
                                "/admin/announcements",
                                Who.ADMIN,
                                "announcementForm",
                                "programmeId",
                                "abc",
                                false,
                                announcement),
                        new Case(
                                "/admin/announcements",
                                Who.ADMIN,
                                "announcementForm",
                                "publishAt",
                                "2026-13-45T10:00",
                                true,
                                announcement),
                        new Case(
                                "/admin/programmes", Who.ADMIN, "form", "maxMenteesPerMentor", "abc", false, programme),
                        new Case(
                                "/admin/programmes",
                                Who.ADMIN,
                                "form",
                                "communicationDate",
                                "2026-13-45",
                                true,
                                programme),
                        new Case(
                                "/admin/programmes/{programme}",
                                Who.ADMIN,
                                "form",
                                "sessionMinutes",
                                "abc",
                                false,
                                programme),
                        new Case(
                                "/admin/programmes/{programme}",
                                Who.ADMIN,
                                "form",
                                "kickOffDate",
                                "2026-13-45",
                                true,
                                programme),
                        new Case(
                                "/mentorships/{mentorship}/kickoff",
                                Who.MEMBER,
                                "kickOffForm",
                                "charterVersion",
                                "abc",
                                false,
                                Map.of("charterAccepted", "true")),
                        new Case(
                                "/mentorships/{mentorship}/objectives",
                                Who.MEMBER,
                                "objectiveForm",
                                "targetDate",
                                "2026-13-45",
                                true,
                                objective),
                        new Case(
                                "/mentorships/{mentorship}/objectives/{objective}",
                                Who.MEMBER,
                                "objectiveForm",
                                "targetDate",
                                "2026-13-45",
                                true,
                                objective),
                        new Case(
                                "/mentorships/{mentorship}/notes",
                                Who.MEMBER,
                                "noteForm",
                                "shared",
                                "abc",
                                false,
                                Map.of("body", "Une note")),
                        new Case(
                                "/mentorships/{mentorship}/end",
                                Who.MEMBER,
                                "endForm",
                                "reason",
                                "NOPE",
                                false,
                                Map.of()),
                        new Case(
                                "/mentorships/{mentorship}/sessions",
                                Who.MEMBER,
                                "sessionForm",
                                "date",
                                "2026-13-45",
                                true,
                                session),
                        new Case(
                                "/mentorships/{mentorship}/sessions",
                                Who.MEMBER,
                                "sessionForm",
                                "startTime",
                                "25:99",
                                true,
                                session),
                        new Case(
                                "/mentorships/{mentorship}/sessions/{session}/log",
                                Who.MEMBER,
                                "logForm",
                                "rating",
                                "abc",
                                false,
                                Map.of("covered", "Tout")),
                        new Case(
                                "/admin/mentorships/{mentorship}/end",
                                Who.ADMIN,
                                "endForm",
                                "reason",
                                "NOPE",
                                false,
                                Map.of()),
                        new Case("/me/help", Who.MEMBER, "form", "programId", "abc", false, Map.of("message", "Aide")),
                        new Case(
                                "/admin/programmes/{programme}/charter",
                                Who.ADMIN,
                                "form",
                                "basedOn",
                                "abc",
                                false,
                                charter),
                        new Case(
                                "/programmes/{open}/apply",
                                Who.NEWCOMER,
                                "applicationForm",
                                "charterVersion",
                                "abc",
                                false,
                                application),
                        new Case(
                                "/programmes/{open}/apply",
                                Who.NEWCOMER,
                                "applicationForm",
                                "role",
                                "CAPTAIN",
                                false,
                                application),
                        new Case(
                                "/programmes/{open}/apply",
                                Who.NEWCOMER,
                                "applicationForm",
                                "preferredDays",
                                "SOMEDAY",
                                false,
                                application),
                        new Case(
                                "/programmes/{open}/apply",
                                Who.NEWCOMER,
                                "applicationForm",
                                "meetingMode",
                                "BY_PIGEON",
                                false,
                                application),
                        new Case(
                                "/me/skills",
                                Who.MEMBER,
                                "profileForm",
                                "offered[genai]",
                                "abc",
                                false,
                                Map.of("wanted[genai]", "2", "comment[genai]", "Gardé")),
                        new Case(
                                "/me/skills",
                                Who.MEMBER,
                                "profileForm",
                                "wanted[genai]",
                                "beaucoup",
                                false,
                                Map.of("offered[genai]", "2", "comment[genai]", "Gardé")),
                        new Case("/admin/people/{person}/edit", Who.ADMIN, "form", "birthYear", "abc", false, person),
                        new Case(
                                "/admin/programmes/{programme}/training",
                                Who.ADMIN,
                                "form",
                                "minutes",
                                "abc",
                                false,
                                module),
                        new Case(
                                "/admin/programmes/{programme}/circles",
                                Who.ADMIN,
                                "form",
                                "cadenceWeeks",
                                "abc",
                                false,
                                Map.of("name", "Groupe", "place", "Salle 2")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aWrongTypedValueIsShownAgainWithTheFieldsErrorNotA500(Case c) throws Exception {
        var mentorship =
                jdbc.queryForObject("select min(m.id) from mentorship m where m.status = 'ACTIVE'", Long.class);
        var member = jdbc.queryForObject(
                "select min(employee_number) from mentorship_member where mentorship = ?", String.class, mentorship);
        var open = first("select min(id) from program where status = 'OPEN'");
        var path = c.path()
                .replace("{mentorship}", String.valueOf(mentorship))
                .replace("{programme}", String.valueOf(first("select min(id) from program")))
                .replace("{open}", String.valueOf(open))
                .replace(
                        "{objective}",
                        String.valueOf(
                                first("select min(id) from mentorship_objective where mentorship_id = " + mentorship)))
                .replace(
                        "{session}",
                        String.valueOf(
                                first("select min(id) from mentorship_session where mentorship_id = " + mentorship)))
                .replace(
                        "{person}",
                        jdbc.queryForObject(
                                "select min(employee_number) from person where status = 'ACTIVE'", String.class));
        BinomeUser who = switch (c.who()) {
            case ADMIN -> TestUsers.withRoles(Role.ADMIN, Role.PARTICIPANT);
            case MEMBER -> TestUsers.employee(member, Role.PARTICIPANT);
            case NEWCOMER ->
                TestUsers.employee(
                        jdbc.queryForObject(
                                "select min(p.employee_number) from person p where p.status = 'ACTIVE' and not"
                                        + " exists (select 1 from program_application a where a.program_id = ?"
                                        + " and a.employee_number = p.employee_number)",
                                String.class,
                                open),
                        Role.PARTICIPANT);
        };
        var request = post(path).with(user(who)).with(csrf()).param(c.field(), c.value());
        c.more().forEach((name, value) -> {
            if (!name.equals(c.field())) {
                request.param(name, value);
            }
        });
        var result = mvc.perform(request).andReturn();
        var response = result.getResponse();

        assertThat(response.getStatus()).as(c + " answers 422").isEqualTo(422);
        var errors = (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + c.form());
        assertThat(errors).as(c + " binding result").isNotNull();
        var error = errors.getFieldError(c.bound());
        assertThat(error).as(c + " field error").isNotNull();
        assertThat(error.getCodes()).as(c + " codes").anyMatch(code -> code.startsWith("typeMismatch"));
        var expected = messages.getMessage(error, Locale.FRENCH);
        assertThat(expected).doesNotContain("Failed to convert", "java.");

        var page = Jsoup.parse(response.getContentAsString());
        var shown = page.getElementById(c.bound() + "-error");
        assertThat(shown).as(c + " shows its error next to the field").isNotNull();
        assertThat(shown.text()).as(c.toString()).contains(expected);
        var control = page.select("[name=\"" + c.field() + "\"]").first();
        assertThat(control).as(c + " control").isNotNull();
        if (!control.attr("type").equals("hidden")) {
            assertThat(control.attr("aria-describedby"))
                    .as(c + " aria-describedby")
                    .contains(c.bound() + "-error");
        }
        if (c.kept()) {
            assertThat(control.val()).as(c + " keeps what was typed").isEqualTo(c.value());
        }
        // the other fields come back as typed
        c.more().forEach((name, value) -> {
            var other = page.select("input[type=text][name=\"" + name + "\"], textarea[name=\"" + name + "\"]")
                    .first();
            if (other != null && !name.equals(c.field())) {
                assertThat(other.val()).as(c + " keeps " + name).isEqualTo(value);
            }
        });
    }

    private Object first(String sql) {
        return jdbc.queryForObject(sql, Object.class);
    }
}
