package org.binome.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.people.Directory;
import org.binome.programs.MatchingSettings;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramFormat;
import org.binome.programs.ProgramStatus;
import org.binome.programs.ProgrammeSetup;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
// Over 400 lines: one Spring context for the whole matching workflow (run, review, lock, publish, events); each test
// is short and stands alone, and splitting the class would start a second context.
@ActiveProfiles({"test", "demo"})
@AutoConfigureMockMvc
@RecordApplicationEvents
class MatchingWorkflowTests {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MatchingPage matchingPage;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Programs programs;

    @Autowired
    Directory directory;

    @Autowired
    MatchingPage page;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MatchingRuns matchingRuns;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MatchingRunRepository runRepository;

    @Autowired
    CohortSource cohortSource;

    private static int programmes;

    @Test
    void theRunningDemoProgrammeShowsAFinishedRunWithItsQualityReport() throws Exception {
        var html = content(get("/admin/programmes/1/matching").with(admin()), 200);
        assertThat(html)
                .contains(
                        copy().fr("matching.quality.title"),
                        copy().fr("matching.quality.optimal"),
                        copy().fr("matching.quality.greedy"),
                        copy().fr("matching.proposal.status.ACCEPTED"));
        // each assignment's histogram: one bar a decile, its height a tenth of the tallest, its title the decile's
        // count
        var report = runRepository.findAll().stream()
                .map(MatchingRun::view)
                .filter(run -> run.programId() == 1 && run.status() == MatchingRun.Status.DONE)
                .max(java.util.Comparator.comparingLong(MatchingRun.RunView::id))
                .orElseThrow();
        var histograms = org.jsoup.Jsoup.parse(html).select(".score-histogram");
        assertThat(histograms).hasSize(2);
        var distribution = report.optimal().distribution();
        int tallest = java.util.Arrays.stream(distribution).max().orElseThrow();
        var bars = histograms.get(0).select("span.score-bucket");
        assertThat(bars).hasSize(10);
        for (int b = 0; b < 10; b++) {
            assertThat(bars.get(b).attr("title")).isEqualTo((b * 10) + "–" + (b * 10 + 9) + " : " + distribution[b]);
            assertThat(bars.get(b).hasClass("h-" + Math.round(distribution[b] * 10.0 / tallest) * 10))
                    .as("bar %s of %s", b, bars.get(b).className())
                    .isTrue();
        }
    }

    /**
     * A proposal's score components are read when its detail is opened (htmx), not drawn for every proposal of the
     * page: the page names where to read them, and they come named in the reader's language, each with its percentage.
     */
    @Test
    void aProposalsScoreComponentsAreReadWhenItsDetailIsOpened() throws Exception {
        var proposal = page.proposalsOf(1).get(0);
        var components = "/admin/programmes/1/matching/proposals/" + proposal.id + "/components";
        var html = content(get("/admin/programmes/1/matching").with(admin()), 200);
        assertThat(html).contains("hx-get=\"" + components + "\"").doesNotContain("aria-valuenow");

        var detail = content(get(components).with(admin()), 200);
        var values = proposal.componentValues();
        for (var c : ScoreComponent.values()) {
            assertThat(detail)
                    .contains("aria-valuenow=\"" + Math.round(values[c.ordinal()] * 100) + "\" aria-label=\""
                            + copy().fr("matching.component." + c.name()) + "\"");
        }
        var english = content(get(components).with(admin()).param("lang", "en"), 200);
        assertThat(english).contains(copy().en("matching.component.SKILL_FIT"));
    }

