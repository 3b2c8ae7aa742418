package org.binome.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.binome.feedback.SurveyMoment.END;
import static org.binome.feedback.SurveyMoment.ENROLMENT;
import static org.binome.feedback.SurveyMoment.FIRST_SESSION;
import static org.binome.feedback.SurveyMoment.MID_POINT;
import static org.binome.feedback.SurveyMoment.SIX_MONTHS;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.matching.MatchAccepted;
import org.binome.mentorships.Mentorships;
import org.binome.programs.ApplicationAccepted;
import org.binome.programs.ParticipantRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When surveys go out, driven by the real events and a clock moved morning by morning: the enrolment survey at
 * acceptance, the first-session survey when a pair logs its first session, the mid-point survey on the programme's
 * mid-point review day to the pairs still running, the end survey when a pair ends (or at the programme's closing for
 * pairs still running), the six-months survey six months after each end; each once. Reminders: one after 7 days, one
 * 2 days before closing, none after an answer, none twice; what the participant sees (e-mails at the SMTP server, the
 * notifications page, the home page offer). And the participant's own level before and after in each DigComp area on
 * their surveys page, once they answered at enrolment and at the end.
 *
 * <p>Over 400 lines: the moments are one story followed morning by morning on one moved clock (a pair's end survey
 * comes after its first-session one), and the reminders, the switch and the before/after need the same company, clock
 * and SMTP server ({@link SurveyCompany}).
 */
@Tag("database")
class SurveyTimelineTests extends SurveyCompany {

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Mentorships mentorships;

    @Autowired
    Answers answers;

    private String subject(String template) {
        return messages.getMessage("notification." + template + ".subject", null, Locale.FRENCH);
    }

    /** The survey e-mails (invitation, reminder, last reminder) this person received, in order. */
    private List<String> surveyMails(String person) {
        var survey = List.of(subject("survey.invited"), subject("survey.reminder"), subject("survey.closing"));
        return subjectsReceivedBy(email(person)).stream()
                .filter(survey::contains)
                .toList();
    }

