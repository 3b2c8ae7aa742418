package org.binome.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binome.people.Bands;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback module's facade for results: aggregated survey figures for a programme (or every programme) and
 * optional group filters, with the anonymity thresholds already applied. This is a contract other modules (the
 * impact dashboard, the sponsor report) rely on: records and their fields are only ever added to, never renamed or
 * removed.
 *
 * <p><b>What a caller never gets.</b> No individual answer, no identity, no count of a group under the threshold. A
 * figure is computed from the answers given in the scope, with the group attributes (department, site, generation,
 * seniority band) captured when each answer was given.
 *
 * <p><b>Thresholds</b> ({@link SurveyFigures.Thresholds}, configuration): a score is shown only when at least
 * {@code binome.feedback.min-group-size} (default 5) people answered it, comments only when the scope holds at least
 * {@code binome.feedback.min-comments} (default 10). Neither can be configured below 3.
 *
 * <p><b>Complementary suppression.</b> For every filter set in the scope (programme, department, site, generation,
 * seniority) the scope's siblings along that filter are considered (e.g. for department "IT" at site "Lyon": every
 * department at Lyon). When the hidden siblings add up to fewer than the threshold, the smallest shown siblings are
 * hidden as well, until the hidden ones reach the threshold; a scope hidden that way is reported hidden. So no
 * combination of filters, and no subtraction of one shown figure from another along a filter, reveals a group under
 * the threshold. The same rule applies per figure (each figure has its own respondents) and to the per-generation
 * breakdown of attitudes, whose siblings are the other generations.
 *
 * <p><b>A hidden figure</b> has {@code hidden = true}, a respondent count of 0 and zero values: show "not enough
 * answers to display" rather than a number.
 *
 * <p>Cost: one pass of grouped queries over the answers (independent of the filters), then sums in memory.
 */
@Service
public class SurveyResults {

    static final List<String> FIT_CODES = List.of("good-fit", "still-deciding", "not-a-fit");
    private static final int MAX_QUOTES = 200;

    private final ResultCells cells;
    private final FeedbackSettings settings;
    private final JdbcClient jdbc;

