package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.binome.mentorships.MentorshipTesting.participant;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.programs.Programs;
import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A pair's pages as its members, other participants, administrators and sponsors see them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
class MentorshipPagesTests {

    @Autowired
    Programs programs;

    /** This class's own programme: its pairs meet no other test's. */
    private static final MentorshipTesting.OwnProgramme PROGRAMME = new MentorshipTesting.OwnProgramme();

    private long programme() {
        return PROGRAMME.in(programs);
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Mentorships mentorships;

    @Autowired
    ObjectiveRepository objectives;

    @Autowired
    MentorshipSessionRepository sessions;

    @Autowired
    MentorshipRepository pairs;

    @Autowired
    java.time.ZoneId zone;

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }

    private TestPairs.Pair pair() {
        return TestPairs.in(programme()).start(mentorships);
    }

    private MockHttpServletRequestBuilder planning(TestPairs.Pair pair, LocalDate date, String start, String end) {
        return planningWithout(pair, date, start, end)
                .param("format", "IN_PERSON")
                .param("place", "Salle 12");
    }

    private MockHttpServletRequestBuilder planningWithout(
            TestPairs.Pair pair, LocalDate date, String start, String end) {
        return post("/mentorships/" + pair.id() + "/sessions")
                .with(user(pair.mentorUser()))
                .with(csrf())
                .param("date", date.toString())
                .param("startTime", start)
                .param("endTime", end)
                .param("agenda", "Découvrir les outils");
    }

    @Test
    void aMemberSeesTheDemoPairWithObjectivesTheLoggedSessionAndTheNextOne() throws Exception {
        var page = body(get("/mentorships/1").with(user(participant("ML00022"))), 200);
        assertThat(page)
                .contains("Bernard Lefèvre", "Publier un premier post LinkedIn", copy().fr("mentorships.next.title"));
        assertThat(page).contains("Bernard apprend vite"); // her own private note
        var partner = body(get("/mentorships/1").with(user(participant("ML00008"))), 200);
        assertThat(partner).contains("Idées de sujets").doesNotContain("Bernard apprend vite");
    }

    @Test
    void aLabelAndItsValueAreSeparatedAsEachLanguageWritesIt() throws Exception {
        var request = get("/mentorships/1").with(user(participant("ML00022")));
        var french = body(request, 200);
        var english = body(
                get("/mentorships/1")
                        .with(user(participant("ML00022")))
                        .cookie(new jakarta.servlet.http.Cookie("binome-lang", "en")),
                200);
        var measure = "Le post est en ligne et a reçu des réactions";
        assertThat(french)
                .contains(copy().fr("mentorships.objective.measure") + "\u00a0: " + measure)
                .contains(copy().fr("mentorships.review.MID_POINT") + "\u00a0:");
        assertThat(english)
                .contains(copy().en("mentorships.objective.measure") + ": " + measure)
                .contains(copy().en("mentorships.review.MID_POINT") + ":")
                .doesNotContain(copy().en("mentorships.objective.measure") + " :");
    }

    @Test
    void everyRoleOutsideThePairIsRefusedEveryItemAndTheAttemptIsLoggedWithoutContent(CapturedOutput output)
            throws Exception {
        var pair = pair();
        mentorships.writeNote(pair.id(), pair.mentor(), "Secret très personnel", false);
        var objective = mentorships.addObjective(
                pair.id(), pair.mentee(), "Objectif confidentiel", "mesure", null, ObjectiveProgress.NOT_STARTED, "");
        var session = mentorships.planSession(
                pair.id(),
                pair.mentor(),
                LocalDate.now().plusDays(20),
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                MeetingFormat.REMOTE,
                "https://visio.example.org/x",
                "Ordre du jour confidentiel");
        var items = List.of(
                "/mentorships/" + pair.id(),
                "/mentorships/" + pair.id() + "/objectives/" + objective,
                "/mentorships/" + pair.id() + "/sessions/" + session,
                "/mentorships/" + pair.id() + "/sessions/" + session + "/invitation.ics",
                "/mentorships/" + pair.id() + "/reviews/mid_point");
        var administrator = MentorshipTesting.person();
        var outsiders = List.of(
                TestUsers.employee(administrator, Role.ADMIN, Role.PARTICIPANT),
                TestUsers.employee(MentorshipTesting.person(), Role.SPONSOR, Role.PARTICIPANT),
                TestUsers.employee(MentorshipTesting.person(), Role.FACILITATOR, Role.PARTICIPANT),
                participant(MentorshipTesting.person()));
        for (var outsider : outsiders) {
            for (var item : items) {
                var page = body(get(item).with(user(outsider)), 403);
                assertThat(page)
                        .doesNotContain("Secret très personnel", "Objectif confidentiel")
                        .doesNotContain(copy().fr("mentorships.session.agenda"));
            }
            body(
                    post("/mentorships/" + pair.id() + "/notes")
                            .with(user(outsider))
                            .with(csrf())
                            .param("body", "intrusion"),
                    403);
        }
        assertThat(output.getOut())
                .contains("Access refused: user-" + administrator.toLowerCase(java.util.Locale.ROOT)
                        + " asked for mentorship " + pair.id());
        assertThat(output.getOut()).doesNotContain("Secret très personnel");
        // Members reach all of it.
        for (var item : items) {
            body(get(item).with(user(pair.menteeUser())), 200);
        }
    }