    private String page(String person, String path) throws Exception {
        var response = mvc.perform(as(person, get(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    /** The person answers every question of the invitation through the survey page. */
    private void answer(InvitationView invitation) throws Exception {
        var form = as(invitation.employeeNumber(), post("/me/surveys/" + invitation.id()))
                .with(csrf());
        everyQuestion(answers, invitation, 4, everywhere(2), "Partager un agenda avec mon équipe.")
                .forEach((question, values) -> form.param("q" + question, values.toArray(String[]::new)));
        assertThat(mvc.perform(form).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void oneReminderAfterSevenDaysOneBeforeClosingNoneAfterAnAnswerAndNobodyAskedTwice() throws Exception {
        var first = start();
        clock.morningOf(first);
        var forgetful = employee("Achats", 1964);
        var diligent = employee("Achats", 1999);
        var programme = programme(
                first.plusDays(60),
                first.plusDays(120),
                Map.of(forgetful, ParticipantRole.MENTEE, diligent, ParticipantRole.MENTOR));
        morning().sendMail();
        var t0 = invitation(programme, forgetful, ENROLMENT);
        assertThat(t0.sentOn()).isEqualTo(first);
        var closes = t0.closesOn();
        assertThat(closes).isEqualTo(first.plusDays(21));
        var invited = subject("survey.invited");
        var reminder = subject("survey.reminder");
        var lastCall = subject("survey.closing");

        // the invitation: an e-mail, a notification, an offer on the home page
        assertThat(surveyMails(forgetful)).containsExactly(invited);
        assertThat(occurrences(page(forgetful, "/notifications"), invited)).isEqualTo(1);
        assertThat(page(forgetful, "/me")).contains("/me/surveys/" + t0.id());

        // six mornings: nothing more
        morningsUntil(first.plusDays(6));
        assertThat(surveyMails(forgetful)).containsExactly(invited);
        assertThat(surveyMails(diligent)).containsExactly(invited);

        // the seventh: one reminder each
        morningsUntil(first.plusDays(7));
        assertThat(surveyMails(forgetful)).containsExactly(invited, reminder);
        assertThat(surveyMails(diligent)).containsExactly(invited, reminder);

        // one of them answers the next day; the following mornings until the last call repeat nothing
        morningsUntil(first.plusDays(8));
        answer(invitation(programme, diligent, ENROLMENT));
        assertThat(page(diligent, "/me"))
                .doesNotContain("/me/surveys/"
                        + invitation(programme, diligent, ENROLMENT).id());
        morningsUntil(closes.minusDays(3));
        assertThat(surveyMails(forgetful)).containsExactly(invited, reminder);

        // two days before closing: the last call, only to who has not answered
        morningsUntil(closes.minusDays(2));
        assertThat(surveyMails(forgetful)).containsExactly(invited, reminder, lastCall);
        assertThat(surveyMails(diligent)).containsExactly(invited, reminder);

        // on the last day the home page still offers it; after closing, nothing more and no offer
        morningsUntil(closes);
        assertThat(page(forgetful, "/me")).contains("/me/surveys/" + t0.id());
        morningsUntil(closes.plusDays(5));
        assertThat(page(forgetful, "/me")).doesNotContain("/me/surveys/" + t0.id());
        assertThat(surveyMails(forgetful)).containsExactly(invited, reminder, lastCall);
        assertThat(surveyMails(diligent)).containsExactly(invited, reminder);
        var notifications = page(forgetful, "/notifications");
        assertThat(occurrences(notifications, invited)).isEqualTo(1);
        assertThat(occurrences(notifications, reminder)).isEqualTo(1);
        assertThat(occurrences(notifications, lastCall)).isEqualTo(1);

        // the acceptance delivered again (a restart replays its event): nobody is asked twice
        transactions.executeWithoutResult(status ->
                events.publishEvent(new ApplicationAccepted(programme, 0L, forgetful, ParticipantRole.MENTEE)));
        settle();
        morning().sendMail();
        assertThat(asked(programme, forgetful)).containsExactly(ENROLMENT);
        assertThat(surveyMails(forgetful)).containsExactly(invited, reminder, lastCall);
    }

    private static final java.util.concurrent.atomic.AtomicLong PROPOSALS =
            new java.util.concurrent.atomic.AtomicLong(ProcessHandle.current().pid() * 1000);

    /** Both said yes to the proposal (matching's event): the mentorships module opens the pair. */
    private long pair(long programme, String mentor, String mentee) {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new MatchAccepted(programme, PROPOSALS.incrementAndGet(), List.of(mentor), List.of(mentee))));
        settle();
        return mentorships.pairRecords(List.of(programme)).stream()
                .filter(p -> p.mentors().contains(mentor) && p.mentees().contains(mentee))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A member plans a session on that day, it takes place, and they write its log (the session is logged). */
    private void sessionHeldAndLogged(long pair, String member, LocalDate day) throws Exception {
        var planned = mvc.perform(as(member, post("/mentorships/" + pair + "/sessions"))
                        .with(csrf())
                        .param("date", day.toString())
                        .param("startTime", "12:30")
                        .param("endTime", "13:30")
                        .param("format", "IN_PERSON")
                        .param("place", "Salle Rivière"))
                .andReturn()
                .getResponse();
        assertThat(planned.getStatus()).as(planned.getContentAsString()).isEqualTo(302);
        var session = planned.getRedirectedUrl();
        clock.set(day.atTime(LocalTime.of(14, 0)));
        var log = org.jsoup.Jsoup.parse(page(member, session)).selectFirst("form[action$=/log] input[name=version]");
        var logged = mvc.perform(as(member, post(session + "/log"))
                        .with(csrf())
                        .param("covered", "Les outils de visioconférence")
                        .param("version", log == null ? "" : log.val()))
                .andReturn()
                .getResponse();
        assertThat(logged.getStatus()).as(logged.getContentAsString()).isEqualTo(302);
        settle();
    }

    @Test
    void eachMomentSendsItsSurveyOnceToThePeopleItConcerns() throws Exception {
        var first = start();
        clock.morningOf(first);
        var mentor = employee("Informatique", 1999);
        var mentee = employee("Production", 1966);
        var earlyMentor = employee("Marketing", 2000);
        var earlyMentee = employee("Finance", 1967);
        var midPoint = first.plusDays(45);
        var closing = first.plusDays(120);
        var participants = new LinkedHashMap<String, ParticipantRole>();
        participants.put(mentor, ParticipantRole.MENTOR);
        participants.put(mentee, ParticipantRole.MENTEE);
        participants.put(earlyMentor, ParticipantRole.MENTOR);
        participants.put(earlyMentee, ParticipantRole.MENTEE);
        var programme = programme(midPoint, closing, participants);
        var everyone = List.copyOf(participants.keySet());
        // at acceptance (T0)
        for (var person : everyone) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT);
        }

        var running = pair(programme, mentor, mentee);
        var early = pair(programme, earlyMentor, earlyMentee);
        for (var person : everyone) {
            assertThat(asked(programme, person))
                    .as("a pair opened asks nothing: %s", person)
                    .containsExactly(ENROLMENT);
        }

        // the first session logged: its pair's members, not the other pair's; a second session asks nothing more
        sessionHeldAndLogged(running, mentee, first.plusDays(3));
        for (var person : List.of(mentor, mentee)) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT, FIRST_SESSION);
        }
        for (var person : List.of(earlyMentor, earlyMentee)) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT);
        }
        sessionHeldAndLogged(running, mentor, first.plusDays(17));
        assertThat(asked(programme, mentor)).containsExactly(ENROLMENT, FIRST_SESSION);

