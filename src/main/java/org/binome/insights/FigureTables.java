package org.binome.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.feedback.SurveyFigures;
import org.binome.people.Bands;
import org.springframework.context.MessageSource;

/**
 * The dashboard's figures as tables of text in the reader's language: shown under each chart (for screen readers and
 * print) and written as they are to the CSV and XLSX exports, so that the three never disagree. A hidden section's
 * table says so in one row instead of its figures.
 */
final class FigureTables {

    /** One table: an id (anchor and export section), a caption, column headers and rows. */
    record Table(String id, String caption, List<String> headers, List<List<String>> rows) {}

    private final MessageSource messages;
    private final Locale locale;

    FigureTables(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<Table> of(Dashboard d) {
        return of(d, null);
    }

    /** The dashboard's tables, with the survey ones when {@code surveys} is given. */
    List<Table> of(Dashboard d, SurveyFigures surveys) {
        var tables = new ArrayList<Table>();
        tables.add(participation(d.participation()));
        tables.add(matching(d.participation()));
        tables.add(engagement(d.engagement()));
        tables.add(closures(d.engagement()));
        if (surveys != null) {
            tables.add(reaction(surveys));
            tables.add(skills(surveys));
            tables.add(learnedBack(surveys));
            tables.add(attitudes(surveys));
        }
        tables.add(retention(d.retention()));
        tables.add(curves(d.retention()));
        tables.add(links(d.links()));
        tables.add(departmentMap(d.links()));
        return tables;
    }

    Table participation(Dashboard.Participation p) {
        var headers = List.of(
                t("insights.table.role"),
                t("insights.table.eligible"),
                t("insights.table.applicants"),
                t("insights.table.applicantShare"),
                t("insights.table.accepted"));
        var rows = new ArrayList<List<String>>();
        if (p.shown()) {
            for (var r : p.roles()) {
                rows.add(List.of(
                        t("insights.role." + r.role()),
                        Formats.integer(r.eligible(), locale),
                        Formats.integer(r.applicants(), locale),
                        Formats.percent(r.applicantShare(), locale),
                        Formats.integer(r.accepted(), locale)));
            }
        } else {
            rows.add(hiddenRow(headers.size()));
        }
        return new Table("participation", t("insights.participation.title"), headers, rows);
    }

    /** How many accepted people are in a pair, and how long they waited. */
    Table matching(Dashboard.Participation p) {
        var headers = List.of(t("insights.table.figure"), t("insights.table.value"));
        var rows = new ArrayList<List<String>>();
        if (p.shown()) {
            rows.add(List.of(
                    t("insights.participation.matchRate"),
                    Formats.percent(p.matchRate(), locale) + " (" + Formats.integer(p.matched(), locale) + "/"
                            + Formats.integer(p.accepted(), locale) + ")"));
            rows.add(List.of(t("insights.participation.medianDays"), days(p.medianDaysToMatch())));
        } else {
            rows.add(hiddenRow(headers.size()));
        }
        return new Table("matching", t("insights.matching.title"), headers, rows);
    }

    Table engagement(Dashboard.Engagement e) {
        var headers = List.of(t("insights.table.figure"), t("insights.table.value"));
        var rows = new ArrayList<List<String>>();
        if (e.shown()) {
            rows.add(List.of(t("insights.engagement.started"), Formats.integer(e.started(), locale)));
            rows.add(List.of(t("insights.engagement.active"), Formats.integer(e.active(), locale)));
            rows.add(List.of(
                    t("insights.engagement.recent"),
                    Formats.percent(e.recentShare(), locale) + " ("
                            + Formats.integer(e.activeWithRecentSession(), locale) + ")"));
            rows.add(List.of(
                    t("insights.engagement.sessionsPerMonth"), Formats.decimal(e.sessionsPerPairMonth(), locale)));
            rows.add(List.of(t("insights.engagement.hoursPerMonth"), Formats.decimal(e.hoursPerPairMonth(), locale)));
            rows.add(List.of(t("insights.engagement.stalled"), Formats.integer(e.stalled(), locale)));
            rows.add(List.of(
                    t("insights.engagement.endedEarly"),
                    Formats.percent(e.earlyClosureRate(), locale) + " (" + Formats.integer(e.endedEarly(), locale)
                            + ")"));
        } else {
            rows.add(hiddenRow(headers.size()));
        }
        return new Table("engagement", t("insights.engagement.title"), headers, rows);
    }

    Table closures(Dashboard.Engagement e) {
        var headers = List.of(t("insights.table.reason"), t("insights.table.pairs"));
        var rows = new ArrayList<List<String>>();
        if (e.shown()) {
            e.endReasons()
                    .forEach((reason, count) ->
                            rows.add(List.of(t("insights.endReason." + reason), Formats.integer(count, locale))));
        } else {
            rows.add(hiddenRow(headers.size()));
        }
        return new Table("closures", t("insights.closures.title"), headers, rows);
    }

    /** First-session fit, satisfaction and recommendation, each with its respondents or "not enough answers". */
    Table reaction(SurveyFigures s) {
        var headers = List.of(t("insights.table.figure"), t("insights.table.value"), t("insights.table.respondents"));
        var rows = new ArrayList<List<String>>();
        var fit = s.fit();
        rows.add(
                fit.hidden()
                        ? notEnough("insights.survey.fit")
                        : List.of(
                                t("insights.survey.fit"),
                                Formats.percent(fit.goodFitPercent() / 100, locale),
                                Formats.integer(fit.respondents(), locale)));
        var satisfaction = s.satisfaction();
        rows.add(
                satisfaction.hidden()
                        ? notEnough("insights.survey.satisfaction")
                        : List.of(
                                t("insights.survey.satisfaction"),
                                Formats.percent(satisfaction.favourablePercent() / 100, locale),
                                Formats.integer(satisfaction.respondents(), locale)));
        var recommendation = s.recommendation();
        rows.add(
                recommendation.hidden()
                        ? notEnough("insights.survey.recommendation")
                        : List.of(
                                t("insights.survey.recommendation"),
                                Formats.signed(recommendation.score(), locale),
                                Formats.integer(recommendation.respondents(), locale)));
        return new Table("reaction", t("insights.reaction.title"), headers, rows);
    }

    /** Mentees' DigComp levels (1-4) at the start and the end, paired, per area. */
    Table skills(SurveyFigures s) {
        var headers = List.of(
                t("insights.table.area"),
                t("insights.table.pairs"),
                t("insights.table.before"),
                t("insights.table.after"),
                t("insights.table.change"),
                t("insights.table.gaining"));
        var rows = new ArrayList<List<String>>();
        for (var area : s.skills()) {
            var name = t(area.area().labelKey());
            rows.add(
                    area.hidden()
                            ? withBlanks(List.of(name, t("insights.survey.notEnough")), headers.size())
                            : List.of(
                                    name,
                                    Formats.integer(area.pairs(), locale),
                                    Formats.decimal(area.meanBefore(), locale),
                                    Formats.decimal(area.meanAfter(), locale),
                                    Formats.signedDecimal(area.meanChange(), locale),
                                    Formats.percent(area.gainingOneLevelPercent() / 100, locale)));
        }
        return new Table("skills", t("insights.skills.title"), headers, rows);
    }

    /** What mentors say they learned back from their mentees. */
    Table learnedBack(SurveyFigures s) {
        var headers = List.of(t("insights.table.topic"), t("insights.table.mentors"), t("insights.table.share"));
        var rows = new ArrayList<List<String>>();
        var learned = s.learnedBack();
        if (learned.hidden()) {
            rows.add(withBlanks(List.of(t("insights.survey.notEnough")), headers.size()));
        } else {
            for (var topic : learned.topics()) {
                rows.add(List.of(
                        topic.label(locale),
                        Formats.integer(topic.count(), locale),
                        Formats.percent(topic.percent() / 100, locale)));
            }
        }
        return new Table("learnedBack", t("insights.learnedBack.title"), headers, rows);
    }

    /** How each generation sees working with the other, before and after (1-5). */
    Table attitudes(SurveyFigures s) {
        var headers = List.of(
                t("insights.table.generation"),
                t("insights.table.pairs"),
                t("insights.table.before"),
                t("insights.table.after"),
                t("insights.table.change"));
        var rows = new ArrayList<List<String>>();
        for (var a : s.attitudes()) {
            var name = t(Bands.label(a.generation()));
            rows.add(
                    a.hidden()
                            ? withBlanks(List.of(name, t("insights.survey.notEnough")), headers.size())
                            : List.of(
                                    name,
                                    Formats.integer(a.pairs(), locale),
                                    Formats.decimal(a.meanBefore(), locale),
                                    Formats.decimal(a.meanAfter(), locale),
                                    Formats.signedDecimal(a.change(), locale)));
        }
        return new Table("attitudes", t("insights.attitudes.title"), headers, rows);
    }

    private List<String> notEnough(String key) {
        return List.of(t(key), t("insights.survey.notEnough"), "");
    }

    private static List<String> withBlanks(List<String> cells, int width) {
        var row = new ArrayList<String>(cells);
        while (row.size() < width) {
            row.add("");
        }
        return row;
    }

    Table retention(Dashboard.Retention r) {
        var headers = List.of(
                t("insights.table.group"),
                t("insights.table.people"),
                t("insights.table.left"),
                t("insights.retention.rateAt", r.horizonMonths()));
        var rows = new ArrayList<List<String>>();
        if (r.shown()) {
            rows.add(List.of(
                    t("insights.retention.participants"),
                    Formats.integer(r.participants(), locale),
                    Formats.integer(r.participantsLeft(), locale),
                    Formats.percent(r.participantRate(), locale)));
            rows.add(List.of(
                    t("insights.retention.comparators"),
                    Formats.integer(r.comparators(), locale),
                    Formats.integer(r.comparatorsLeft(), locale),
                    Formats.percent(r.comparatorRate(), locale)));
            rows.add(List.of(t("insights.retention.difference"), "", "", Formats.points(r.difference(), locale)));
            rows.add(List.of(
                    t("insights.retention.interval"),
                    "",
                    "",
                    Formats.points(r.low(), locale) + " ; " + Formats.points(r.high(), locale)));
        } else {
            rows.add(hiddenRow(headers.size()));
        }
        return new Table("retention", t("insights.retention.title"), headers, rows);
    }

    Table curves(Dashboard.Retention r) {
        var headers = List.of(
                t("insights.table.day"), t("insights.retention.participants"), t("insights.retention.comparators"));
        var rows = new ArrayList<List<String>>();
        if (r.shown()) {
            var days = new java.util.TreeSet<Integer>();
            r.participantCurve().forEach(p -> days.add(p.day()));
            r.comparatorCurve().forEach(p -> days.add(p.day()));
            for (var day : days) {
                rows.add(List.of(
                        Formats.integer(day, locale),
                        Formats.percent(at(r.participantCurve(), day), locale),
                        Formats.percent(at(r.comparatorCurve(), day), locale)));
            }
        } else {
            rows.add(hiddenRow(headers.size()));
        }
        return new Table("curves", t("insights.curves.title"), headers, rows);
    }

    /** The step curve's value on a day: the last point at or before it. */
    static double at(List<Dashboard.CurvePoint> curve, int day) {
        double s = 1.0;
        for (var p : curve) {
            if (p.day() > day) {
                break;
            }
            s = p.staying();
        }
        return s;
    }

    Table links(Dashboard.Links l) {
        var headers = List.of(t("insights.table.figure"), t("insights.table.value"));
        var rows = new ArrayList<List<String>>();
        if (l.shown()) {
            rows.add(List.of(t("insights.links.pairs"), Formats.integer(l.pairs(), locale)));
            rows.add(List.of(t("insights.links.departments"), Formats.percent(l.crossDepartment(), locale)));
            rows.add(List.of(t("insights.links.sites"), Formats.percent(l.crossSite(), locale)));
            rows.add(List.of(t("insights.links.generations"), Formats.percent(l.crossGeneration(), locale)));
        } else {
            rows.add(hiddenRow(headers.size()));
        }
        return new Table("links", t("insights.links.title"), headers, rows);
    }

    /** Pairs per mentor's department (rows) and mentee's department (columns); 1 to 4 pairs show as "< 5". */
    Table departmentMap(Dashboard.Links l) {
        return departmentMap(l, Integer.MAX_VALUE);
    }

    /**
     * The same map with at most {@code most} departments, as the page shows it (a company has dozens of departments;
     * a map of 50 × 50 cells says nothing at a glance, and the exports hold every department): the {@code most - 1}
     * departments in the most pairs (as the mentor's or the mentee's department) keep their row and column, in their
     * order; the others are counted together in a last row and column. Counts are added before the "< 5" rule applies.
     */
    Table departmentMap(Dashboard.Links l, int most) {
        var headers = new ArrayList<String>();
        headers.add(t("insights.map.corner"));
        var rows = new ArrayList<List<String>>();
        if (l.shown()) {
            var names = l.departments();
            int n = names.size();
            int[] group = new int[n];
            var labels = new ArrayList<String>(names);
            if (n > most) {
                var inPairs = new int[n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        inPairs[i] += l.map().get(i).get(j);
                        inPairs[j] += l.map().get(i).get(j);
                    }
                }
                var byPairs = new ArrayList<Integer>();
                for (int i = 0; i < n; i++) {
                    byPairs.add(i);
                }
                byPairs.sort((a, b) -> inPairs[a] != inPairs[b] ? Integer.compare(inPairs[b], inPairs[a]) : a - b);
                var kept = new boolean[n];
                for (int k = 0; k < most - 1; k++) {
                    kept[byPairs.get(k)] = true;
                }
                labels.clear();
                for (int i = 0; i < n; i++) {
                    group[i] = kept[i] ? labels.size() : -1;
                    if (kept[i]) {
                        labels.add(names.get(i));
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (group[i] < 0) {
                        group[i] = labels.size();
                    }
                }
                labels.add(t("insights.map.others", n - (most - 1)));
            } else {
                for (int i = 0; i < n; i++) {
                    group[i] = i;
                }
            }
            int size = labels.size();
            var counts = new int[size][size];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    counts[group[i]][group[j]] += l.map().get(i).get(j);
                }
            }
            headers.addAll(labels);
            for (int i = 0; i < size; i++) {
                var row = new ArrayList<String>();
                row.add(labels.get(i));
                for (int count : counts[i]) {
                    row.add(cell(count));
                }
                rows.add(row);
            }
        } else {
            headers.add("");
            rows.add(hiddenRow(2));
        }
        return new Table("map", t("insights.map.title"), headers, rows);
    }

    String cell(int count) {
        if (count == 0) {
            return "0";
        }
        return count < Anonymity.MINIMUM_GROUP ? "< " + Anonymity.MINIMUM_GROUP : Formats.integer(count, locale);
    }

    private String days(Double days) {
        return days == null ? Formats.NONE : t("insights.days", Formats.decimal(days, locale));
    }

    private List<String> hiddenRow(int width) {
        var row = new ArrayList<String>();
        row.add(t("insights.hidden", Anonymity.MINIMUM_GROUP));
        while (row.size() < width) {
            row.add("");
        }
        return row;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
