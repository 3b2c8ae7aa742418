package org.binome.mentorships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.binome.mentorships.MentorshipTesting.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.binome.shared.Paging;
import org.binome.support.Copy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The administrators' pairs page with more pairs than one page: 50 pairs a page with page links, the filters, and
 * the figures counted by the database equal to those the health policy gives pair by pair in Java.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Tag("database")
class PairBoardTests {

    private static final int PAIRS = 63;

    @Autowired
    MockMvc mvc;

    @Autowired
    Mentorships mentorships;

    @Autowired
    PairStatistics statistics;

    @Autowired
    PairBoard board;

    @Autowired
    org.binome.shared.Database database;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    Programs programs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    PairLoading loading;

    @Autowired
    org.binome.people.Directory directory;

    @Autowired
    MentorshipSettings settings;

    @Autowired
    java.time.Clock clock;

    @Autowired
    java.time.ZoneId zone;

    @Autowired
    ObjectiveRepository objectives;

    @Autowired
    ReviewRepository reviews;

    private ProgramView programme;
    private final List<Long> pairs = new ArrayList<>();
    private final List<String> mentors = new ArrayList<>();

    /**
     * A programme of its own with 63 pairs of every kind: recent and old starts, held, planned and old sessions,
     * objectives or none, completed and ended early; about a third of the active ones stalled.
     */
    @BeforeEach
    void programmeWithManyPairs() {
        programme = TestProgrammes.programme("Beaucoup de binômes " + System.nanoTime())
                .createIn(programs);
        var today = LocalDate.now();
        var now = Instant.now();
        for (int i = 0; i < PAIRS; i++) {
            var mentor = person();
            mentors.add(mentor);
            long id = mentorships.startOn(programme.id(), List.of(mentor), List.of(person()), today.minusDays(i * 3L));
            pairs.add(id);
            if (i % 3 == 0) {
                mentorships.addObjective(id, mentor, "Objectif", null, null, ObjectiveProgress.IN_PROGRESS, null);
            }
            if (i % 5 == 0) {
                mentorships.addObjective(id, mentor, "Atteint", null, null, ObjectiveProgress.REACHED, null);
            }
            if (i % 4 == 1) {
                session(id, mentor, now.minusSeconds(86_400L * (i % 50)), "PLANNED");
            }
            if (i % 7 == 2) {
                session(id, mentor, now.plusSeconds(86_400L * (i % 60)), "PLANNED");
            }
            if (i % 6 == 3) {
                session(id, mentor, now.minusSeconds(86_400L * 2), "CANCELLED");
            }
            if (i % 9 == 4) {
                jdbc.sql("update mentorship set status = 'COMPLETED', ended_on = :today where id = :id")
                        .param("today", today)
                        .param("id", id)
                        .update();
            }
            if (i % 11 == 5) {
                jdbc.sql("update mentorship set status = 'ENDED_EARLY', ended_on = :today, end_reason = 'SCHEDULES'"
                                + " where id = :id")
                        .param("today", today)
                        .param("id", id)
                        .update();
            }
            if (i % 2 == 0) {
                jdbc.sql("update mentorship_member set charter_accepted_at = :now where mentorship = :id")
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update();
            }
        }
    }