        // a pair ended early (by a member): its members get the end survey that day
        var endedOn = first.plusDays(20);
        clock.morningOf(endedOn);
        var ended = mvc.perform(as(earlyMentee, post("/mentorships/" + early + "/end"))
                        .with(csrf())
                        .param("reason", "SCHEDULES"))
                .andReturn()
                .getResponse();
        assertThat(ended.getStatus()).isEqualTo(302);
        settle();
        for (var person : List.of(earlyMentor, earlyMentee)) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT, END);
            assertThat(invitation(programme, person, END).sentOn()).isEqualTo(endedOn);
        }

        // the mid-point review day: the pairs still running, once however many mornings follow
        morningsUntil(midPoint.minusDays(1));
        assertThat(asked(programme, mentor)).containsExactly(ENROLMENT, FIRST_SESSION);
        morningsUntil(midPoint.plusDays(8));
        for (var person : List.of(mentor, mentee)) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT, FIRST_SESSION, MID_POINT);
            assertThat(invitation(programme, person, MID_POINT).sentOn()).isEqualTo(midPoint);
        }
        for (var person : List.of(earlyMentor, earlyMentee)) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT, END);
        }

        // the programme's closing: the end survey for the pairs still running, not again for the ended pair
        clock.morningOf(closing.minusDays(2));
        morningsUntil(closing.plusDays(8));
        for (var person : List.of(mentor, mentee)) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT, FIRST_SESSION, MID_POINT, END);
            assertThat(invitation(programme, person, END).sentOn()).isEqualTo(closing);
        }
        for (var person : List.of(earlyMentor, earlyMentee)) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT, END);
        }

        // six months after each end: the early pair first, then the others
        var earlySixMonths = endedOn.plusMonths(6);
        clock.morningOf(earlySixMonths.minusDays(2));
        morningsUntil(earlySixMonths.plusDays(8));
        for (var person : List.of(earlyMentor, earlyMentee)) {
            assertThat(asked(programme, person)).as(person).containsExactly(ENROLMENT, END, SIX_MONTHS);
            assertThat(invitation(programme, person, SIX_MONTHS).sentOn()).isEqualTo(earlySixMonths);
        }
        assertThat(asked(programme, mentor)).doesNotContain(SIX_MONTHS);
        var sixMonths = closing.plusMonths(6);
        clock.morningOf(sixMonths.minusDays(2));
        morningsUntil(sixMonths.plusDays(8));
        for (var person : List.of(mentor, mentee)) {
            assertThat(asked(programme, person))
                    .as(person)
                    .containsExactly(ENROLMENT, FIRST_SESSION, MID_POINT, END, SIX_MONTHS);
            assertThat(invitation(programme, person, SIX_MONTHS).sentOn()).isEqualTo(sixMonths);
        }
        assertThat(asked(programme, earlyMentee)).containsExactly(ENROLMENT, END, SIX_MONTHS);

        // each invitation was announced by exactly one e-mail
        morning().sendMail();
        var invited = subject("survey.invited");
        var counts = new HashMap<String, Long>();
        for (var person : everyone) {
            counts.put(
                    person,
                    subjectsReceivedBy(email(person)).stream()
                            .filter(invited::equals)
                            .count());
        }
        for (var person : everyone) {
            assertThat(counts.get(person))
                    .as(person)
                    .isEqualTo(asked(programme, person).size());
        }

        // what each moment asks, per role
        assertThat(measures(programme, mentee, ENROLMENT))
                .contains(Measure.DIGCOMP, Measure.HOPES, Measure.CLIMATE)
                .doesNotContain(Measure.INTENT_TO_STAY);
        assertThat(areas(programme, mentee, ENROLMENT)).containsExactly(DigitalArea.values());
        assertThat(measures(programme, mentor, ENROLMENT))
                .contains(Measure.HOPES, Measure.CLIMATE, Measure.INTENT_TO_STAY)
                .doesNotContain(Measure.DIGCOMP);
        for (var person : List.of(mentor, mentee)) {
            assertThat(measures(programme, person, FIRST_SESSION)).contains(Measure.FIT, Measure.SESSION_RATING);
            assertThat(measures(programme, person, MID_POINT)).contains(Measure.FUNCTIONS);
            assertThat(measures(programme, person, END))
                    .contains(Measure.CLIMATE, Measure.SATISFACTION, Measure.RECOMMENDATION, Measure.COMMENT);
            assertThat(measures(programme, person, SIX_MONTHS)).contains(Measure.STILL_APPLY, Measure.COMMENT);
        }
        assertThat(areas(programme, mentee, END)).containsExactly(DigitalArea.values());
        assertThat(measures(programme, mentee, END)).doesNotContain(Measure.LEARNED_BACK);
        assertThat(measures(programme, mentor, END)).contains(Measure.LEARNED_BACK, Measure.INTENT_TO_STAY);
    }

    private java.util.Set<Measure> measures(long programme, String person, SurveyMoment moment) {
        var measures = java.util.EnumSet.noneOf(Measure.class);
        answers.questionsFor(invitation(programme, person, moment)).forEach(q -> measures.add(q.measure()));
        return measures;
    }

    /** The DigComp areas the person assesses themselves in, in the order asked. */
    private List<DigitalArea> areas(long programme, String person, SurveyMoment moment) {
        return answers.questionsFor(invitation(programme, person, moment)).stream()
                .filter(q -> q.measure() == Measure.DIGCOMP)
                .map(SurveyDraft.Question::area)
                .toList();
    }

    @Autowired
    SurveyStore store;

    @Test
    void aSurveySwitchedOffIsSentToNobodyUntilSwitchedOnAgain() throws Exception {
        clock.morningOf(start());
        var enrolment = store.enabledFor(ENROLMENT).get(0).id();
        var switchedOff = mvc.perform(post("/admin/surveys/" + enrolment + "/enabled")
                        .param("enabled", "false")
                        .param(
                                "version",
                                String.valueOf(
                                        store.find(enrolment).orElseThrow().version()))
                        .with(user(TestUsers.withRoles(Role.ADMIN)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(switchedOff.getStatus()).isEqualTo(302);
        try {
            var whileOff = employee("Ventes", 1968);
            var programme =
                    programme(start().plusDays(30), start().plusDays(60), Map.of(whileOff, ParticipantRole.MENTEE));
            morning().sendMail();
            assertThat(asked(programme, whileOff)).isEmpty();
            assertThat(surveyMails(whileOff)).isEmpty();
            assertThat(page(whileOff, "/me")).doesNotContain("/me/surveys/");
        } finally {
            store.setEnabled(enrolment, store.find(enrolment).orElseThrow().version(), true);
        }
        var afterwards = employee("Ventes", 1969);
        var programme =
                programme(start().plusDays(30), start().plusDays(60), Map.of(afterwards, ParticipantRole.MENTEE));
        assertThat(asked(programme, afterwards)).containsExactly(ENROLMENT);
    }

    @Test
    void aParticipantReadsTheirOwnLevelBeforeAndAfterInEachDigCompArea() throws Exception {
        clock.morningOf(start());
        var mentee = employee("Production", 1965);
        var other = employee("Production", 1967);
        var mentor = employee("Informatique", 1999);
        var participants = new LinkedHashMap<String, ParticipantRole>();
        participants.put(mentee, ParticipantRole.MENTEE);
        participants.put(other, ParticipantRole.MENTEE);
        participants.put(mentor, ParticipantRole.MENTOR);
        var programme = programme(start().plusDays(30), start().plusDays(60), participants);
        // levels differ per area: the enrolment levels 1, 2, 1, 2, 1 and at the end one level up, or two, or none
        var areas = DigitalArea.values();
        var before = new int[] {1, 2, 1, 2, 1};
        var after = new int[] {2, 4, 1, 3, 3};
        answerLevels(programme, mentee, SurveyMoment.ENROLMENT, before);
        answerLevels(programme, other, SurveyMoment.ENROLMENT, new int[] {4, 4, 4, 4, 4});
        var rows = progressRows(mentee);
        assertThat(rows).hasSize(areas.length);
        for (int a = 0; a < areas.length; a++) {
            assertThat(rows.get(a))
                    .as(areas[a].name())
                    .containsExactly(
                            label(areas[a].labelKey()),
                            label("feedback.level." + before[a]),
                            label("feedback.progress.pending"));
        }

        clock.morningOf(start().plusDays(60));
        invitations.invite(SurveyMoment.END, programme, mentee, ParticipantRole.MENTEE, clock.today());
        answerLevels(programme, mentee, SurveyMoment.END, after);
        rows = progressRows(mentee);
        assertThat(rows).hasSize(areas.length);
        for (int a = 0; a < areas.length; a++) {
            var expected = new ArrayList<>(List.of(
                    label(areas[a].labelKey()),
                    label("feedback.level." + before[a]),
                    label("feedback.level." + after[a])));
            if (after[a] > before[a]) {
                expected.set(2, expected.get(2) + " " + label("feedback.progress.up", after[a] - before[a]));
            }
            assertThat(rows.get(a)).as(areas[a].name()).containsExactlyElementsOf(expected);
        }
        // the other mentee reads only their own levels; the mentor, asked no self-assessment, has none
        assertThat(progressRows(other))
                .hasSize(areas.length)
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo(label("feedback.level.4")));
        assertThat(progressRows(mentor)).isEmpty();

        // the stored answers name nobody: neither the employee number nor the e-mail, and the keyed hash that pairs
        // T0 and end answers is shown nowhere on the person's page
        var stored = jdbc.sql("select * from feedback_response r join feedback_answer a on a.response_id = r.id"
                        + " where r.program_id = :programme")
                .param("programme", programme)
                .query()
                .listOfRows();
        assertThat(stored)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.values())
                        .noneMatch(v -> v != null
                                && (v.toString().contains(mentee)
                                        || v.toString().contains(email(mentee)))));
        var page = mvc.perform(as(mentee, get("/me/surveys")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stored)
                .allSatisfy(row ->
                        assertThat(page).doesNotContain(row.get("pair_key").toString()));
    }

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    /** Answers the survey with these levels per DigComp area (in the framework's order). */
    private void answerLevels(long programme, String person, SurveyMoment moment, int[] levels) {
        var invitation = invitation(programme, person, moment);
        assertThat(answers.submit(
                        invitation.id(), person, everyQuestion(answers, invitation, 3, levels, "Des outils partagés.")))
                .isEmpty();
    }

    /** The rows of the person's "my digital progress" table on their surveys page: area, before, after. */
    private List<List<String>> progressRows(String person) throws Exception {
        var response = mvc.perform(as(person, get("/me/surveys"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var page = org.jsoup.Jsoup.parse(response.getContentAsString());
        var rows = new ArrayList<List<String>>();
        for (var row : page.select("section[aria-labelledby=progress-title] tbody tr")) {
            rows.add(row.select("th, td").eachText());
        }
        return rows;
    }
}
