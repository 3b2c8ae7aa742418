package binome.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Three journeys on one or two nodes (each virtual user sticks to one node, the nodes taken in turn), for a fixed
 * duration at a fixed number of concurrent users:
 *
 * <ul>
 *   <li>a participant (one of the generated accounts gen1..genN): signs in, then for a few rounds (rounds, 10) opens
 *       home, their pairs, a pair's page, plans a session, opens a held session and logs it, and signs out; the next
 *       virtual user takes the next account. A visit of bounded length keeps each pair near the generated dataset's
 *       size: users that went on for the whole run planned a session every four seconds on the same pair, whose
 *       page then listed 25 sessions at the start and some 150 at the end (and cost half as much CPU again);
 *   <li>an administrator: directory search, a programme's matching page, the pairs' health;
 *   <li>a sponsor: the impact dashboard.
 * </ul>
 *
 * Settings (system properties): nodes (comma-separated base URLs, default http://localhost:8087), users (concurrent
 * users in all, default 50: 80% participants, 15% administrators, 5% sponsors), duration (seconds, 300),
 * accounts (generated participant accounts, 2000), rounds (a participant's rounds per visit, 10), password (the demo one), admin and sponsor (logins), programme
 * (the running programme's id, 1), p95 (ms: the run fails above it, 100).
 */
public class BinomeSimulation extends Simulation {

    private static final List<String> NODES =
            List.of(System.getProperty("nodes", "http://localhost:8087").split(","));
    private static final int USERS = Integer.getInteger("users", 50);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("duration", 300));
    private static final int ACCOUNTS = Integer.getInteger("accounts", 2000);
    private static final int ROUNDS = Integer.getInteger("rounds", 10);
    private static final String PASSWORD = System.getProperty("password", "binome-demo-2026");
    private static final String ADMIN = System.getProperty("admin", "admin");
    private static final String SPONSOR = System.getProperty("sponsor", "sponsor");
    private static final String PROGRAMME = System.getProperty("programme", "1");
    private static final int P95 = Integer.getInteger("p95", 100);
    private static final List<String> SEARCHES = List.of("martin", "gen12", "alice", "lyon", "bernard", "dupont");

    private final HttpProtocolBuilder protocol = http.baseUrls(NODES)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("fr")
            .userAgentHeader("binome-load");

    /**
     * The participants' accounts, each given to one virtual user at a time: account gen<i>k</i> is the mentor of one
     * generated pair only, so no two virtual users plan or log sessions of the same pair (a 409 on logging then means
     * a real conflict, not two users of the load test editing one session). Taken in turn from a random start, so
     * that consecutive runs on one dataset use different pairs; there must be at least as many accounts as
     * participants.
     */
    private static Iterator<Map<String, Object>> participants() {
        var next = new AtomicInteger(ThreadLocalRandom.current().nextInt(ACCOUNTS));
        return Stream.generate(() -> Map.<String, Object>of("login", "gen" + (1 + next.getAndIncrement() % ACCOUNTS)))
                .iterator();
    }

    /**
     * The quarter of an hour between 8:00 and 18:00 this run plans its sessions at (from the minute it starts): every
     * session a user plans in the run is on a day of its own at that time, so the overlap rule never refuses one; a
     * later run on the same dataset uses another quarter unless it starts a multiple of 40 minutes later, which is why
     * run.sh cancels the sessions earlier runs left planned before it reuses a dataset.
     */
    private static final int SLOT = (int) ((System.currentTimeMillis() / 60_000) % 40);

    private static final String START = String.format("%02d:%02d", 8 + SLOT / 4, 15 * (SLOT % 4));
    private static final String END = String.format("%02d:%02d", 8 + (SLOT + 1) / 4, 15 * ((SLOT + 1) % 4));

    private static ChainBuilder signIn(String login) {
        return exec(http("sign-in page")
                        .get("/login")
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("username", login)
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200))
                        .check(substring("name=\"password\"").notExists()))
                .exitHereIfFailed();
    }

    private final ScenarioBuilder participant = scenario("participant")
            .feed(participants())
            .exec(signIn("#{login}"))
            .repeat(ROUNDS, "round")
            .on(exec(http("home /me").get("/me").check(status().is(200)))
                    .pause(Duration.ofMillis(200), Duration.ofMillis(800))
                    .exec(http("my pairs /me/mentorships")
                            .get("/me/mentorships")
                            .check(status().is(200))
                            .check(regex("href=\"/mentorships/(\\d+)\"").saveAs("pair")))
                    .exec(http("pair page /mentorships/{id}")
                            .get("/mentorships/#{pair}")
                            .check(status().is(200))
                            .check(css("input[name=_csrf]", "value").saveAs("csrf"))
                            .check(regex("/mentorships/\\d+/sessions/(\\d+)\"").findAll().saveAs("sessions")))
                    .pause(Duration.ofMillis(200), Duration.ofMillis(800))
                    // A day of its own for each round, at the run's quarter of an hour (see SLOT).
                    .exec(session -> session.set(
                            "date",
                            LocalDate.now().plusDays(3 + session.getInt("round")).toString()))
                    .exec(http("plan a session")
                            .post("/mentorships/#{pair}/sessions")
                            .formParam("_csrf", "#{csrf}")
                            .formParam("date", "#{date}")
                            .formParam("startTime", START)
                            .formParam("endTime", END)
                            .formParam("format", "REMOTE")
                            .formParam("link", "https://meet.example.com/binome")
                            .formParam("agenda", "Load test")
                            .check(status().is(200)))
                    .exec(session -> {
                        List<String> ids = session.getList("sessions");
                        // The generated sessions are the oldest (lowest ids) and all held.
                        return session.set(
                                "held",
                                ids.stream()
                                        .mapToLong(Long::parseLong)
                                        .min()
                                        .orElse(0));
                    })
                    .exec(http("held session page")
                            .get("/mentorships/#{pair}/sessions/#{held}")
                            .check(status().is(200))
                            .check(regex("name=\"version\" value=\"(\\d*)\"").saveAs("version")))
                    .pause(Duration.ofMillis(200), Duration.ofMillis(800))
                    .exec(http("log a session")
                            .post("/mentorships/#{pair}/sessions/#{held}/log")
                            .formParam("_csrf", "#{csrf}")
                            .formParam("covered", "Covered in the load test")
                            .formParam("menteeLearned", "Something")
                            .formParam("mentorLearned", "Something back")
                            .formParam("nextSteps", "More")
                            .formParam("rating", "4")
                            .formParam("version", "#{version}")
                            .check(status().is(200)))
                    .pause(Duration.ofMillis(500), Duration.ofMillis(1500)))
            .exec(http("sign out")
                    .post("/logout")
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200))
                    .check(substring("name=\"password\"").exists()));

    private final ScenarioBuilder administrator = scenario("administrator")
            .exec(signIn(ADMIN))
            .forever()
            .on(exec(session -> session.set("q", SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size()))))
                    .exec(http("directory search /admin/people?q=")
                            .get("/admin/people?q=#{q}")
                            .check(status().is(200)))
                    .pause(Duration.ofMillis(200), Duration.ofMillis(800))
                    .exec(http("matching page")
                            .get("/admin/programmes/" + PROGRAMME + "/matching")
                            .check(status().is(200)))
                    .pause(Duration.ofMillis(200), Duration.ofMillis(800))
                    .exec(http("pairs health /admin/mentorships")
                            .get("/admin/mentorships")
                            .check(status().is(200)))
                    .pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

    private final ScenarioBuilder sponsor = scenario("sponsor")
            .exec(signIn(SPONSOR))
            .forever()
            .on(exec(http("dashboard /sponsor").get("/sponsor").check(status().is(200)))
                    .pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

    {
        int admins = Math.max(1, USERS * 15 / 100);
        int sponsors = Math.max(1, USERS * 5 / 100);
        int participants = Math.max(1, USERS - admins - sponsors);
        if (participants > ACCOUNTS) {
            throw new IllegalArgumentException(participants + " participants need as many accounts, there are only "
                    + ACCOUNTS + ": generate more (ACCOUNTS=...)");
        }
        var ramp = Duration.ofSeconds(Math.min(10, DURATION.toSeconds() / 5));
        setUp(
                        participant.injectClosed(
                                rampConcurrentUsers(0).to(participants).during(ramp),
                                constantConcurrentUsers(participants).during(DURATION)),
                        administrator.injectClosed(
                                rampConcurrentUsers(0).to(admins).during(ramp),
                                constantConcurrentUsers(admins).during(DURATION)),
                        sponsor.injectClosed(
                                rampConcurrentUsers(0).to(sponsors).during(ramp),
                                constantConcurrentUsers(sponsors).during(DURATION)))
                .protocols(protocol)
                .maxDuration(DURATION)
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lt(P95));
    }
}