    @Test
    void administratorsSeeDatesCountsAndHealthButNeverTheTextOfNotesObjectivesOrLogs() throws Exception {
        var admin = TestUsers.employee("ML00020", Role.ADMIN, Role.PARTICIPANT);
        for (var page : List.of(
                body(get("/admin/mentorships").with(user(admin)), 200),
                body(get("/admin/programmes/1/pairs").with(user(admin)), 200),
                body(get("/admin/mentorships/1").with(user(admin)), 200))) {
            assertThat(page).contains("Bernard Lefèvre");
            assertThat(page)
                    .doesNotContain(
                            "Publier un premier post LinkedIn",
                            "Bernard apprend vite",
                            "Idées de sujets",
                            "Tour d’horizon",
                            "Créer un canal",
                            "Comment un comité",
                            "Préparer le premier post");
        }
        var list = body(get("/admin/programmes/1/pairs").with(user(admin)), 200);
        assertThat(list)
                .contains(
                        copy().fr("mentorships.health.STALLED"),
                        copy().fr("mentorships.stall.NO_RECENT_SESSION"),
                        copy().fr("mentorships.status.ENDED_EARLY"),
                        copy().fr("mentorships.status.COMPLETED"));
    }

    @Test
    void anotherPairsContentThroughOnesOwnPairIsRefusedAndLogged(CapturedOutput output) throws Exception {
        var mine = pair();
        var theirs = pair();
        var objective = mentorships.addObjective(
                theirs.id(), theirs.mentor(), "Leur objectif", null, null, ObjectiveProgress.NOT_STARTED, null);
        var session = mentorships.planSession(
                theirs.id(),
                theirs.mentor(),
                LocalDate.now().plusDays(30),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                MeetingFormat.IN_PERSON,
                "Leur salle",
                null);
        var me = mine.mentorUser();
        body(get("/mentorships/" + mine.id() + "/objectives/" + objective).with(user(me)), 403);
        body(get("/mentorships/" + mine.id() + "/sessions/" + session).with(user(me)), 403);
        body(
                get("/mentorships/" + mine.id() + "/sessions/" + session + "/invitation.ics")
                        .with(user(me)),
                403);
        body(
                post("/mentorships/" + mine.id() + "/sessions/" + session + "/cancel")
                        .with(user(me))
                        .with(csrf()),
                403);
        assertThat(output.getOut())
                .contains("asked for session " + session + " of another pair, through mentorship " + mine.id())
                .doesNotContain("Leur objectif", "Leur salle");
        assertThat(sessions.findById(session).orElseThrow().status).isEqualTo(MentorshipSession.Status.PLANNED);
    }

