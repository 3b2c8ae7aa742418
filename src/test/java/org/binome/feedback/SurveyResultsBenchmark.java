package org.binome.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.binome.support.BenchmarkApplication;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark command (not a test): aggregates about 200,000 answers of a programme of 10,000 participants (T0 and end
 * self-assessments in five DigComp areas, the climate block, first-session fit, satisfaction and recommendation) with
 * every filter combination, thresholds and complementary suppression included, on H2 and PostgreSQL: with the counters
 * cached, just after a new answer (the counters brought up to date), and with every counter read from scratch (the
 * first load; what the first read after an answer cost before).
 *
 * <pre>
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/bench.cp) org.binome.feedback.SurveyResultsBenchmark both
 * </pre>
 */
public final class SurveyResultsBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 10_000);
    private static final String[] DEPARTMENTS = {
        "Finance",
        "Marketing",
        "Commercial",
        "Informatique",
        "Production",
        "Logistique",
        "Juridique",
        "Achats",
        "RH",
        "Qualité"
    };
    private static final String[] SITES = {"Paris", "Lyon", "Lille", "Nantes", "Bordeaux"};
    private static final String[] GENERATIONS = {"gen-z", "millennials", "gen-x", "boomers", "unknown"};
    private static final String[] SENIORITY = {"lt5", "5to14", "15to24", "25plus", "unknown"};

    private SurveyResultsBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkApplication.onEachDatabase(args, SurveyResultsBenchmark::run);
    }

    private static void run(BenchmarkApplication.Database database) throws Exception {
        try (var context = BenchmarkApplication.start(database)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            int answers = fill(jdbc);
            System.out.printf(
                    "Filled %,d answers of %,d participants in %,d ms%n",
                    answers, PARTICIPANTS, (System.nanoTime() - t0) / 1_000_000);
            var results = context.getBean(SurveyResults.class);
            var cells = context.getBean(ResultCells.class);
            var scopes = List.of(
                    ResultScope.programme(1),
                    new ResultScope(1L, "Informatique", null, null, null),
                    new ResultScope(1L, "Informatique", "Lyon", null, null),
                    new ResultScope(1L, "Informatique", "Lyon", "gen-z", null),
                    new ResultScope(1L, "Informatique", "Lyon", "gen-z", "lt5"),
                    new ResultScope(null, null, "Paris", "boomers", null));
            for (var scope : scopes) {
                for (int i = 0; i < 3; i++) {
                    results.figures(scope);
                }
                var times = new long[15];
                SurveyFigures figures = null;
                for (int i = 0; i < times.length; i++) {
                    long started = System.nanoTime();
                    figures = results.figures(scope);
                    times[i] = (System.nanoTime() - started) / 1_000_000;
                }
                Arrays.sort(times);
                // just after a new answer (a new participant's T0, then their end answer, stored as Answers stores
                // them and announced through the stamp): the kept counters brought up to date
                var cold = new long[6];
                for (int i = 0; i < cold.length; i++) {
                    newAnswer(jdbc, i % 2 == 0 ? "ENROLMENT" : "END");
                    cells.changed();
                    long started = System.nanoTime();
                    results.figures(scope);
                    cold[i] = (System.nanoTime() - started) / 1_000_000;
                }
                Arrays.sort(cold);
                // the same read when every counter is read again from scratch (what the first read after an answer
                // cost before the counters were brought up to date incrementally)
                var full = new long[5];
                for (int i = 0; i < full.length; i++) {
                    cells.forget();
                    long started = System.nanoTime();
                    results.figures(scope);
                    full[i] = (System.nanoTime() - started) / 1_000_000;
                }
                Arrays.sort(full);
                System.out.printf(
                        "%-80s cached: median %4d ms, max %4d ms; after a new answer: median %4d ms, max %4d ms;"
                                + " full read: median %4d ms, max %4d ms (satisfaction n=%d%s)%n",
                        scope,
                        times[times.length / 2],
                        times[times.length - 1],
                        cold[cold.length / 2],
                        cold[cold.length - 1],
                        full[full.length / 2],
                        full[full.length - 1],
                        figures.satisfaction().respondents(),
                        figures.satisfaction().hidden() ? ", hidden" : "");
            }
        }
    }

    private static int added;

    /** One more response with its answers, as {@code Answers.submit} stores it: a T0, or the end answer paired to it. */
    private static void newAnswer(JdbcTemplate jdbc, String moment) {
        var random = new Random(added);
        var code = moment.equals("END") ? "end" : "enrolment";
        long survey = surveyId(jdbc, code);
        var id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into feedback_response (id, survey_id, version_id, program_id, moment, participant_role,"
                        + " department, site, generation, seniority, pair_key, receipt)"
                        + " values (?, ?, (select id from feedback_survey_version where survey_id = ? and number = 1),"
                        + " 1, ?, 'MENTEE', 'Informatique', 'Lyon', 'gen-x', '15to24', ?, ?)",
                id,
                survey,
                survey,
                moment,
                "pair-new-" + added / 2,
                "r-new-" + added);
        for (var area : DigitalArea.values()) {
            jdbc.update(
                    "insert into feedback_answer (response_id, question_id, measure, area, number_value)"
                            + " values (?, ?, 'DIGCOMP', ?, ?)",
                    id,
                    question(jdbc, "DIGCOMP"),
                    area.code(),
                    1 + random.nextInt(4));
        }
        jdbc.update(
                "insert into feedback_answer (response_id, question_id, measure, number_value) values (?, ?, 'CLIMATE', ?)",
                id,
                question(jdbc, "CLIMATE"),
                2 + random.nextInt(4));
        if (moment.equals("END")) {
            jdbc.update(
                    "insert into feedback_answer (response_id, question_id, measure, number_value)"
                            + " values (?, ?, 'SATISFACTION', ?)",
                    id,
                    question(jdbc, "SATISFACTION"),
                    4);
        }
        added++;
    }

    private static int fill(JdbcTemplate jdbc) {
        var random = new Random(42);
        long enrolment = surveyId(jdbc, "enrolment");
        long firstSession = surveyId(jdbc, "first-session");
        long end = surveyId(jdbc, "end");
        long digcomp = question(jdbc, "DIGCOMP");
        long climate = question(jdbc, "CLIMATE");
        long fit = question(jdbc, "FIT");
        long satisfaction = question(jdbc, "SATISFACTION");
        long recommendation = question(jdbc, "RECOMMENDATION");
        var responses = new ArrayList<Object[]>();
        var answers = new ArrayList<Object[]>();
        var areas = Arrays.stream(DigitalArea.values()).map(DigitalArea::code).toList();
        for (int p = 0; p < PARTICIPANTS; p++) {
            var department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            var site = SITES[random.nextInt(SITES.length)];
            var generation = GENERATIONS[random.nextInt(GENERATIONS.length)];
            var seniority = SENIORITY[random.nextInt(SENIORITY.length)];
            var pair = "pair-" + p;
            var t0 = UUID.randomUUID().toString();
            var fin = UUID.randomUUID().toString();
            var first = UUID.randomUUID().toString();
            responses.add(new Object[] {
                t0,
                enrolment,
                enrolment,
                1L,
                "ENROLMENT",
                "MENTEE",
                department,
                site,
                generation,
                seniority,
                pair,
                "r0-" + p
            });
            responses.add(new Object[] {
                fin, end, end, 1L, "END", "MENTEE", department, site, generation, seniority, pair, "r1-" + p
            });
            responses.add(new Object[] {
                first,
                firstSession,
                firstSession,
                1L,
                "FIRST_SESSION",
                "MENTEE",
                department,
                site,
                generation,
                seniority,
                pair,
                "r2-" + p
            });
            for (var area : areas) {
                int before = 1 + random.nextInt(3);
                answers.add(new Object[] {t0, digcomp, "DIGCOMP", area, before, null});
                answers.add(
                        new Object[] {fin, digcomp, "DIGCOMP", area, Math.min(4, before + random.nextInt(2)), null});
            }
            for (int i = 0; i < 4; i++) {
                answers.add(new Object[] {t0, climate, "CLIMATE", null, 2 + random.nextInt(3), null});
                answers.add(new Object[] {fin, climate, "CLIMATE", null, 3 + random.nextInt(3), null});
            }
            answers.add(
                    new Object[] {first, fit, "FIT", null, null, random.nextInt(5) == 0 ? "still-deciding" : "good-fit"
                    });
            answers.add(new Object[] {fin, satisfaction, "SATISFACTION", null, 3 + random.nextInt(3), null});
            answers.add(new Object[] {fin, recommendation, "RECOMMENDATION", null, 5 + random.nextInt(6), null});
        }
        // version ids: each survey's first version has the survey's own id in a fresh database
        jdbc.batchUpdate(
                "insert into feedback_response (id, survey_id, version_id, program_id, moment, participant_role,"
                        + " department, site, generation, seniority, pair_key, receipt)"
                        + " values (?, ?, (select id from feedback_survey_version where survey_id = ? and number = 1),"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                responses);
        jdbc.batchUpdate(
                "insert into feedback_answer (response_id, question_id, measure, area, number_value, choice)"
                        + " values (?, ?, ?, ?, ?, ?)",
                answers);
        return answers.size();
    }

    private static long surveyId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from feedback_survey where code = ?", Long.class, code);
    }

    private static long question(JdbcTemplate jdbc, String measure) {
        return jdbc.queryForObject("select min(id) from feedback_question where measure = ?", Long.class, measure);
    }
}