    /**
     * The page never lists a whole cohort for pairing by hand: at most {@link MatchingPage#FREE_SHOWN} of each side,
     * by name, with a note when there are more, and a search on a name or department finds the others.
     */
    @Test
    void pairingByHandOffersTheFirstFreePeopleAndASearchFindsTheOthers() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 4, 4);
        var view = matchingPage.admin(id, java.util.Locale.FRENCH, "");
        assertThat(view.freeMentors()).hasSizeLessThanOrEqualTo(MatchingPage.FREE_SHOWN);
        assertThat(view.freeMentors().size()).isEqualTo(Math.min(MatchingPage.FREE_SHOWN, view.freeMentorsFound()));
        assertThat(view.freeMentees().size()).isEqualTo(Math.min(MatchingPage.FREE_SHOWN, view.freeMenteesFound()));
        assertThat(view.freeMentorsFound()).isEqualTo(view.mentors());
        var page = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        int options = page.split("<option value=\"ML", -1).length - 1;
        assertThat(options)
                .isEqualTo(view.freeMentors().size() + view.freeMentees().size());
        if (view.freeMentorsFound() > MatchingPage.FREE_SHOWN || view.freeMenteesFound() > MatchingPage.FREE_SHOWN) {
            assertThat(page).contains("free-shown");
        }
        var someone = view.freeMentors().get(view.freeMentors().size() - 1);
        var found = content(
                get("/admin/programmes/" + id + "/matching")
                        .param("q", someone.displayName())
                        .with(admin()),
                200);
        assertThat(found).contains("value=\"" + someone.employeeNumber() + "\"");
        assertThat(found.split("<option value=\"ML", -1).length - 1)
                .as("only the people of that name")
                .isLessThan(options);
        assertThat(content(
                        get("/admin/programmes/" + id + "/matching").with(participant(someone.employeeNumber())), 403))
                .isNotNull();
    }

    /**
     * An empty side of the pairing-by-hand form says why instead of offering only "Choose…": everyone has a proposal
     * or a pair, or nobody free matches the search.
     */
    @Test
    void pairingByHandSaysWhyASideOffersNobody() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 5, 3);
        runAndWait(id);
        var view = page.admin(id, java.util.Locale.FRENCH, "");
        var html = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        var menteesNone = copy().fr("matching.pair.noneFree.MENTEE");
        if (view.freeMentees().isEmpty()) {
            assertThat(html).contains(menteesNone).contains("aria-describedby=\"pair-mentee-none\"");
        } else {
            assertThat(html).doesNotContain(menteesNone).doesNotContain("pair-mentee-none");
        }
        assertThat(view.freeMentors()).as("five mentors for three mentees").isNotEmpty();
        assertThat(html).doesNotContain(copy().fr("matching.pair.noneFree.MENTOR"));

        var nobody = content(
                get("/admin/programmes/" + id + "/matching")
                        .param("q", "zz-personne-de-ce-nom")
                        .param("lang", "en")
                        .with(admin()),
                200);
        assertThat(nobody.split(java.util.regex.Pattern.quote(copy().en("matching.pair.noneFound")), -1).length - 1)
                .as("both sides")
                .isEqualTo(2);
        assertThat(nobody).contains("id=\"pair-mentor-none\"").contains("id=\"pair-mentee-none\"");
    }

    /**
     * A pair that ends early with a new pair offered gives its members back to matching: free on the page, matched
     * again by the next run, never with each other; a pair ended without it keeps its members out.
     */
    @Test
    void aPairEndedEarlyWithANewPairOfferedGivesItsMembersBackToMatchingNeverTogether() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 3, 2);
        runAndWait(id);
        publish(id);
        var published = proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.PUBLISHED));
        assertThat(published).as("both mentees proposed").hasSize(2);
        var pairs = new java.util.ArrayList<Long>();
        for (var proposal : published) {
            for (var person : proposal.people()) {
                answer(proposal.id, person, "accept");
            }
            pairs.add(await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> jdbc.sql("select id from mentorship where proposal_id = ? and status = 'ACTIVE'")
                                    .param(proposal.id)
                                    .query(Long.class)
                                    .optional(),
                            java.util.Optional::isPresent)
                    .orElseThrow());
        }
        var rematched = published.get(0);
        var kept = published.get(1);
        for (int i = 0; i < 2; i++) {
            var proposal = published.get(i);
            content(
                    post("/mentorships/" + pairs.get(i) + "/end")
                            .with(participant(proposal.mentees().get(0)))
                            .with(csrf())
                            .param("reason", "NOT_A_MATCH")
                            .param("rematch", String.valueOf(i == 0)),
                    302);
        }
        assertThat(proposals.findById(rematched.id).orElseThrow().status).isEqualTo(Proposal.Status.ENDED);
        assertThat(proposals.findById(kept.id).orElseThrow().status).isEqualTo(Proposal.Status.ACCEPTED);

        var view = page.admin(id, java.util.Locale.FRENCH, "");
        var free = new java.util.HashSet<String>();
        view.freeMentors().forEach(f -> free.add(f.employeeNumber()));
        view.freeMentees().forEach(f -> free.add(f.employeeNumber()));
        assertThat(free).containsAll(rematched.people()).doesNotContainAnyElementsOf(kept.people());
        assertThat(content(get("/admin/programmes/" + id + "/matching").with(admin()), 200))
                .contains(copy().fr("matching.proposal.status.ENDED"));

        runAndWait(id);
        var again = proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT));
        assertThat(again)
                .as("the mentee given back is proposed again, with another mentor")
                .anySatisfy(p -> assertThat(p.mentees()).isEqualTo(rematched.mentees()))
                .noneMatch(p ->
                        p.mentors().equals(rematched.mentors()) && p.mentees().equals(rematched.mentees()))
                .noneMatch(p -> p.people().stream().anyMatch(kept.people()::contains));
    }

    /**
     * Someone HR marked as left keeps their accepted application but is never proposed again, nor offered for pairing
     * by hand, nor counted in the cohort.
     */
    @Test
    void someoneWhoLeftTheCompanyIsNeitherProposedNorOfferedNorCounted() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 2, 2);
        var before = page.admin(id, java.util.Locale.FRENCH, "");
        var gone = before.freeMentees().get(0).employeeNumber();
        directory.recordDeparture(gone, java.time.LocalDate.now());
        runAndWait(id);
        assertThat(proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT)))
                .as("the other mentee is still proposed")
                .isNotEmpty()
                .noneMatch(p -> p.people().contains(gone));
        var after = page.admin(id, java.util.Locale.FRENCH, "");
        assertThat(after.mentees()).isEqualTo(before.mentees() - 1);
        assertThat(after.freeMentees()).noneMatch(f -> f.employeeNumber().equals(gone));
        assertThat(content(get("/admin/programmes/" + id + "/matching").with(admin()), 200))
                .doesNotContain("value=\"" + gone + "\"");
    }

    /**
     * The page counts in the database what the run reads whole: after a run, its figures, its free people and a search
     * give what the run's cohort (every accepted applicant in the directory) filtered in memory gives.
     */
    @Test
    void thePageCountsTheCohortAsTheRunReadsIt() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 5, 3);
        runAndWait(id);
        var cohort = cohortSource.cohort(programs.find(id).orElseThrow());
        var busy = new java.util.HashSet<String>();
        proposals.findByProgramId(id).stream()
                .filter(p -> p.status != Proposal.Status.REMOVED && p.status != Proposal.Status.DECLINED)
                .forEach(p -> busy.addAll(p.people()));
        assertThat(busy).as("the run drafted pairs").isNotEmpty();
        var view = page.admin(id, java.util.Locale.FRENCH, "");
        assertThat(view.mentors()).isPositive().isEqualTo(cohort.mentors().size());
        assertThat(view.mentees()).isPositive().isEqualTo(cohort.mentees().size());
        assertFree(view, cohort, busy, "");
        var department = cohort.mentors().get(0).department();
        assertFree(
                page.admin(id, java.util.Locale.FRENCH, department.toUpperCase(java.util.Locale.FRENCH)),
                cohort,
                busy,
                department);
        var name = cohort.mentees().get(0).displayName();
        assertFree(page.admin(id, java.util.Locale.FRENCH, " " + name + " "), cohort, busy, name);
        var html = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        assertThat(html)
                .contains(copy().fr(
                                "matching.cohort.summary",
                                cohort.mentors().size(),
                                cohort.mentees().size(),
                                copy().fr("matching.format.PAIRS")));
    }

    /**
     * The page reads proposals and runs with plain SQL: every programme's proposals come as the repository's aggregates
     * (every field, members in their order, answers included), and the latest and the latest finished run are the
     * repository's.
     */
    @Test
    void thePageReadsProposalsAndRunsAsTheRepositoriesDo() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 3, 3);
        runAndWait(id);
        // a later run that failed: the latest run is then another than the latest finished one
        var failed = MatchingRun.started(id, "admin", java.time.Instant.now());
        failed.status = MatchingRun.Status.FAILED;
        failed.error = "stopped";
        failed.finishedAt = java.time.Instant.now();
        runRepository.save(failed);
        var runs = runRepository.findAll();
        int compared = 0;
        boolean answered = false;
        for (var programme : programs.findAll()) {
            var read = page.proposalsOf(programme.id());
            var expected = proposals.findByProgramId(programme.id()).stream()
                    .sorted(java.util.Comparator.comparing((Proposal p) -> p.id))
                    .toList();
            assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(expected);
            compared += read.size();
            answered |= read.stream().anyMatch(p -> p.members.stream().anyMatch(m -> m.answeredAt != null));
            var view = page.admin(programme.id(), java.util.Locale.FRENCH, "");
            var ofProgramme = runs.stream()
                    .filter(r -> r.programId == programme.id())
                    .sorted(java.util.Comparator.comparing((MatchingRun r) -> r.id)
                            .reversed())
                    .toList();
            assertThat(view.latest())
                    .usingRecursiveComparison()
                    .isEqualTo(ofProgramme.stream().findFirst().map(MatchingRun::view));
            assertThat(view.report())
                    .usingRecursiveComparison()
                    .isEqualTo(ofProgramme.stream()
                            .filter(r -> r.status == MatchingRun.Status.DONE)
                            .findFirst()
                            .map(MatchingRun::view));
            assertThat(page.latestRun(programme.id()))
                    .usingRecursiveComparison()
                    .isEqualTo(view.latest());
        }
        var view = page.admin(id, java.util.Locale.FRENCH, "");
        assertThat(view.latest().orElseThrow().status()).isEqualTo(MatchingRun.Status.FAILED);
        assertThat(view.latest().orElseThrow().error()).isEqualTo("stopped");
        assertThat(view.report().orElseThrow().status()).isEqualTo(MatchingRun.Status.DONE);
        assertThat(view.report().orElseThrow().optimal().matched()).isPositive();
        assertThat(compared).as("proposals compared").isPositive();
        assertThat(answered).as("the demo's accepted proposals carry answers").isTrue();
    }

    private static void assertFree(MatchingPage.View view, Cohort cohort, java.util.Set<String> busy, String search) {
        var wanted = search.strip().toLowerCase(java.util.Locale.FRENCH);
        java.util.function.Predicate<Candidate> found = c -> c.displayName()
                        .toLowerCase(java.util.Locale.FRENCH)
                        .contains(wanted)
                || (c.department() != null
                        && c.department().toLowerCase(java.util.Locale.FRENCH).contains(wanted));
        var mentors = cohort.mentors().stream()
                .filter(c -> !busy.contains(c.employeeNumber()))
                .filter(found)
                .map(Candidate::employeeNumber)
                .toList();
        var mentees = cohort.mentees().stream()
                .filter(c -> !busy.contains(c.employeeNumber()))
                .filter(found)
                .map(Candidate::employeeNumber)
                .toList();
        assertThat(view.freeMentorsFound()).as("free mentors for '%s'", search).isEqualTo(mentors.size());
        assertThat(view.freeMenteesFound()).as("free mentees for '%s'", search).isEqualTo(mentees.size());
        assertThat(view.freeMentors())
                .extracting(MatchingPage.Free::employeeNumber)
                .containsExactlyInAnyOrderElementsOf(mentors);
        assertThat(view.freeMentees())
                .extracting(MatchingPage.Free::employeeNumber)
                .containsExactlyInAnyOrderElementsOf(mentees);
    }

    @Test
    void anEmptyCohortIsRefusedWithAClearMessage() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 0, 0);
        var html = content(
                post("/admin/programmes/" + id + "/matching/run").with(admin()).with(csrf()), 422);
        assertThat(html).contains(copy().fr("matching.error.emptyCohort"));
        assertThat(page.latestRun(id)).isEmpty();
    }

    @Test
    void oneSideEmptyIsRefusedWithAClearMessage() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 0, 2);
        var html = content(
                post("/admin/programmes/" + id + "/matching/run").with(admin()).with(csrf()), 422);
        assertThat(html).contains(copy().fr("matching.error.noMentors"));
    }

    @Test
    void administratorRunsPublishesAndBothAcceptingOpensTheMatchWhileADeclineFreesBoth() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 3, 3);
        runAndWait(id);
        var html = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        assertThat(html)
                .contains(
                        copy().fr("matching.quality.title"),
                        copy().fr("matching.proposal.status.DRAFT"),
                        copy().fr("matching.explain.noHierarchy"));
        var drafts = proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT));
        assertThat(drafts).isNotEmpty();

        publish(id);
        assertThat(events.stream(ProposalPublished.class).filter(e -> e.programId() == id))
                .hasSize(drafts.size());

        var first = proposals.findById(drafts.get(0).id).orElseThrow();
        var mentor = first.mentors().get(0);
        var mentee = first.mentees().get(0);
        var mine = content(get("/me/proposals").with(participant(mentee)), 200);
        assertThat(mine).contains(directory.find(mentor).orElseThrow().fullName());
        answer(first.id, mentor, "accept");
        answer(first.id, mentee, "accept");
        assertThat(proposals.findById(first.id).orElseThrow().status).isEqualTo(Proposal.Status.ACCEPTED);
        assertThat(events.stream(MatchAccepted.class).filter(e -> e.proposalId() == first.id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.mentors()).containsExactly(mentor);
                    assertThat(e.mentees()).containsExactly(mentee);
                });

        if (drafts.size() > 1) {
            var second = proposals.findById(drafts.get(1).id).orElseThrow();
            answer(second.id, second.mentees().get(0), "decline");
            assertThat(proposals.findById(second.id).orElseThrow().status).isEqualTo(Proposal.Status.DECLINED);
            assertThat(events.stream(MatchDeclined.class).filter(e -> e.proposalId() == second.id))
                    .hasSize(1);
            runAndWait(id);
            var again = proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT));
            assertThat(again)
                    .noneMatch(p ->
                            p.mentors().equals(second.mentors()) && p.mentees().equals(second.mentees()));
        }
    }

    @Test
    void aStaleAnswerIsAConflictWithAClearMessage() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 2, 2);
        runAndWait(id);
        publish(id);
        var proposal = proposals
                .findByProgramIdAndStatusIn(id, List.of(Proposal.Status.PUBLISHED))
                .get(0);
        var html = content(
                post("/me/proposals/" + proposal.id + "/accept")
                        .with(participant(proposal.mentees().get(0)))
                        .with(csrf())
                        .param("version", String.valueOf(proposal.version + 7)),
                409);
        assertThat(html).contains(copy().fr("matching.error.conflict"));
    }

    @Test
    void lockedPairsAreKeptWhenMatchingRunsAgain() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 3, 3);
        runAndWait(id);
        var draft = proposals
                .findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT))
                .get(0);
        lock(id, draft.id);
        runAndWait(id);
        assertThat(proposals.findById(draft.id)).hasValueSatisfying(p -> {
            assertThat(p.locked).isTrue();
            assertThat(p.status).isEqualTo(Proposal.Status.DRAFT);
        });
    }

    /**
     * A run over a large cohort proposes hundreds of pairs: the page shows them a page at a time, in the order of the
     * whole list (by status, then mentor), and an action on a proposal comes back to its page.
     */
    @Test
    void theProposalsComeAPageAtATimeAndAnActionComesBackToItsPage() throws Exception {
        var all = page.admin(1, java.util.Locale.FRENCH, "", new org.binome.shared.Paging(0, 1_000));
        assertThat(all.proposalsTotal()).isEqualTo(all.proposals().size()).isGreaterThan(10);
        var second = page.admin(1, java.util.Locale.FRENCH, "", new org.binome.shared.Paging(1, 5));
        assertThat(second.proposalsTotal()).isEqualTo(all.proposalsTotal());
        assertThat(second.proposals().stream().map(MatchingPage.Row::id))
                .containsExactlyElementsOf(all.proposals().subList(5, 10).stream()
                        .map(MatchingPage.Row::id)
                        .toList());
        var last = (all.proposalsTotal() - 1) / 5;
        assertThat(page.admin(1, java.util.Locale.FRENCH, "", new org.binome.shared.Paging(99, 5))
                        .proposalsPage()
                        .page())
                .as("past the last page: the last")
                .isEqualTo(last);

        long id = programme(ProgramFormat.PAIRS, 3, 3);
        runAndWait(id);
        var draft = proposals
                .findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT))
                .get(0);
        var response = mvc.perform(post("/admin/programmes/" + id + "/matching/proposals/" + draft.id + "/lock")
                        .with(admin())
                        .with(csrf())
                        .param("locked", "true")
                        .param("page", "2")
                        .param("size", "50"))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl())
                .isEqualTo("/admin/programmes/" + id + "/matching?page=2&size=50#proposals");
        var html = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        assertThat(html)
                .as("a page of a few proposals: no pager, each action says which page it was taken on")
                .doesNotContain("class=\"pager\"")
                .contains(
                        "<input type=\"hidden\" name=\"page\" value=\"0\"><input type=\"hidden\" name=\"size\" value=\"25\">");
    }

    /**
     * Each proposal's line on the matching page in the reader's language: its score as a whole number, its status, the
     * lock button saying what it will do, the remove button with its confirmation; a locked proposal says so.
     */
    @Test
    void eachProposalsLineSaysItsScoreStatusAndLockInTheReadersLanguage() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 3, 3);
        runAndWait(id);
        var drafts = proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT));
        assertThat(drafts).hasSizeGreaterThan(1);
        var locked = drafts.get(0);
        var open = drafts.get(1);
        lock(id, locked.id);
        for (var english : List.of(false, true)) {
            java.util.function.Function<String, String> text = key -> english ? copy().en(key) : copy().fr(key);
            var request = get("/admin/programmes/" + id + "/matching").with(admin());
            var page = org.jsoup.Jsoup.parse(content(english ? request.param("lang", "en") : request, 200));
            java.util.function.Function<Proposal, org.jsoup.nodes.Element> line =
                    proposal -> page.selectFirst("form[action$=/proposals/" + proposal.id + "/lock]")
                            .closest("tr");
            for (var proposal : List.of(locked, open)) {
                var row = line.apply(proposal);
                assertThat(row.select("td").get(2).text())
                        .as("a whole number, halves to the even one")
                        .isEqualTo(new java.math.BigDecimal(proposal.score)
                                .setScale(0, java.math.RoundingMode.HALF_EVEN)
                                .toPlainString());
                assertThat(row.selectFirst(".status-badge").text())
                        .isEqualTo(text.apply("matching.proposal.status.DRAFT"));
                assertThat(row.selectFirst("summary").text())
                        .isEqualTo(text.apply("matching.proposals.components.show"));
                assertThat(row.selectFirst("form[action$=/remove]").attr("data-confirm"))
                        .isEqualTo(text.apply("matching.proposal.removeConfirm"));
                assertThat(row.selectFirst("form[action$=/remove] button").text())
                        .isEqualTo(text.apply("matching.proposal.remove"));
                // each form posts with the session's CSRF token and brings the administrator back to this page
                assertThat(row.select("form[method=post]")).hasSize(2);
                for (var form : row.select("form")) {
                    assertThat(form.select("input[type=hidden][name=_csrf]").attr("value"))
                            .isNotBlank();
                    assertThat(form.selectFirst("input[name=page]").val()).isEqualTo("0");
                    assertThat(form.selectFirst("input[name=size]").val())
                            .isEqualTo(String.valueOf(org.binome.shared.Paging.DEFAULT_SIZE));
                    assertThat(form.selectFirst("button[type=submit]")).isNotNull();
                }
            }
            var lockedRow = line.apply(locked);
            assertThat(lockedRow.text()).contains(text.apply("matching.proposal.locked"));
            assertThat(lockedRow.selectFirst("form[action$=/lock] button").text())
                    .isEqualTo(text.apply("matching.proposal.unlock"));
            assertThat(lockedRow.selectFirst("input[name=locked]").val()).isEqualTo("false");
            var openRow = line.apply(open);
            assertThat(openRow.text()).doesNotContain(text.apply("matching.proposal.locked"));
            assertThat(openRow.selectFirst("form[action$=/lock] button").text())
                    .isEqualTo(text.apply("matching.proposal.lock"));
            assertThat(openRow.selectFirst("input[name=locked]").val()).isEqualTo("true");
        }
    }

    @Test
    void groupMentoringFormsGroupsAroundAMentor() throws Exception {
        long id = programme(ProgramFormat.GROUPS, 2, 5);
        runAndWait(id);
        var groups = proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT));
        assertThat(groups).isNotEmpty().allSatisfy(g -> {
            assertThat(g.mentors()).hasSize(1);
            assertThat(g.mentees().size()).isBetween(2, 4);
        });
    }

    @Test
    void withTwoMentorsPerGroupAGroupHasTwoMentorsAndAcceptingOpensItWithBoth() throws Exception {
        long id = programme(ProgramFormat.GROUPS, 4, 4);
        var form = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        assertThat(form)
                .contains(copy().fr("matching.run.mentorsPerGroup"), copy().fr("matching.run.mentorsPerGroup.2"));
        runAndWait(id, "2");
        var groups = proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT));
        assertThat(groups).isNotEmpty().allSatisfy(g -> {
            assertThat(g.mentors()).doesNotHaveDuplicates().hasSizeBetween(1, 2);
            assertThat(g.mentees().size()).isBetween(2, 4);
        });
        var pair = groups.stream()
                .filter(g -> g.mentors().size() == 2)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group with two mentors: " + groups.size()));
        var html = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        assertThat(html)
                .contains(copy().fr("matching.run.twoMentors"))
                .contains(copy().frParts("matching.explain.coMentors.together"));
        for (var mentor : pair.mentors()) {
            assertThat(html).contains(directory.find(mentor).orElseThrow().fullName());
        }

        publish(id);
        for (var person : pair.people()) {
            answer(pair.id, person, "accept");
        }
        assertThat(events.stream(MatchAccepted.class).filter(e -> e.proposalId() == pair.id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.mentors()).containsExactlyElementsOf(pair.mentors());
                    assertThat(e.mentees()).containsExactlyElementsOf(pair.mentees());
                });
    }

    @Test
    void aMentorsPerGroupOtherThanOneOrTwoIsRefused() throws Exception {
        long id = programme(ProgramFormat.GROUPS, 2, 4);
        var html = content(
                post("/admin/programmes/" + id + "/matching/run")
                        .with(admin())
                        .with(csrf())
                        .param("mentorsPerGroup", "3"),
                422);
        assertThat(html).contains(copy().fr("matching.error.mentorsPerGroup"));
        assertThat(page.latestRun(id)).isEmpty();
    }

    @Test
    void aRunRunningLongerThanTheTimeoutIsInterruptedAndNoLongerBlocksTheProgramme() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 2, 2);
        runAndWait(id);
        var before = draftIds(id);
        assertThat(before).isNotEmpty();
        var stale = strandedRun(id, java.time.Instant.now().minus(java.time.Duration.ofHours(2)), "crashed-node");

        assertThat(matchingRuns.interruptTimedOut(id)).isEqualTo(1);

        assertThat(runRepository.findById(stale.id)).hasValueSatisfying(run -> {
            assertThat(run.status).isEqualTo(MatchingRun.Status.INTERRUPTED);
            assertThat(run.interruption).isEqualTo(MatchingRun.Interruption.TIMEOUT);
        });
        assertThat(draftIds(id)).isEqualTo(before);
        var html = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        assertThat(html)
                .contains(copy().fr("matching.run.status.INTERRUPTED"), copy().fr("matching.run.interrupted.TIMEOUT"));
        var english = content(
                get("/admin/programmes/" + id + "/matching").with(admin()).param("lang", "en"), 200);
        assertThat(english).contains("it lasted longer than the maximum time allowed");
    }

    @Test
    void startingANewRunInterruptsAStaleOneButNotARecentOne() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 2, 2);
        var recent = strandedRun(id, java.time.Instant.now().minusSeconds(60), "other-node");
        var html = content(
                post("/admin/programmes/" + id + "/matching/run").with(admin()).with(csrf()), 409);
        assertThat(html).contains(copy().fr("matching.error.alreadyRunning"));
        assertThat(runRepository.findById(recent.id).orElseThrow().status).isEqualTo(MatchingRun.Status.RUNNING);

        runRepository.save(moveStart(recent, java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        runAndWait(id);
        assertThat(runRepository.findById(recent.id).orElseThrow().status).isEqualTo(MatchingRun.Status.INTERRUPTED);
        assertThat(draftIds(id)).isNotEmpty();
    }

    @Test
    void runsLeftRunningByAStoppedProcessOfThisHostAreInterruptedAtStartUp() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 2, 2);
        long other = programme(ProgramFormat.PAIRS, 2, 2);
        var orphan = strandedRun(id, java.time.Instant.now().minusSeconds(30), MatchingRuns.NODE);
        var elsewhere = strandedRun(other, java.time.Instant.now().minusSeconds(30), "another-host");
        // A second node on this machine, computing a run of a third programme: a live process of this host.
        long third = programme(ProgramFormat.PAIRS, 2, 2);
        var secondNode = new ProcessBuilder("sleep", "300").start();
        MatchingRun neighbours;
        try {
            neighbours = strandedRun(third, java.time.Instant.now().minusSeconds(30), MatchingRuns.NODE);
            neighbours.process =
                    org.binome.shared.LocalProcess.of(secondNode.toHandle()).id();
            neighbours = runRepository.save(neighbours);

            assertThat(matchingRuns.interruptRunsOfStoppedProcesses()).isPositive();

            assertThat(runRepository.findById(neighbours.id).orElseThrow().status)
                    .as("the run of another live process of this host goes on")
                    .isEqualTo(MatchingRun.Status.RUNNING);
            secondNode.destroy();
            assertThat(secondNode.waitFor(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            assertThat(matchingRuns.interruptRunsOfStoppedProcesses()).isPositive();
            assertThat(runRepository.findById(neighbours.id).orElseThrow().status)
                    .as("once that process has stopped")
                    .isEqualTo(MatchingRun.Status.INTERRUPTED);
        } finally {
            secondNode.destroyForcibly();
        }

        assertThat(runRepository.findById(orphan.id)).hasValueSatisfying(run -> {
            assertThat(run.status).isEqualTo(MatchingRun.Status.INTERRUPTED);
            assertThat(run.interruption).isEqualTo(MatchingRun.Interruption.RESTART);
        });
        // Another host may still be computing its run: only the timeout may interrupt it.
        assertThat(runRepository.findById(elsewhere.id).orElseThrow().status).isEqualTo(MatchingRun.Status.RUNNING);
        var html = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        assertThat(html).contains(copy().fr("matching.run.interrupted.RESTART"));
        matchingRuns.cancel(other, elsewhere.id);
        runAndWait(id);
    }

    /** A run row as a process that died mid-run leaves it. */
    private MatchingRun strandedRun(long programId, java.time.Instant startedAt, String node) {
        var run = MatchingRun.started(programId, "ghost", startedAt);
        run.node = node;
        run.process = "a-process-that-stopped";
        run.progress = 40;
        return runRepository.save(run);
    }

    private MatchingRun moveStart(MatchingRun stored, java.time.Instant startedAt) {
        var run = runRepository.findById(stored.id).orElseThrow();
        run.startedAt = startedAt;
        return run;
    }

    private List<Long> draftIds(long programId) {
        return proposals.findByProgramIdAndStatusIn(programId, List.of(Proposal.Status.DRAFT)).stream()
                .map(p -> p.id)
                .sorted()
                .toList();
    }

    @Test
    void whenSomeoneDeclinesThePartnerIsToldInTheAppAndByEmailWithoutWhoDeclined() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 1, 1);
        runAndWait(id);
        publish(id);
        var proposal = proposals
                .findByProgramIdAndStatusIn(id, List.of(Proposal.Status.PUBLISHED))
                .get(0);
        var mentor = proposal.mentors().get(0);
        var mentee = proposal.mentees().get(0);

        answer(proposal.id, mentee, "decline");

        assertThat(events.stream(MatchDeclined.class).filter(e -> e.proposalId() == proposal.id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.declinedBy()).isEqualTo(mentee);
                    assertThat(e.others()).containsExactly(mentor);
                });
        var key = "proposal.declined:" + proposal.id;
        // The listener runs after the commit, on its own thread.
        List<Map<String, Object>> told = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select recipient_employee_number, title, body, link from notification"
                                        + " where idempotency_key like :key")
                                .param("key", key + "%")
                                .query()
                                .listOfRows(),
                        rows -> !rows.isEmpty());
        assertThat(told).singleElement().satisfies(row -> {
            assertThat(row.get("recipient_employee_number")).isEqualTo(mentor);
            assertThat(row.get("title")).isEqualTo(copy().frText("notification.proposal.declined.subject"));
            assertThat((String) row.get("body"))
                    .contains(directory.find(mentee).orElseThrow().fullName())
                    .contains(copy().frParts("notification.proposal.declined.body"));
            assertThat(row.get("link")).isEqualTo("/me/proposals");
        });
        var mails = jdbc.sql(
                        "select recipient_key, subject, text_body from mail_outbox where idempotency_key like :key")
                .param("key", key + "%")
                .query()
                .listOfRows();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.get("subject")).isEqualTo(copy().frText("notification.proposal.declined.subject"));
            assertThat((String) mail.get("text_body")).contains(copy().frParts("notification.proposal.declined.body"));
        });
    }

    @Test
    void aParticipantSeesSuggestionsAndTheAdministratorConfirmsTheRequest() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 2, 2);
        var mentee =
                programs.acceptedApplicants(id, ParticipantRole.MENTEE).get(0).employeeNumber();
        var html = content(get("/me/suggestions").with(participant(mentee)), 200);
        assertThat(html).contains(copy().fr("matching.suggestions.request"));
        var partner = html.substring(html.indexOf("name=\"partner\" value=\"") + 22);
        partner = partner.substring(0, partner.indexOf('"'));
        content(
                post("/me/suggestions/request")
                        .with(participant(mentee))
                        .with(csrf())
                        .param("programId", String.valueOf(id))
                        .param("partner", partner),
                302);
        var admin = content(get("/admin/programmes/" + id + "/matching").with(admin()), 200);
        assertThat(admin).contains(copy().fr("matching.requests.title"));
        var requestId = admin.substring(admin.indexOf("/matching/requests/") + 19);
        requestId = requestId.substring(0, requestId.indexOf('/'));
        content(
                post("/admin/programmes/" + id + "/matching/requests/" + requestId + "/confirm")
                        .with(admin())
                        .with(csrf()),
                302);
        var made = proposals.findByProgramIdAndStatusIn(id, List.of(Proposal.Status.DRAFT));
        assertThat(made).singleElement().satisfies(p -> {
            assertThat(p.locked).isTrue();
            assertThat(p.mentees()).containsExactly(mentee);
        });
    }

    @Test
    void aManualPairBreakingAHardRuleIsRefusedWithTheRule() throws Exception {
        long id = programme(ProgramFormat.PAIRS, 1, 1);
        var mentor =
                programs.acceptedApplicants(id, ParticipantRole.MENTOR).get(0).employeeNumber();
        var mentee =
                programs.acceptedApplicants(id, ParticipantRole.MENTEE).get(0).employeeNumber();
        // The mentor as mentee of themself is refused: not in the cohort in that role.
        var html = content(
                post("/admin/programmes/" + id + "/matching/pair")
                        .with(admin())
                        .with(csrf())
                        .param("mentor", mentee)
                        .param("mentee", mentor),
                422);
        assertThat(html).contains(copy().fr("matching.error.notInCohort"));
        var preview = content(
                get("/admin/programmes/" + id + "/matching/preview")
                        .with(admin())
                        .param("mentor", mentor)
                        .param("mentee", mentee),
                200);
        assertThat(preview)
                .containsAnyOf(
                        copy().frUpToArgument("matching.pair.score"), copy().frUpToArgument("matching.pair.broken"));
    }

    private void runAndWait(long id) throws Exception {
        runAndWait(id, "1");
    }

    private void runAndWait(long id, String mentorsPerGroup) throws Exception {
        content(
                post("/admin/programmes/" + id + "/matching/run")
                        .with(admin())
                        .with(csrf())
                        .param("mentorsPerGroup", mentorsPerGroup),
                302);
        var run = await().atMost(Duration.ofSeconds(60))
                .until(() -> page.latestRun(id).orElseThrow(), latest -> !latest.running());
        assertThat(run.status()).isEqualTo(MatchingRun.Status.DONE);
    }

    /** The administrator publishes the programme's drafts. */
    private void publish(long id) throws Exception {
        content(
                post("/admin/programmes/" + id + "/matching/publish")
                        .with(admin())
                        .with(csrf()),
                302);
    }

    private void answer(long proposalId, String person, String answer) throws Exception {
        var version = proposals.findById(proposalId).orElseThrow().version;
        content(
                post("/me/proposals/" + proposalId + "/" + answer)
                        .with(participant(person))
                        .with(csrf())
                        .param("version", String.valueOf(version)),
                302);
    }

    /** A programme in its matching phase with this many accepted mentors (young) and mentees (senior). */
    private long programme(ProgramFormat format, int mentors, int mentees) {
        int n = ++programmes;
        var programme = TestProgrammes.programme("Appariement test " + n + " " + System.nanoTime())
                .format(format)
                .matching(new MatchingSettings(MatchingSettings.defaults().weights(), 0, java.util.Set.of()));
        if (format == ProgramFormat.GROUPS) {
            programme.groupsOf(2, 4);
        }
        long id = programme.openIn(programs);
        var setup = new ProgrammeSetup(programs);
        var ids = new ArrayList<Long>();
        int year = LocalDate.now().getYear();
        // Mentors and mentees from far-apart parts of the company: neighbours in the directory share a manager.
        var chosen = new ArrayList<Map.Entry<String, ParticipantRole>>();
        int young = 0;
        for (int k = 30 + n * 11; k < 1500 && young < mentors; k++) {
            var person = directory.find(String.format("ML%05d", k));
            if (person.isPresent()
                    && person.get().status() == org.binome.people.PersonStatus.ACTIVE
                    && person.get().careerStartYear() != null
                    && year - person.get().careerStartYear() <= 5) {
                chosen.add(Map.entry(person.get().employeeNumber(), ParticipantRole.MENTOR));
                young++;
            }
        }
        int senior = 0;
        for (int k = 600 - n * 11; k > 0 && senior < mentees; k--) {
            var person = directory.find(String.format("ML%05d", k));
            if (person.isPresent()
                    && person.get().status() == org.binome.people.PersonStatus.ACTIVE
                    && person.get().careerStartYear() != null
                    && year - person.get().careerStartYear() >= 20) {
                chosen.add(Map.entry(person.get().employeeNumber(), ParticipantRole.MENTEE));
                senior++;
            }
        }
        for (var entry : chosen) {
            var role = entry.getValue();
            ids.add(setup.applyWithSkills(
                            id,
                            entry.getKey(),
                            role,
                            role == ParticipantRole.MENTOR ? Map.of("genai", 3) : Map.of("strategy", 3),
                            role == ParticipantRole.MENTOR ? Map.of("strategy", 2) : Map.of("genai", 3))
                    .id());
        }
        if (!ids.isEmpty()) {
            setup.accept(id, ids);
        }
        setup.changeStatus(id, ProgramStatus.MATCHING);
        return id;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(TestUsers.withRoles(Role.ADMIN));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor participant(String number) {
        return user(TestUsers.employee(number, Role.PARTICIPANT));
    }

    /** The administrator locks a draft proposal, so that a new run keeps it. */
    private void lock(long programme, long proposal) throws Exception {
        content(
                post("/admin/programmes/" + programme + "/matching/proposals/" + proposal + "/lock")
                        .with(admin())
                        .with(csrf())
                        .param("locked", "true"),
                302);
    }

    private String content(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return org.unbescape.html.HtmlEscape.unescapeHtml(response.getContentAsString());
    }
}