    @Test
    void scriptInANoteIsShownAsTextAndPrivateNotesStayWithTheirAuthor() throws Exception {
        var pair = pair();
        body(
                post("/mentorships/" + pair.id() + "/notes")
                        .with(user(pair.mentorUser()))
                        .with(csrf())
                        .param("body", "<script>alert('x')</script> à voir")
                        .param("shared", "true"),
                302);
        body(
                post("/mentorships/" + pair.id() + "/notes")
                        .with(user(pair.mentorUser()))
                        .with(csrf())
                        .param("body", "Pour moi seulement"),
                302);
        var raw = mvc.perform(get("/mentorships/" + pair.id()).with(user(pair.menteeUser())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(raw).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        assertThat(raw).doesNotContain("Pour moi seulement");
        var author = body(get("/mentorships/" + pair.id()).with(user(pair.mentorUser())), 200);
        assertThat(author).contains("Pour moi seulement", "à voir");
        assertThat(author.indexOf("Pour moi seulement"))
                .as("the newest note first")
                .isLessThan(author.indexOf("à voir"));
    }

    @Test
    void sessionsInThePastEndingBeforeTheyStartOrOfAbsurdLengthAreRefusedNextToTheField() throws Exception {
        var pair = pair();
        var past = body(planning(pair, LocalDate.now().minusDays(1), "10:00", "11:00"), 422);
        assertThat(past).contains(copy().fr("mentorships.session.error.past")).contains("date-error");
        var inverted = body(planning(pair, LocalDate.now().plusDays(5), "11:00", "10:00"), 422);
        assertThat(inverted)
                .contains(copy().fr("mentorships.session.error.endBeforeStart"))
                .contains("endTime-error");
        var tooShort = body(planning(pair, LocalDate.now().plusDays(5), "11:00", "11:05"), 422);
        assertThat(tooShort).contains(copy().fr("mentorships.session.error.duration", 15, 480));
        var tooLong = body(planning(pair, LocalDate.now().plusDays(5), "08:00", "20:00"), 422);
        assertThat(tooLong).contains(copy().fr("mentorships.session.error.duration", 15, 480));
        var garbage = body(planning(pair, LocalDate.now().plusDays(5), "midi", "13:00"), 422);
        assertThat(garbage)
                .contains(copy().fr("typeMismatch.java.time.LocalTime"))
                .contains("value=\"midi\"");
        var insecure = body(
                planningWithout(pair, LocalDate.now().plusDays(5), "10:00", "11:00")
                        .param("format", "REMOTE")
                        .param("link", "http://visio.example.org/abc"),
                422);
        assertThat(insecure).contains(copy().fr("mentorships.session.error.link"));
        assertThat(sessions.findByMentorshipIdOrderByStartsAtAsc(pair.id())).isEmpty();
    }

    @Test
    void thePairsSessionsAreListedEachWithItsLinkMomentAndTheBadgeOfItsStateInTheReadersLanguage() throws Exception {
        var pair = pair();
        var day = LocalDate.now().plusDays(9);
        body(planning(pair, day, "10:00", "11:00"), 302);
        body(planning(pair, day, "14:00", "15:00"), 302);
        var planned = sessions.findByMentorshipIdOrderByStartsAtAsc(pair.id());
        var kept = planned.get(0).id;
        var cancelled = planned.get(1).id;
        body(
                post("/mentorships/" + pair.id() + "/sessions/" + cancelled + "/cancel")
                        .with(user(pair.mentorUser()))
                        .with(csrf()),
                302);
        // Two sessions that took place: one logged, one still waiting for its log.
        var m = pairs.findById(pair.id()).orElseThrow();
        var toLog = sessions.save(MentorshipSession.plan(
                        m, slot(Instant.now().minus(3, ChronoUnit.DAYS)), pair.mentor(), "test.binome"))
                .id;
        var done =
                MentorshipSession.plan(m, slot(Instant.now().minus(10, ChronoUnit.DAYS)), pair.mentor(), "test.binome");
        done.covered = "Premiers pas";
        done.loggedBy = pair.mentor();
        done.loggedAt = Instant.now().minus(9, ChronoUnit.DAYS);
        var logged = sessions.save(done).id;

        var expected = java.util.Map.of(
                logged, SessionBadge.LOGGED,
                toLog, SessionBadge.TO_LOG,
                kept, SessionBadge.PLANNED,
                cancelled, SessionBadge.CANCELLED);
        var startsAt = new java.util.HashMap<Long, Instant>();
        sessions.findByMentorshipIdOrderByStartsAtAsc(pair.id()).forEach(x -> startsAt.put(x.id, x.startsAt));
        for (var english : List.of(false, true)) {
            var request = get("/mentorships/" + pair.id()).with(user(pair.menteeUser()));
            var page =
                    body(english ? request.cookie(new jakarta.servlet.http.Cookie("binome-lang", "en")) : request, 200);
            var rows = java.util.regex.Pattern.compile(
                            "href=\"/mentorships/" + pair.id() + "/sessions/(\\d+)\">([^<]+)</a>\\s*"
                                    + "<span class=\"badge session-badge ([\\w-]+)\">([^<]+)</span>")
                    .matcher(page)
                    .results()
                    .toList();
            assertThat(rows).as("one line per session, oldest first").hasSize(4);
            assertThat(rows.stream().map(r -> Long.parseLong(r.group(1))))
                    .containsExactly(logged, toLog, kept, cancelled);
            var moment = java.time.format.DateTimeFormatter.ofPattern(
                            english ? "d MMM yyyy, HH:mm" : "dd/MM/yyyy HH:mm",
                            english ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH)
                    .withZone(zone);
            for (var row : rows) {
                var id = Long.parseLong(row.group(1));
                var badge = expected.get(id);
                assertThat(row.group(2)).as("the session's day and time").isEqualTo(moment.format(startsAt.get(id)));
                assertThat(row.group(3)).isEqualTo(badge.cssClass());
                assertThat(row.group(4))
                        .isEqualTo(english ? copy().en(badge.messageKey()) : copy().fr(badge.messageKey()));
            }
        }
        // The session's own page shows the same badge: the colour of one waiting for its log, not of a planned one.
        var own = body(get("/mentorships/" + pair.id() + "/sessions/" + toLog).with(user(pair.menteeUser())), 200);
        assertThat(own)
                .contains("<span class=\"badge session-badge session-tolog\">" + copy().fr("mentorships.session.toLog")
                        + "</span>");
    }

    private static SessionSlot slot(Instant startsAt) {
        return new SessionSlot(startsAt, 60, MeetingFormat.IN_PERSON, "Salle 12", null, null);
    }

    /**
     * What a browser can send is what the page offers: the planning form must offer every meeting format (the field is
     * required) and the ending form every reason (required too). From 2026-12-02 the pair page offered none of either,
     * so nobody could plan a session or end a pair from it; the tests above post the values without reading the page.
     */
    @Test
    void thePairPageOffersEveryMeetingFormatAndEveryEndReasonAndWhatItOffersIsAccepted() throws Exception {
        var pair = pair();
        var page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/mentorships/" + pair.id()).with(user(pair.mentorUser())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        var planForm = page.selectFirst("form[action=/mentorships/" + pair.id() + "/sessions]");
        assertThat(planForm).isNotNull();
        var formats = planForm.select("input[type=radio][name=format]");
        assertThat(formats.eachAttr("value"))
                .containsExactlyElementsOf(java.util.Arrays.stream(MeetingFormat.values())
                        .map(Enum::name)
                        .toList());
        for (var format : formats) {
            var label = page.selectFirst("label[for=" + format.id() + "]");
            assertThat(label).isNotNull();
            assertThat(label.text()).isEqualTo(copy().fr("mentorships.format." + format.val()));
        }
        var endForm = page.selectFirst("form[action=/mentorships/" + pair.id() + "/end]");
        assertThat(endForm).isNotNull();
        assertThat(endForm.select("select[name=reason] option[value~=.+]").eachAttr("value"))
                .containsExactlyElementsOf(java.util.Arrays.stream(EndReason.values())
                        .map(Enum::name)
                        .toList());

        var day = LocalDate.now().plusDays(6);
        body(
                planningWithout(pair, day, "10:00", "11:00")
                        .param("format", formats.get(0).val())
                        .param("place", "Salle 12"),
                302);
        assertThat(sessions.findByMentorshipIdOrderByStartsAtAsc(pair.id())).hasSize(1);
    }

    @Test
    void overlappingSessionsOfOnePairAreRefused() throws Exception {
        var pair = pair();
        var day = LocalDate.now().plusDays(8);
        body(planning(pair, day, "10:00", "11:00"), 302);
        var overlap = body(planning(pair, day, "10:30", "11:30"), 422);
        assertThat(overlap).contains(copy().fr("mentorships.session.error.overlap"));
        body(planning(pair, day, "11:00", "12:00"), 302);
        assertThat(sessions.findByMentorshipIdOrderByStartsAtAsc(pair.id())).hasSize(2);

        // A long session that started earlier covers a later slot; a session moved within its own slot clashes with
        // no other; a cancelled session no longer holds its slot.
        var later = day.plusDays(1);
        body(planning(pair, later, "08:00", "12:00"), 302);
        assertThat(body(planning(pair, later, "11:30", "12:30"), 422))
                .contains(copy().fr("mentorships.session.error.overlap"));
        var planned = sessions.findByMentorshipIdOrderByStartsAtAsc(pair.id());
        var longId = planned.get(planned.size() - 1).id;
        body(
                post("/mentorships/" + pair.id() + "/sessions/" + longId)
                        .with(user(pair.mentorUser()))
                        .with(csrf())
                        .param("date", later.toString())
                        .param("startTime", "09:00")
                        .param("endTime", "12:00")
                        .param("format", "IN_PERSON")
                        .param("place", "Salle 12")
                        .param("version", "0"),
                302);
        body(
                post("/mentorships/" + pair.id() + "/sessions/" + longId + "/cancel")
                        .with(user(pair.mentorUser()))
                        .with(csrf()),
                302);
        body(planning(pair, later, "11:30", "12:30"), 302);
    }

    @Test
    void theSameObjectiveEditedFromTwoBrowsersGivesAClearConflictAndLosesNothing() throws Exception {
        var pair = pair();
        var id = mentorships.addObjective(
                pair.id(), pair.mentor(), "Apprendre Teams", null, null, ObjectiveProgress.NOT_STARTED, null);
        var read = objectives.findById(id).orElseThrow().version;
        body(
                post("/mentorships/" + pair.id() + "/objectives/" + id)
                        .with(user(pair.mentorUser()))
                        .with(csrf())
                        .param("title", "Apprendre Teams et SharePoint")
                        .param("progress", "IN_PROGRESS")
                        .param("version", String.valueOf(read)),
                302);
        var conflict = body(
                post("/mentorships/" + pair.id() + "/objectives/" + id)
                        .with(user(pair.menteeUser()))
                        .with(csrf())
                        .param("title", "Apprendre Teams en réunion")
                        .param("progress", "REACHED")
                        .param("progressComment", "Fait !")
                        .param("version", String.valueOf(read)),
                409);
        assertThat(conflict).contains(copy().frParts("mentorships.objective.conflict"));
        assertThat(conflict).contains("Apprendre Teams et SharePoint"); // the saved version
        assertThat(conflict).contains("value=\"Apprendre Teams en réunion\"").contains("value=\"Fait !\""); // theirs
        assertThat(org.jsoup.Jsoup.parse(conflict)
                        .select("input[name=progress][checked]")
                        .eachAttr("value"))
                .containsExactly("REACHED");
        var saved = objectives.findById(id).orElseThrow();
        assertThat(saved.title).isEqualTo("Apprendre Teams et SharePoint");
        // Saving again with the version shown replaces it deliberately.
        body(
                post("/mentorships/" + pair.id() + "/objectives/" + id)
                        .with(user(pair.menteeUser()))
                        .with(csrf())
                        .param("title", "Apprendre Teams en réunion")
                        .param("progress", "REACHED")
                        .param("version", String.valueOf(saved.version)),
                302);
        assertThat(objectives.findById(id).orElseThrow().progress).isEqualTo(ObjectiveProgress.REACHED);
    }

    @Test
    void kickOffRecordsTheCharterVersionEachMemberAccepted() throws Exception {
        var pair = pair();
        var refused = body(
                post("/mentorships/" + pair.id() + "/kickoff")
                        .with(user(pair.mentorUser()))
                        .with(csrf())
                        .param("charterVersion", "1")
                        .param("expectations", "Apprendre"),
                422);
        assertThat(refused).contains(copy().fr("AssertTrue.kickOffForm.charterAccepted"));
        body(
                post("/mentorships/" + pair.id() + "/kickoff")
                        .with(user(pair.mentorUser()))
                        .with(csrf())
                        .param("charterVersion", "1")
                        .param("charterAccepted", "true")
                        .param("expectations", "Transmettre mes usages"),
                302);
        var page = body(get("/mentorships/" + pair.id()).with(user(pair.menteeUser())), 200);
        assertThat(page)
                .contains("charte v1 acceptée le", "Transmettre mes usages", copy().fr("mentorships.kickoff.pending"));
        var stale = body(
                post("/mentorships/" + pair.id() + "/kickoff")
                        .with(user(pair.menteeUser()))
                        .with(csrf())
                        .param("charterVersion", "0")
                        .param("charterAccepted", "true")
                        .param("expectations", "Apprendre"),
                409);
        assertThat(stale).contains(copy().frUpToArgument("mentorships.kickoff.error.charterChanged"));
    }

    @Test
    void aMemberEndsThePairEarlyWithAReasonAndNoBlame() throws Exception {
        var pair = pair();
        var missing = body(
                post("/mentorships/" + pair.id() + "/end")
                        .with(user(pair.menteeUser()))
                        .with(csrf()),
                422);
        assertThat(missing).contains("reason-error");
        body(
                post("/mentorships/" + pair.id() + "/end")
                        .with(user(pair.menteeUser()))
                        .with(csrf())
                        .param("reason", "ROLE_CHANGE")
                        .param("rematch", "true"),
                302);
        var page = body(get("/mentorships/" + pair.id()).with(user(pair.mentorUser())), 200);
        assertThat(page)
                .contains(copy().fr("mentorships.status.ENDED_EARLY"), copy().fr("mentorships.endReason.ROLE_CHANGE"));
        assertThat(mentorships.isPaired(programme(), pair.mentor(), pair.mentee()))
                .isFalse();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.binome.people.Directory directory;

    /**
     * A pair whose members are known to the directory by these names ("First Last"), as real members are: notices
     * reach them and name them.
     */
    private TestPairs.Pair namedPair(String mentorName, String menteeName) {
        var pair = pair();
        for (var member : java.util.Map.of(pair.mentor(), mentorName, pair.mentee(), menteeName)
                .entrySet()) {
            var names = member.getValue().split(" ", 2);
            org.binome.support.TestPeople.person()
                    .number(member.getKey())
                    .named(names[0], names[1])
                    .registerIn(directory);
        }
        return pair;
    }

    /**
     * The other members are told their pair ended, by whom, with a link to it; the word left for them is pair
     * content: shown on their pair's page, never in the notification or the e-mail (administrators read the outbox),
     * nor on the administrators' page of the pair.
     */
    @Test
    void theOtherMembersAreToldThePairEndedAndOnlyTheirPairsPageHoldsTheWordLeftForThem() throws Exception {
        var pair = namedPair("Inès Mentor", "Gérard Mentoré");
        var word = "Mon planning ne suit plus, désolé " + System.nanoTime();
        body(planning(pair, LocalDate.now().plusDays(9), "12:30", "13:30"), 302);
        body(
                post("/mentorships/" + pair.id() + "/end")
                        .with(user(pair.menteeUser()))
                        .with(csrf())
                        .param("reason", "SCHEDULES")
                        .param("message", word)
                        .param("rematch", "true"),
                302);
        var key = "pair.ended:" + pair.id();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from notification"
                                        + " where recipient_employee_number = ? and idempotency_key like ?")
                                .params(pair.mentor(), key + "|%")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
        var told = jdbc.sql("select template, title, body, link from notification"
                        + " where recipient_employee_number = ? and idempotency_key like ?")
                .params(pair.mentor(), key + "|%")
                .query()
                .singleRow();
        var ender = "Gérard Mentoré";
        assertThat(told.get("template")).isEqualTo("pair.ended-early");
        assertThat((String) told.get("title")).contains(ender);
        assertThat((String) told.get("body")).doesNotContain(word);
        assertThat(told.get("link")).isEqualTo("/mentorships/" + pair.id());
        assertThat(jdbc.sql("select count(*) from notification where recipient_employee_number = ? and"
                                + " idempotency_key like ?")
                        .params(pair.mentee(), key + "|%")
                        .query(Long.class)
                        .single())
                .as("the member who ended it is not told")
                .isZero();
        assertThat(jdbc.sql("select text_body || html_body from mail_outbox where idempotency_key like ?")
                        .param(key + "|%")
                        .query(String.class)
                        .list())
                .as("the e-mail to the mentor")
                .hasSize(1)
                .noneMatch(text -> text.contains(word));

        var mentorsPage = body(get("/mentorships/" + pair.id()).with(user(pair.mentorUser())), 200);
        assertThat(mentorsPage).contains(word).contains(copy().fr("mentorships.endWord", ender));
        // Its coming session is cancelled: no "next session" any more, and the mentor gets the calendar's cancellation.
        assertThat(sessions.findByMentorshipIdOrderByStartsAtAsc(pair.id()))
                .extracting(x -> x.status)
                .containsExactly(MentorshipSession.Status.CANCELLED);
        assertThat(mentorsPage).doesNotContain(copy().fr("mentorships.next.title"));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("select title from notification where"
                                        + " recipient_employee_number = ? and template = 'session.cancelled'"
                                        + " and link = ?")
                                .params(pair.mentor(), "/mentorships/" + pair.id())
                                .query(String.class)
                                .list())
                        .hasSize(1));
        var admin = TestUsers.employee("ML00020", Role.ADMIN, Role.PARTICIPANT);
        assertThat(body(get("/admin/mentorships/" + pair.id()).with(user(admin)), 200))
                .doesNotContain(word);
    }