    private void review(long pair, String author, String kind) {
        jdbc.sql("insert into mentorship_review (mentorship_id, kind, author, satisfaction, submitted_at, version)"
                        + " values (:pair, :kind, :author, 4, :now, 0)")
                .param("pair", pair)
                .param("kind", kind)
                .param("author", author)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private void session(long pair, String by, Instant startsAt, String status) {
        jdbc.sql("insert into mentorship_session (mentorship_id, ical_uid, starts_at, duration_minutes,"
                        + " meeting_format, status, planned_by, version)"
                        + " values (:pair, :uid, :starts, 45, 'REMOTE', :status, :by, 0)")
                .param("pair", pair)
                .param("uid", "pair-board-" + pair + "-" + startsAt.toEpochMilli() + "-" + System.nanoTime())
                .param("starts", Timestamp.from(startsAt))
                .param("status", status)
                .param("by", by)
                .update();
    }

    @Test
    void theFiguresCountedByTheDatabaseAreThoseOfThePairsOneByOne() {
        var counted = board.counts(List.of(programme)).get(0);
        var oneByOne = statistics.counts(programme.id());
        assertThat(counted).isEqualTo(oneByOne);
        assertThat(counted.total()).isEqualTo(PAIRS);
        assertThat(counted.stalled()).isPositive();
        assertThat(counted.healthy()).isPositive();
        assertThat(counted.kickOffPending()).isPositive();
        assertThat(counted.sessionsHeld()).isPositive();
        assertThat(counted.sessionsPlanned()).isPositive();
    }

    /**
     * On PostgreSQL the figures are counted by one process: its two parallel workers took every core of the load
     * test's machine for most of a second at each count. The setting lasts for the count's transaction only.
     */
    @Test
    void onPostgresqlTheFiguresAreCountedWithoutParallelWorkers() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(database.isPostgresql(), "a PostgreSQL setting");
        var workers = "select current_setting('max_parallel_workers_per_gather')";
        var during = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> {
            board.counts(List.of(programme));
            return jdbc.sql(workers).query(String.class).single();
        });
        assertThat(during).isEqualTo("0");
        assertThat(jdbc.sql(workers).query(String.class).single()).isNotEqualTo("0");
    }

    /**
     * The page's rows read objectives and review counts with plain SQL: for every pair (this programme's and the
     * demo's), the same objectives as the repository's aggregates and the same review counts.
     */
    @Test
    void thePairsObjectivesAndReviewCountsAreTheRepositories() {
        // reviews of two pairs: two for one, one for the other
        review(pairs.get(0), mentors.get(0), "MID_POINT");
        review(pairs.get(0), mentors.get(0), "CLOSING");
        review(pairs.get(3), mentors.get(3), "MID_POINT");
        var ids = jdbc.sql("select id from mentorship order by id")
                .query(Long.class)
                .list();
        var expected = objectives.findByMentorshipIdInOrderByIdAsc(ids);
        assertThat(expected).isNotEmpty();
        assertThat(loading.objectivesOf(ids))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(expected);
        var counts = new java.util.HashMap<Long, Integer>();
        reviews.findByMentorshipIdIn(ids).forEach(r -> counts.merge(r.mentorshipId, 1, Integer::sum));
        assertThat(counts).containsEntry(pairs.get(0), 2).containsEntry(pairs.get(3), 1);
        assertThat(loading.reviewCounts(ids)).isEqualTo(counts);
        assertThat(loading.reviewsOf(ids))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(reviews.findByMentorshipIdIn(ids))
                .isSortedAccordingTo(java.util.Comparator.comparing((Review r) -> r.id))
                .hasSize(3);
    }

    /**
     * The page's pairs, read from their figures counted by the database (sessions, objectives, reviews), are the
     * statuses the pairs' sessions and objectives read one by one give: dates, counts, health and its reasons.
     */
    @Test
    void thePagesPairsAreThoseReadWithTheirSessions() {
        review(pairs.get(0), mentors.get(0), "MID_POINT");
        var programmes = List.of(programme);
        for (int page = 0; page < 3; page++) {
            var shown = board.page(programmes, programme.id(), PairFilter.ALL, Paging.of(page, null))
                    .pairs();
            var ids = shown.stream().map(PairStatus::mentorshipId).toList();
            var oneByOne = statistics.pairs(programme.id()).stream()
                    .filter(p -> ids.contains(p.mentorshipId()))
                    .toList();
            assertThat(shown).isNotEmpty().containsExactlyElementsOf(oneByOne);
        }
        assertThat(statistics.pairs(programme.id()).stream().map(PairStatus::health))
                .as("every health is among the pairs compared")
                .contains(Health.STALLED, Health.HEALTHY);
    }

    /**
     * The page keeps each programme's figures for a while: a session written behind the application's back, or an
     * objective a pair adds (participants' activity, several a second under load), shows within the kept time; a pair
     * ended through the application shows at once, with the figures the database counts then.
     */
    @Test
    void thePageKeepsTheFiguresUntilAPairStartsOrEnds() {
        var programmes = List.of(programme);
        var counted = board.recentCounts(programmes);
        var first = counted.programmes().get(0);
        assertThat(first).isEqualTo(board.counts(programmes).get(0));
        assertThat(counted.countedAt()).isNotNull();
        // pair 1 is active, without objectives
        session(pairs.get(1), mentors.get(1), Instant.now().plusSeconds(86_400L * 3), "PLANNED");
        assertThat(board.recentCounts(programmes).programmes().get(0))
                .as("kept")
                .isEqualTo(first);
        mentorships.addObjective(
                pairs.get(1), mentors.get(1), "Nouvel objectif", null, null, ObjectiveProgress.IN_PROGRESS, null);
        var kept = board.recentCounts(programmes);
        assertThat(kept.programmes().get(0))
                .as("kept after a pair's own activity")
                .isEqualTo(first);
        assertThat(kept.countedAt()).as("the page says how old they are").isEqualTo(counted.countedAt());
        // Ending a pair cancels its coming sessions: they leave the planned count.
        long comingOfPair2 = jdbc.sql("select count(*) from mentorship_session where mentorship_id = ?"
                        + " and status = 'PLANNED' and starts_at > ?")
                .params(pairs.get(2), Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        mentorships.endEarly(pairs.get(2), "admin", true, EndReason.LEAVING, "Départ", false);
        var recounted = board.recentCounts(programmes);
        var after = recounted.programmes().get(0);
        assertThat(recounted.countedAt()).isAfterOrEqualTo(counted.countedAt());
        assertThat(after).isEqualTo(board.counts(programmes).get(0)).isNotEqualTo(first);
        assertThat(after.endedEarly()).isEqualTo(first.endedEarly() + 1);
        assertThat(after.sessionsPlanned()).isEqualTo(first.sessionsPlanned() + 1 - comingOfPair2);
        assertThat(after.objectives()).isEqualTo(first.objectives() + 1);
    }

    /**
     * Views that find the figures expired together count them once: the others wait for that count (under the 2-node
     * load test every view arriving during the aggregate ran it again). A board of its own, so that figures kept by
     * other tests do not hide the count; its aggregate is slowed so that the eight views overlap.
     */
    @Test
    void viewsArrivingWhileTheFiguresAreCountedWaitForThatCount() throws Exception {
        var aggregates = new java.util.concurrent.atomic.AtomicInteger();
        var slow = new PairBoard(database, transactions, jdbc, loading, statistics, settings, clock, Runnable::run) {
            @Override
            List<PairHealthCounts> counts(List<ProgramView> programmes) {
                aggregates.incrementAndGet();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.counts(programmes);
            }
        };
        var programmes = List.of(programme);
        int views = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(views);
        try {
            var answers = new ArrayList<java.util.concurrent.Future<PairBoard.Counts>>();
            for (int i = 0; i < views; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return slow.recentCounts(programmes);
                }));
            }
            start.countDown();
            var expected = board.counts(programmes).get(0);
            for (var answer : answers) {
                assertThat(answer.get(10, java.util.concurrent.TimeUnit.SECONDS).programmes())
                        .containsExactly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(aggregates).as("one aggregate for the eight views").hasValue(1);
        // A pair ended drops them (the event the board's bean hears, told here by hand): the next view counts again.
        // Ending a pair cancels its coming sessions: they leave the planned count.
        long comingOfPair2 = jdbc.sql("select count(*) from mentorship_session where mentorship_id = ?"
                        + " and status = 'PLANNED' and starts_at > ?")
                .params(pairs.get(2), Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        mentorships.endEarly(pairs.get(2), "admin", true, EndReason.LEAVING, "Départ", false);
        slow.pairChanged();
        assertThat(slow.recentCounts(programmes).programmes().get(0).endedEarly())
                .isEqualTo(board.counts(programmes).get(0).endedEarly());
        assertThat(aggregates).hasValue(2);
    }

    /**
     * Figures no longer fresh are shown while they are counted again in the background: the view does not wait for
     * the aggregate, the next view shows the new count; figures older than twice the fresh time are counted before
     * they are shown. A board of its own with a fresh time of 300 ms.
     */
    @Test
    void figuresNoLongerFreshAreShownWhileCountedAgainInTheBackground() throws Exception {
        var aggregates = new java.util.concurrent.atomic.AtomicInteger();
        var background = java.util.concurrent.Executors.newSingleThreadExecutor();
        var release = new java.util.concurrent.CountDownLatch(1);
        var fresh = java.time.Duration.ofMillis(300);
        var shortly = new MentorshipSettings(
                settings.stallMarginDays(), settings.objectivesGraceDays(), settings.calendarDomain(), fresh);
        var board = new PairBoard(database, transactions, jdbc, loading, statistics, shortly, clock, background) {
            @Override
            List<PairHealthCounts> counts(List<ProgramView> programmes) {
                if (aggregates.incrementAndGet() == 2) { // the count in the background waits until the view returned
                    try {
                        release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.counts(programmes);
            }
        };
        try {
            var programmes = List.of(programme);
            var first = board.recentCounts(programmes);
            assertThat(aggregates).hasValue(1);
            // A session planned behind the application's back, which only a new count shows.
            session(pairs.get(1), mentors.get(1), Instant.now().plusSeconds(86_400L * 3), "PLANNED");
            Thread.sleep(fresh.toMillis() + 50);

            var stale = board.recentCounts(programmes);
            assertThat(stale.programmes()).as("shown while counted again").isEqualTo(first.programmes());
            assertThat(stale.countedAt()).isEqualTo(first.countedAt());
            release.countDown();
            long until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            var recounted = board.recentCounts(programmes);
            while (recounted.programmes().equals(first.programmes()) && System.nanoTime() < until) {
                Thread.sleep(20);
                recounted = board.recentCounts(programmes);
            }
            assertThat(aggregates).as("counted once more, in the background").hasValue(2);
            assertThat(recounted.programmes().get(0).sessionsPlanned())
                    .isEqualTo(first.programmes().get(0).sessionsPlanned() + 1);

            // Past twice the fresh time the figures are not shown any more: the view counts them.
            Thread.sleep(2 * fresh.toMillis() + 50);
            board.recentCounts(programmes);
            assertThat(aggregates.get()).isGreaterThanOrEqualTo(3);
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void theListShowsTwentyFivePairsAPageWithLinksThatKeepTheFilterAndSize() throws Exception {
        int size = Paging.DEFAULT_SIZE;
        var first = page("");
        assertThat(rows(first)).isEqualTo(size);
        assertThat(first)
                .as("how old the programme's totals are, and what they may lag behind")
                .containsPattern(
                        "Totaux comptés à \\d\\d:\\d\\d:\\d\\d\\. Les séances et objectifs des binômes y apparaissent"
                                + " dans les " + board.shownAtMost().toSeconds() + " secondes")
                .contains(copy().fr("mentorships.admin.shown", PAIRS))
                .contains(copy().fr("pager.pageOf", 1, 3))
                .contains("href=\"/admin/programmes/" + programme.id() + "/pairs?page=1\"")
                .contains("/admin/mentorships/" + pairs.get(0) + "\"")
                .doesNotContain("/admin/mentorships/" + pairs.get(size) + "\"");
        var last = page("?page=2");
        assertThat(rows(last)).isEqualTo(PAIRS - 2 * size);
        assertThat(last)
                .contains(copy().fr("pager.pageOf", 3, 3))
                .contains("href=\"/admin/programmes/" + programme.id() + "/pairs?page=1\"")
                .contains("/admin/mentorships/" + pairs.get(PAIRS - 1) + "\"")
                .doesNotContain("/admin/mentorships/" + pairs.get(0) + "\"");
        assertThat(rows(page("?page=99"))).as("past the last page: the last").isEqualTo(PAIRS - 2 * size);
        assertThat(rows(page("?page=-3")))
                .as("before the first page: the first")
                .isEqualTo(size);

        // the reader asks for 50 rows a page: the links keep the filter and the size, and only change the page
        var fifty = page("?show=ALL&size=50");
        assertThat(rows(fifty)).isEqualTo(50);
        assertThat(fifty)
                .contains(copy().fr("pager.pageOf", 1, 2))
                .contains("href=\"/admin/programmes/" + programme.id() + "/pairs?show=ALL&amp;size=50&amp;page=1\"")
                .containsPattern("<option value=\"50\"\\s+selected=\"selected\">50</option>");
        var all = page("?size=100");
        assertThat(rows(all)).isEqualTo(PAIRS);
        assertThat(all).as("every pair on one page: no pager").doesNotContain("class=\"pager\"");
        assertThat(rows(page("?size=7"))).as("a size not offered: the default").isEqualTo(size);
    }

    @Test
    void theFiltersKeepThePairsTheFiguresCount() throws Exception {
        var counts = statistics.counts(programme.id());
        var stalledOneByOne = statistics.pairs(programme.id()).stream()
                .filter(p -> p.health() == Health.STALLED)
                .map(PairStatus::mentorshipId)
                .toList();
        var stalled = page("?show=STALLED&size=100");
        assertThat(rows(stalled)).isEqualTo(counts.stalled()).isEqualTo(stalledOneByOne.size());
        assertThat(stalled.split("pair-row pair-stalled", -1).length - 1).isEqualTo(counts.stalled());
        for (var id : stalledOneByOne) {
            assertThat(stalled).contains("/admin/mentorships/" + id + "\"");
        }
        assertThat(rows(page("?show=KICK_OFF_PENDING&size=100"))).isEqualTo(counts.kickOffPending());
        assertThat(rows(page("?show=COMPLETED&size=100"))).isEqualTo(counts.completed());
        assertThat(rows(page("?show=ENDED_EARLY&size=100"))).isEqualTo(counts.endedEarly());
        assertThat(page("?show=PROPOSED")).contains(copy().fr("mentorships.admin.noneShown"));
        assertThat(rows(page("?show=ACTIVE"))).isEqualTo(Math.min(Paging.DEFAULT_SIZE, counts.active()));
    }

    @Test
    void eachRowSaysItsMembersStatusHealthReasonsAndObjectivesInTheReadersLanguage() throws Exception {
        var stalled = statistics.pairs(programme.id()).stream()
                .filter(p -> p.health() == Health.STALLED)
                .findFirst()
                .orElseThrow();
        var copy = copy();
        for (var english : List.of(false, true)) {
            var html = page("?show=STALLED", english);
            var start = html.indexOf("/admin/mentorships/" + stalled.mentorshipId() + "\"");
            var row = html.substring(start, html.indexOf("</tr>", start));
            BiFunction<String, Object[], String> text =
                    (key, args) -> english ? copy.en(key, args) : copy.fr(key, args);
            for (var member : stalled.members()) {
                assertThat(row)
                        .contains(HtmlUtils.htmlEscape(member.name()))
                        .contains("("
                                + text.apply("mentorships.role." + member.role().name(), new Object[0]) + ")");
            }
            assertThat(row)
                    .contains("ms-active")
                    .contains(text.apply("mentorships.status.ACTIVE", new Object[0]))
                    .contains("health-stalled")
                    .contains(text.apply("mentorships.health.STALLED", new Object[0]))
                    .contains(text.apply("mentorships.admin.objectivesCell", new Object[] {
                        stalled.objectivesReached(), stalled.objectivesInProgress(), stalled.objectivesTotal()
                    }));
            for (var reason : stalled.reasons()) {
                assertThat(row).contains(text.apply("mentorships.stall." + reason.name(), new Object[0]));
            }
        }
    }

    /**
     * The rows are written in Java (bn:rows): a name that looks like markup is shown as text, never as markup, and a
     * group pair says so, as the template wrote them.
     */
    @Test
    void aRowShowsMarkupInANameAsText() throws Exception {
        var name = "<img src=x onerror=alert(1)> & \"Zoé\"";
        var mentor = org.binome.support.TestPeople.person()
                .named("<img src=x onerror=alert(1)>", "& \"Zoé\"")
                .registerIn(directory);
        var other = org.binome.support.TestPeople.person().registerIn(directory);
        long id = mentorships.startOn(
                programme.id(),
                List.of(mentor, other),
                List.of(person()),
                LocalDate.now().plusDays(1));
        var html = page("?show=ALL&size=100");
        assertThat(html).doesNotContain("<img src=x");
        var page = org.jsoup.Jsoup.parse(html);
        var row = page.selectFirst("tr.pair-row:has(a[href$=/admin/mentorships/" + id + "])");
        assertThat(row).isNotNull();
        assertThat(row.select("img")).isEmpty();
        assertThat(row.select("td").get(0).select("a > span > span > span").eachText())
                .contains(name);
        assertThat(row.select("td").get(0).select("span.badge").text()).isEqualTo(copy().frText("mentorships.group"));
    }

    @Test
    void eachRowSaysItsLastAndNextSessionAsTheReaderWritesAMoment() throws Exception {
        var shown = statistics.pairs(programme.id()).stream()
                .filter(p -> pairs.indexOf(p.mentorshipId()) < Paging.DEFAULT_SIZE)
                .toList();
        var both = shown.stream()
                .filter(p -> p.lastSessionAt() != null && p.nextSessionAt() != null)
                .findFirst()
                .orElseThrow();
        var neither = shown.stream()
                .filter(p -> p.lastSessionAt() == null && p.nextSessionAt() == null)
                .findFirst()
                .orElseThrow();
        var french = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", java.util.Locale.FRENCH)
                .withZone(zone);
        var english = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
                .withZone(zone);
        var inFrench = page("");
        assertThat(row(inFrench, both))
                .contains("<td>" + french.format(both.lastSessionAt()) + "</td>")
                .contains("<td>" + french.format(both.nextSessionAt()) + "</td>");
        assertThat(row(inFrench, neither)).containsPattern("<td>—</td>\\s*<td>—</td>");
        assertThat(row(page("", true), both))
                .contains("<td>" + english.format(both.lastSessionAt()) + "</td>")
                .contains("<td>" + english.format(both.nextSessionAt()) + "</td>");
    }

    private static String row(String html, PairStatus pair) {
        var start = html.indexOf("/admin/mentorships/" + pair.mentorshipId() + "\"");
        assertThat(start).as("pair %s listed", pair.mentorshipId()).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void onlyAdministratorsSeeIt() throws Exception {
        var participant = TestUsers.employee(person(), Role.PARTICIPANT);
        assertThat(mvc.perform(get("/admin/mentorships").with(user(participant)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private String page(String query) throws Exception {
        return page(query, false);
    }

    private String page(String query, boolean english) throws Exception {
        var admin = TestUsers.employee("ML00020", Role.ADMIN, Role.PARTICIPANT);
        var request =
                get("/admin/programmes/" + programme.id() + "/pairs" + query).with(user(admin));
        if (english) {
            request.cookie(new Cookie("binome-lang", "en"));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static int rows(String html) {
        return html.split("class=\"pair-row", -1).length - 1;
    }

    private Copy copy() {
        return new Copy(messages);
    }
}