    SurveyResults(ResultCells cells, FeedbackSettings settings, JdbcClient jdbc) {
        this.cells = cells;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** The thresholds in force. */
    SurveyFigures.Thresholds thresholds() {
        return settings.thresholds();
    }

    /** Every figure for one scope, thresholds and complementary suppression applied. */
    @Transactional(readOnly = true)
    public SurveyFigures figures(ResultScope scope) {
        return figures(scope, true);
    }

    /**
     * The same without the comments ({@code quotes()} is null): what a page that shows no quote needs, without reading
     * every comment of the scope.
     */
    @Transactional(readOnly = true)
    public SurveyFigures figuresWithoutQuotes(ResultScope scope) {
        return figures(scope, false);
    }

    private SurveyFigures figures(ResultScope scope, boolean withQuotes) {
        var disclosure = new Disclosure(cells.load());
        var tally = disclosure.sum(scope);
        int k = settings.minGroupSize();
        return new SurveyFigures(
                scope,
                thresholds(),
                participation(disclosure, scope, tally, k),
                fit(disclosure, scope, tally, k),
                satisfaction(disclosure, scope, tally, k),
                recommendation(disclosure, scope, tally, k),
                skills(disclosure, scope, tally, k),
                learnedBack(disclosure, scope, tally, k),
                attitudes(disclosure, scope, k),
                withQuotes ? quotes(disclosure, scope, tally) : null);
    }

    private static List<Participation> participation(Disclosure disclosure, ResultScope scope, Tally tally, int k) {
        var list = new ArrayList<Participation>();
        for (SurveyMoment moment : SurveyMoment.values()) {
            if (moment == SurveyMoment.MANUAL) {
                continue;
            }
            var key = "moment:" + moment.name();
            list.add(
                    disclosure.shown(scope, t -> t.get(key), k)
                            ? new Participation(moment, tally.count(key), false)
                            : new Participation(moment, 0, true));
        }
        return list;
    }

    private static FitDistribution fit(Disclosure disclosure, ResultScope scope, Tally tally, int k) {
        if (!disclosure.shown(scope, t -> t.get("n:FIT"), k)) {
            return FitDistribution.HIDDEN;
        }
        return new FitDistribution(
                tally.count("n:FIT"),
                false,
                tally.count("h:FIT:good-fit"),
                tally.count("h:FIT:still-deciding"),
                tally.count("h:FIT:not-a-fit"));
    }

    private static Satisfaction satisfaction(Disclosure disclosure, ResultScope scope, Tally tally, int k) {
        if (!disclosure.shown(scope, t -> t.get("n:SATISFACTION"), k)) {
            return Satisfaction.HIDDEN;
        }
        int n = tally.count("n:SATISFACTION");
        int favourable = tally.count("h:SATISFACTION:#4") + tally.count("h:SATISFACTION:#5");
        return new Satisfaction(n, false, favourable, 100.0 * favourable / n, tally.get("sum:SATISFACTION") / n);
    }

    private static Recommendation recommendation(Disclosure disclosure, ResultScope scope, Tally tally, int k) {
        if (!disclosure.shown(scope, t -> t.get("n:RECOMMENDATION"), k)) {
            return Recommendation.HIDDEN;
        }
        int n = tally.count("n:RECOMMENDATION");
        int promoters = tally.count("h:RECOMMENDATION:#9") + tally.count("h:RECOMMENDATION:#10");
        int passives = tally.count("h:RECOMMENDATION:#7") + tally.count("h:RECOMMENDATION:#8");
        int detractors = n - promoters - passives;
        return new Recommendation(n, false, promoters, passives, detractors, 100.0 * (promoters - detractors) / n);
    }

    private static List<SkillChange> skills(Disclosure disclosure, ResultScope scope, Tally tally, int k) {
        var list = new ArrayList<SkillChange>();
        for (DigitalArea area : DigitalArea.values()) {
            var prefix = "pair:" + area.code() + ":";
            if (!disclosure.shown(scope, t -> t.get(prefix + "n"), k)) {
                list.add(SkillChange.hidden(area));
                continue;
            }
            int pairs = tally.count(prefix + "n");
            double before = tally.get(prefix + "before") / pairs;
            double after = tally.get(prefix + "after") / pairs;
            int gain = tally.count(prefix + "gain");
            list.add(new SkillChange(area, pairs, false, before, after, after - before, gain, 100.0 * gain / pairs));
        }
        return list;
    }

    private LearnedBack learnedBack(Disclosure disclosure, ResultScope scope, Tally tally, int k) {
        if (!disclosure.shown(scope, t -> t.get("n:LEARNED_BACK"), k)) {
            return LearnedBack.HIDDEN;
        }
        int n = tally.count("n:LEARNED_BACK");
        var topics = new ArrayList<LearnedBack.Topic>();
        for (var option : optionLabels(Measure.LEARNED_BACK).entrySet()) {
            int count = tally.count("h:LEARNED_BACK:" + option.getKey());
            topics.add(new LearnedBack.Topic(
                    option.getKey(), option.getValue()[0], option.getValue()[1], count, 100.0 * count / n));
        }
        topics.sort(Comparator.comparingInt(LearnedBack.Topic::count).reversed());
        return new LearnedBack(n, false, topics);
    }

    private static List<AttitudeChange> attitudes(Disclosure disclosure, ResultScope scope, int k) {
        var list = new ArrayList<AttitudeChange>();
        for (String generation : Bands.GENERATIONS) {
            if (scope.generation() != null && !scope.generation().equals(generation)) {
                continue;
            }
            var cell = scope.withGeneration(generation);
            var tally = disclosure.sum(cell);
            int pairs = tally.count("climate:n");
            if (pairs == 0 && Bands.UNKNOWN.equals(generation) && scope.generation() == null) {
                continue;
            }
            if (!disclosure.shown(cell, t -> t.get("climate:n"), k)) {
                list.add(AttitudeChange.hidden(generation));
            } else {
                list.add(new AttitudeChange(
                        generation,
                        pairs,
                        false,
                        tally.get("climate:before") / pairs,
                        tally.get("climate:after") / pairs));
            }
        }
        return list;
    }

    private Quotes quotes(Disclosure disclosure, ResultScope scope, Tally tally) {
        if (!disclosure.shown(scope, t -> t.get("n:COMMENT"), settings.minComments())) {
            return Quotes.HIDDEN;
        }
        var texts = jdbc.sql(
                        "select a.text_value from feedback_answer a join feedback_response r on r.id = a.response_id"
                                + " where a.measure = 'COMMENT' and a.text_value is not null"
                                + " and (cast(:programme as bigint) is null or r.program_id = :programme)"
                                + " and (cast(:department as varchar) is null or r.department = :department)"
                                + " and (cast(:site as varchar) is null or r.site = :site)"
                                + " and (cast(:generation as varchar) is null or r.generation = :generation)"
                                + " and (cast(:seniority as varchar) is null or r.seniority = :seniority)"
                                + " order by r.id, a.question_id")
                .param("programme", scope.programmeId())
                .param("department", scope.department())
                .param("site", scope.site())
                .param("generation", scope.generation())
                .param("seniority", scope.seniority())
                .query(String.class)
                .list();
        return new Quotes(texts.size(), false, texts.subList(0, Math.min(MAX_QUOTES, texts.size())));
    }

    /** Option code → {French label, English label} of the questions measuring this, newest version first. */
    Map<String, String[]> optionLabels(Measure measure) {
        var labels = new LinkedHashMap<String, String[]>();
        jdbc.sql("select o.code, o.label_fr, o.label_en from feedback_option o"
                        + " join feedback_question q on q.id = o.question_id where q.measure = :measure"
                        + " order by q.version_id desc, o.position")
                .param("measure", measure.name())
                .query(rs -> {
                    labels.putIfAbsent(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return labels;
    }
}