    /**
     * A pair ended by an administrator (a member left the company): both members are told it was the programme team,
     * its coming session is cancelled and each is told so with the other's name, not the administrator's.
     */
    @Test
    void aPairEndedByTheProgrammeTeamCancelsItsComingSessionAndTellsBothMembers() throws Exception {
        var pair = namedPair("Hugo Mentor", "Pierre Parti");
        body(planning(pair, LocalDate.now().plusDays(11), "09:00", "10:00"), 302);
        var admin = TestUsers.employee("ML00020", Role.ADMIN, Role.PARTICIPANT);
        body(
                post("/admin/mentorships/" + pair.id() + "/end")
                        .with(user(admin))
                        .with(csrf())
                        .param("reason", "LEAVING"),
                302);
        assertThat(sessions.findByMentorshipIdOrderByStartsAtAsc(pair.id()))
                .extracting(x -> x.status)
                .containsExactly(MentorshipSession.Status.CANCELLED);
        var other = java.util.Map.of(pair.mentor(), "Pierre Parti", pair.mentee(), "Hugo Mentor");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    for (var member : other.keySet()) {
                        var templates = jdbc.sql("select template, body from notification"
                                        + " where recipient_employee_number = ? and link like ?")
                                .params(member, "/mentorships/" + pair.id() + "%")
                                .query((rs, n) -> rs.getString(1) + ": " + rs.getString(2))
                                .list();
                        assertThat(templates)
                                .as(member)
                                .anyMatch(t -> t.startsWith("pair.ended-by-programme: "))
                                .anyMatch(t -> t.startsWith("session.cancelled: ") && t.contains(other.get(member)))
                                .noneMatch(t -> t.contains("ML00020"));
                    }
                });
        assertThat(body(get("/mentorships/" + pair.id()).with(user(pair.mentorUser())), 200))
                .doesNotContain(copy().fr("mentorships.next.title"))
                .contains(copy().fr("mentorships.endReason.LEAVING"))
                .contains(copy().frUpToArgument("mentorships.endedEarlyOn"));
    }

    @Test
    void myMentorshipsListsThePairsNextSessionAndWhatToDoNext() throws Exception {
        var page = body(get("/me/mentorships").with(user(participant("ML00022"))), 200);
        assertThat(page)
                .contains(
                        copy().fr("mentorships.next.title"), "Bernard Lefèvre", copy().fr("mentorships.actions.title"));
        var fresh = pair();
        var other = body(get("/me/mentorships").with(user(fresh.menteeUser())), 200);
        assertThat(other)
                .contains(copy().frUpToArgument("mentorships.action.KICK_OFF"))
                .contains(copy().frUpToArgument("mentorships.action.WRITE_OBJECTIVES"))
                .contains(copy().frUpToArgument("mentorships.action.PLAN_SESSION"));
    }
}
