package org.binome.insights;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.binome.feedback.ResultScope;
import org.binome.feedback.SurveyResults;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.mentorships.Mentorships;
import org.binome.mentorships.SessionLogged;
import org.binome.people.Directory;
import org.binome.programs.Programs;
import org.binome.support.BenchmarkApplication;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Benchmark command (not a test): a programme with 10,000 participants (5,000 pairs), 200,000 sessions and 200,000
 * survey answers (20 per participant across the enrolment, first-session, mid-point and end surveys) in a company of
 * 30,000 people, some of whom left; measures the dashboard's figures and tables (survey results included), and the
 * PDF report, on H2 and on PostgreSQL.
 *
 * <pre>
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/bench.cp) org.binome.insights.ImpactBenchmark both
 * </pre>
 *
 * <p>Over 400 lines: the generator of a 30,000-person company (people, pairs, sessions, answers) is most of it,
 * written as batched SQL so that both databases fill in minutes; the measurement loop is short.
 */
public final class ImpactBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 30_000);
    private static final int PAIRS = Integer.getInteger("bench.pairs", 5_000);
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 200_000);
    /** Fewer rounds on a crowded machine: {@code -Dbench.rounds=5 -Dbench.warmups=1}. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

    private static final int WARMUPS = Integer.getInteger("bench.warmups", 5);
    private static final String[] DEPARTMENTS = {
        "Finance", "Marketing", "Commercial", "Informatique", "Production", "Logistique", "Juridique", "Achats"
    };
    private static final String[] SITES = {"Paris", "Lyon", "Lille", "Nantes", "Bordeaux"};

    private ImpactBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkApplication.onEachDatabase(args, ImpactBenchmark::run);
    }

    private static void run(BenchmarkApplication.Database database) throws Exception {
        long programme;
        // Nothing built at start while the data are being written (the restarts below build them).
        try (var context = BenchmarkApplication.start(database, "--binome.insights.build-at-start=false")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            programme = fill(jdbc);
            long answers = fillAnswers(jdbc, programme);
            if (database.isPostgres()) {
                jdbc.execute("analyze");
            }
            System.out.printf(
                    "Filled %,d people, %,d pairs, %,d sessions, %,d answers in %,d ms%n",
                    PEOPLE, PAIRS, SESSIONS, answers, (System.nanoTime() - t0) / 1_000_000);
            var reports = context.getBean(ImpactReports.class);
            var view = context.getBean(Programs.class).find(programme).orElseThrow();
            var selection = new ImpactReports.Selection(List.of(view), view, List.of(view));
            var all = List.of(programme);
            // What one request reads, each part alone (no cache in between: the parts are read directly).
            time(
                    "  read: pairs (mentorships.pairRecords)",
                    () -> context.getBean(Mentorships.class).pairRecords(all));
            time(
                    "  read: directory (people.employeeRecords)",
                    () -> context.getBean(Directory.class).employeeRecords());
            time(
                    "  read: applications (programs.applicationRecords)",
                    () -> context.getBean(Programs.class).applicationRecords(all));
            time(
                    "  read: survey figures (feedback.SurveyResults)",
                    () -> context.getBean(SurveyResults.class)
                            .figures(new ResultScope(programme, null, null, null, null)));
            time("  figures from the read data (no filter)", fixed(reports.data(selection), Filter.NONE));
            time(
                    "  figures from the read data (filtered)",
                    fixed(reports.data(selection), new Filter("Finance", null, "millennials", null)));
            // The pages as a browser gets them (security, controller, template), server side.
            var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(SecurityMockMvcConfigurers.springSecurity());
            new SpringBootMockMvcBuilderCustomizer((WebApplicationContext) context).customize(mvc);
            var pages = mvc.build();
            var admin = TestUsers.person("admin", null, "fr", Role.ADMIN);
            var page = "/sponsor?programme=" + programme;
            var filtered = page + "&department=Finance&generation=millennials";
            var pdf = "/sponsor/report.pdf?programme=" + programme;
            // After a change: a session logged in one pair (its row and the event mentorships publishes), then the
            // page: the figures are computed again from the kept records, that pair read again. Everything: nothing
            // kept (a restart, a new day, another node's changes after binome.insights.cache-for).
            var cache = context.getBean(ImpactCache.class);
            var records = context.getBean(ImpactRecords.class);
            var change = logASession(context, jdbc, programme);
            time(
                    "GET " + page + " (dashboard page), first view after a session logged",
                    then(change, get(pages, page, admin)));
            time("GET " + filtered + ", first view after a session logged", then(change, get(pages, filtered, admin)));
            time(
                    "GET /sponsor/report.pdf (one-page PDF report), first view after a session logged",
                    then(change, get(pages, pdf, admin)));
            // A programme's settings saved (programs publishes ProgramChanged): its name only, then its cadence, on
            // which
            // its pairs' health depends (its active pairs read again).
            var programs = context.getBean(Programs.class);
            var cadence = programs.find(programme).orElseThrow().frequencyDays();
            Runnable saved = () -> org.binome.programs.TestProgrammes.changeCadence(programs, programme, cadence);
            time(
                    "GET " + page + ", first view after the programme's settings saved",
                    then(saved, get(pages, page, admin)));
            time(
                    "GET /sponsor/report.pdf, first view after the programme's settings saved",
                    then(saved, get(pages, pdf, admin)));
            int[] flip = {0};
            Runnable recadenced = () -> org.binome.programs.TestProgrammes.changeCadence(
                    programs, programme, flip[0]++ % 2 == 0 ? cadence + 7 : cadence);
            time(
                    "GET " + page + ", first view after the programme's cadence changed",
                    then(recadenced, get(pages, page, admin)));
            time(
                    "GET /sponsor/report.pdf, first view after the programme's cadence changed",
                    then(recadenced, get(pages, pdf, admin)));
            org.binome.programs.TestProgrammes.changeCadence(programs, programme, cadence);
            time(
                    "GET " + page + " (dashboard page), everything read again",
                    cold(cache, records, get(pages, page, admin)));
            time("GET " + filtered + ", everything read again", cold(cache, records, get(pages, filtered, admin)));
            time("GET /sponsor/report.pdf, everything read again", cold(cache, records, get(pages, pdf, admin)));
            // The same with nothing kept in insights_pair_sessions (the first full read ever, or 12 hours later):
            // every session read, and every pair's figures written there.
            Runnable unkept = () -> jdbc.update("delete from insights_pair_sessions");
            time(
                    "GET " + page + " (dashboard page), everything read again, no pair's sessions kept",
                    then(unkept, cold(cache, records, get(pages, page, admin))));
            time("GET " + page + " (dashboard page), warm", get(pages, page, admin));
            time("GET " + filtered + ", warm", get(pages, filtered, admin));
            time("GET /sponsor/report.pdf, warm", get(pages, pdf, admin));
            time("GET /sponsor/impact.xlsx, warm", get(pages, "/sponsor/impact.xlsx?programme=" + programme, admin));
            var filters = new String[] {"department=Finance", "site=Lyon", "generation=gen-z", "seniority=15to24"};
            time("GET " + page + ": one cold read then 4 other filters (5 pages in all)", () -> {
                cache.clear();
                records.clear();
                get(pages, page, admin).get();
                for (var f : filters) {
                    get(pages, page + "&" + f, admin).get();
                }
                return null;
            });
            var registry = context.getBean(MeterRegistry.class);
            for (var route : List.of("/sponsor", "/sponsor/report.pdf")) {
                var statements = registry.find("binome.http.statements")
                        .tag("uri", route)
                        .summary();
                System.out.printf(
                        "  SQL statements per request, %s: %s%n",
                        route, statements == null ? "not counted" : String.format("%.0f", statements.max()));
            }
            var d = reports.dashboard(selection, Filter.NONE);
            System.out.printf(
                    "  check: %,d accepted, %,d pairs started, retention %d vs %d people, difference %.3f [%.3f; %.3f]%n",
                    d.participation().accepted(),
                    d.engagement().started(),
                    d.retention().participants(),
                    d.retention().comparators(),
                    d.retention().difference(),
                    d.retention().low(),
                    d.retention().high());
            System.out.printf(
                    "  heap used %d MB (max %d MB); load average %.2f%n",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1_000_000,
                    Runtime.getRuntime().maxMemory() / 1_000_000,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        if (!Boolean.getBoolean("bench.no-restarts")) {
            restarts(database, programme);
        }
    }

    /**
     * A restart on the same data, three times: the application starts, builds the figures in the background
     * ({@link ImpactAtStart}), and the first view of each page is timed once the build is over (what a sponsor arriving
     * after it gets), with how long the build took after the application was ready.
     */
    private static void restarts(BenchmarkApplication.Database database, long programme) throws Exception {
        var admin = TestUsers.person("admin", null, "fr", Role.ADMIN);
        var page = "/sponsor?programme=" + programme;
        var paths = new String[] {
            page, page + "&department=Finance&generation=millennials", "/sponsor/report.pdf?programme=" + programme
        };
        var threads = ManagementFactory.getThreadMXBean();
        for (var path : paths) {
            try (var context = BenchmarkApplication.start(database)) {
                long ready = System.nanoTime();
                context.getBean(ImpactAtStart.class).built().get();
                long built = System.nanoTime() - ready;
                var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                        .apply(SecurityMockMvcConfigurers.springSecurity());
                new SpringBootMockMvcBuilderCustomizer((WebApplicationContext) context).customize(mvc);
                var pages = mvc.build();
                // Another module's page first: what any first request of a new application pays (security, layout,
                // message bundles) is not counted as the dashboard's.
                pages.perform(MockMvcRequestBuilders.get("/admin/surveys")
                        .with(SecurityMockMvcRequestPostProcessors.user(admin)));
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                get(pages, path, admin).get();
                System.out.printf(
                        "GET %s, first view after a restart (built at start in %,d ms; after one other page): %6.1f ms  thread CPU"
                                + " %6.1f ms"
                                + "  (load %.2f)%n",
                        path,
                        built / 1_000_000,
                        (System.nanoTime() - s) / 1e6,
                        (threads.getCurrentThreadCpuTime() - c) / 1e6,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    private static Supplier<?> cold(ImpactCache cache, ImpactRecords records, Supplier<?> work) {
        return () -> {
            cache.clear();
            records.clear();
            return work.get();
        };
    }

    private static Supplier<?> then(Runnable change, Supplier<?> work) {
        return () -> {
            change.run();
            return work.get();
        };
    }

    /**
     * A session of a random pair logged as mentorships does it: its row, then {@link SessionLogged} published inside
     * the transaction (the listeners see it then, and again when the transaction ends).
     */
    private static Runnable logASession(
            org.springframework.context.ConfigurableApplicationContext context, JdbcTemplate jdbc, long programme) {
        var ids = jdbc.queryForList(
                "select id from mentorship where program_id = ? and status = 'ACTIVE' order by id",
                Long.class,
                programme);
        var random = new Random(42);
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        int[] n = {0};
        return () -> transactions.executeWithoutResult(status -> {
            long pair = ids.get(random.nextInt(ids.size()));
            var at = Instant.now().minus(1, ChronoUnit.HOURS);
            jdbc.update(
                    "insert into mentorship_session (mentorship_id, ical_uid, starts_at, duration_minutes,"
                            + " meeting_format, status, planned_by) values (?, ?, ?, 60, 'REMOTE', 'PLANNED', 'B0')",
                    pair,
                    "bench-change-" + n[0]++,
                    Timestamp.from(at));
            long session = jdbc.queryForObject("select max(id) from mentorship_session", Long.class);
            context.publishEvent(new SessionLogged(programme, pair, session, at, 60, "B0"));
        });
    }

    private static Supplier<?> fixed(ImpactData data, Filter filter) {
        return () -> ImpactFigures.of(data, filter);
    }

    private static Supplier<?> get(MockMvc mvc, String path, BinomeUser user) {
        return () -> {
            try {
                var response = mvc.perform(
                                MockMvcRequestBuilders.get(path).with(SecurityMockMvcRequestPostProcessors.user(user)))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() != 200) {
                    throw new IllegalStateException(path + " answered " + response.getStatus());
                }
                return response.getContentAsByteArray().length;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void time(String what, Supplier<?> work) {
        for (int i = 0; i < WARMUPS; i++) {
            work.get();
        }
        var times = new long[ROUNDS];
        // The request's own CPU time (MockMvc serves it on this thread; in-memory H2 works on it too, PostgreSQL's
        // server does not): on a crowded machine, what the work costs apart from waiting for a core.
        var threads = ManagementFactory.getThreadMXBean();
        var cpu = new long[ROUNDS];
        for (int i = 0; i < times.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(
                "%-66s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  thread CPU %6.1f ms  (load %.2f)%n",
                what,
                times[times.length / 2] / 1e6,
                times[(int) Math.ceil(times.length * 0.95) - 1] / 1e6,
                times[times.length - 1] / 1e6,
                cpu[cpu.length / 2] / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long fill(JdbcTemplate jdbc) {
        var random = new Random(18);
        var today = LocalDate.now();
        var people = new ArrayList<Object[]>();
        for (int i = 0; i < PEOPLE; i++) {
            var hired = today.minusDays(200 + random.nextInt(365 * 25));
            // About 8% left, some of them during the programme's year.
            var left = random.nextInt(100) < 8 ? today.minusDays(random.nextInt(400)) : null;
            people.add(new Object[] {
                "B" + i,
                "Prénom" + i,
                "Nom" + i,
                "p" + i + "@example.com",
                DEPARTMENTS[random.nextInt(DEPARTMENTS.length)],
                SITES[random.nextInt(SITES.length)],
                Date.valueOf(hired),
                hired.getYear() - random.nextInt(5),
                1960 + random.nextInt(45),
                left == null ? null : Date.valueOf(left),
                left == null ? "ACTIVE" : "LEFT"
            });
        }
        jdbc.batchUpdate(
                "insert into person (employee_number, first_name, last_name, email, department, site, hire_date,"
                        + " career_start_year, birth_year, leaving_date, status) values (?,?,?,?,?,?,?,?,?,?,?)",
                people);
        var now = Timestamp.from(Instant.now());
        var start = today.minusDays(300);
        jdbc.update(
                "insert into program (name, format, frequency_days, kick_off_date, closing_date, mentor_max_seniority,"
                        + " mentee_min_seniority, status, created_at) values (?, 'PAIRS', 30, ?, ?, 60, 0, 'RUNNING', ?)",
                "Benchmark",
                Date.valueOf(start),
                Date.valueOf(start.plusYears(1)),
                now);
        long programme = jdbc.queryForObject("select max(id) from program", Long.class);
        var applications = new ArrayList<Object[]>();
        for (int i = 0; i < PAIRS * 2; i++) {
            var submitted = Timestamp.from(Instant.now().minus(330 + random.nextInt(20), ChronoUnit.DAYS));
            applications.add(new Object[] {
                programme, "B" + i, i % 2 == 0 ? "MENTOR" : "MENTEE", submitted, now, now, submitted, submitted
            });
        }
        jdbc.batchUpdate(
                "insert into program_application (program_id, employee_number, role, status, meeting_mode,"
                        + " consent_version, consent_text, consented_at, charter_version, charter_accepted_at,"
                        + " submitted_at, updated_at) values (?, ?, ?, 'ACCEPTED', 'BOTH', 'v1', 'consent', ?, 1, ?, ?, ?)",
                applications.stream()
                        .map(a -> new Object[] {a[0], a[1], a[2], a[3], a[4], a[6], a[7]})
                        .toList());
        var pairs = new ArrayList<Object[]>();
        for (int p = 0; p < PAIRS; p++) {
            var status = p % 20 == 0 ? "ENDED_EARLY" : p % 7 == 0 ? "COMPLETED" : "ACTIVE";
            var started = start.plusDays(random.nextInt(30));
            pairs.add(new Object[] {
                programme,
                status,
                now,
                Date.valueOf(started),
                status.equals("ACTIVE") ? null : Date.valueOf(started.plusDays(60 + random.nextInt(150))),
                status.equals("ENDED_EARLY") ? "SCHEDULES" : null
            });
        }
        jdbc.batchUpdate(
                "insert into mentorship (program_id, status, created_at, started_on, ended_on, end_reason)"
                        + " values (?, ?, ?, ?, ?, ?)",
                pairs);
        var ids =
                jdbc.queryForList("select id from mentorship where program_id = ? order by id", Long.class, programme);
        var members = new ArrayList<Object[]>();
        for (int p = 0; p < ids.size(); p++) {
            members.add(new Object[] {ids.get(p), 0, "B" + (2 * p), "MENTOR"});
            members.add(new Object[] {ids.get(p), 1, "B" + (2 * p + 1), "MENTEE"});
        }
        jdbc.batchUpdate(
                "insert into mentorship_member (mentorship, mentorship_key, employee_number, member_role)"
                        + " values (?, ?, ?, ?)",
                members);
        var sessions = new ArrayList<Object[]>(10_000);
        for (int s = 0; s < SESSIONS; s++) {
            long pair = ids.get(random.nextInt(ids.size()));
            var at = Timestamp.from(Instant.now().minus(random.nextInt(300 * 24), ChronoUnit.HOURS));
            sessions.add(new Object[] {pair, "bench-" + s, at, 60, "REMOTE", "PLANNED", "B0"});
            if (sessions.size() == 10_000) {
                insertSessions(jdbc, sessions);
                sessions.clear();
            }
        }
        insertSessions(jdbc, sessions);
        return programme;
    }

    /** 20 answers per participant in four surveys; question ids from the default surveys installed at start. */
    private static long fillAnswers(JdbcTemplate jdbc, long programme) {
        record Question(long id, long survey, long version, String moment, String measure, String area) {}
        var questions = jdbc.query(
                "select q.id, s.id, v.id, s.moment, q.measure, q.area from feedback_question q"
                        + " join feedback_survey_version v on v.id = q.version_id"
                        + " join feedback_survey s on s.id = v.survey_id and v.number = s.current_version",
                (rs, i) -> new Question(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
        if (questions.isEmpty()) {
            System.out.println("No survey installed: answers skipped");
            return 0;
        }
        var random = new Random(900);
        var areas = List.of("information", "communication", "content", "safety", "problem-solving");
        var responses = new ArrayList<Object[]>();
        var answers = new ArrayList<Object[]>();
        long count = 0;
        String[] generations = {"gen-z", "millennials", "gen-x", "boomers"};
        for (int i = 0; i < PAIRS * 2; i++) {
            var role = i % 2 == 0 ? "MENTOR" : "MENTEE";
            var department = DEPARTMENTS[i % DEPARTMENTS.length];
            var site = SITES[i % SITES.length];
            var generation = generations[i % generations.length];
            var pairKey = "bench-" + i;
            int level = 1 + random.nextInt(3);
            for (var moment : List.of("ENROLMENT", "FIRST_SESSION", "MID_POINT", "END")) {
                var ofMoment = questions.stream()
                        .filter(q -> q.moment().equals(moment))
                        .toList();
                if (ofMoment.isEmpty()) {
                    continue;
                }
                var first = ofMoment.get(0);
                var id = java.util.UUID.randomUUID().toString();
                responses.add(new Object[] {
                    id,
                    first.survey(),
                    first.version(),
                    programme,
                    moment,
                    role,
                    department,
                    site,
                    generation,
                    "5to14",
                    pairKey,
                    id
                });
                var planned = new ArrayList<Object[]>();
                switch (moment) {
                    case "ENROLMENT", "END" -> {
                        for (var area : areas) {
                            int value = moment.equals("END") ? Math.min(4, level + random.nextInt(2)) : level;
                            planned.add(new Object[] {"DIGCOMP", area, value, null, null});
                        }
                        planned.add(new Object[] {"CLIMATE", null, 2 + random.nextInt(4), null, null});
                        planned.add(new Object[] {"CLIMATE", null, 2 + random.nextInt(4), null, null});
                        if (moment.equals("END")) {
                            planned.add(new Object[] {"SATISFACTION", null, 3 + random.nextInt(3), null, null});
                            planned.add(new Object[] {"RECOMMENDATION", null, 5 + random.nextInt(6), null, null});
                            planned.add(
                                    role.equals("MENTOR")
                                            ? new Object[] {"LEARNED_BACK", null, null, "business-knowledge", null}
                                            : new Object[] {"COMMENT", null, null, null, "Un binôme utile " + i});
                        }
                    }
                    case "FIRST_SESSION" -> planned.add(new Object[] {"FIT", null, null, "good-fit", null});
                    default -> {
                        planned.add(new Object[] {"SATISFACTION", null, 3 + random.nextInt(3), null, null});
                        planned.add(new Object[] {"COMMENT", null, null, null, "Des échanges réguliers " + i});
                    }
                }
                for (var a : planned) {
                    var measure = (String) a[0];
                    var question = ofMoment.stream()
                            .filter(q -> q.measure().equals(measure))
                            .findFirst()
                            .orElse(first);
                    answers.add(new Object[] {id, question.id(), measure, a[1], a[2], a[3], a[4]});
                    count++;
                }
            }
            if (answers.size() >= 10_000) {
                insertAnswers(jdbc, responses, answers);
            }
        }
        insertAnswers(jdbc, responses, answers);
        return count;
    }

    private static void insertAnswers(JdbcTemplate jdbc, List<Object[]> responses, List<Object[]> answers) {
        jdbc.batchUpdate(
                "insert into feedback_response (id, survey_id, version_id, program_id, moment, participant_role,"
                        + " department, site, generation, seniority, pair_key, receipt) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                responses);
        jdbc.batchUpdate(
                "insert into feedback_answer (response_id, question_id, measure, area, number_value, choice, text_value)"
                        + " values (?,?,?,?,?,?,?)",
                answers);
        responses.clear();
        answers.clear();
    }

    private static void insertSessions(JdbcTemplate jdbc, List<Object[]> sessions) {
        jdbc.batchUpdate(
                "insert into mentorship_session (mentorship_id, ical_uid, starts_at, duration_minutes, meeting_format,"
                        + " status, planned_by) values (?, ?, ?, ?, ?, ?, ?)",
                sessions);
    }
}
