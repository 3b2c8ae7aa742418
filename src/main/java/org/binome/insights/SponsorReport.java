package org.binome.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.binome.programs.Phase;
import org.binome.programs.ProgramView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sponsor's one-page report: programme, period and objectives; four tiles; the chain from reaction to learning to
 * behaviour to results; caveats. Composed once as texts in the reader's language, then shown on screen or written as
 * PDF by {@link ReportPdf}, so both say the same.
 */
@Component
class SponsorReport {

    /** A tile: a headline figure, what it is, and one line of context. */
    record Tile(String value, String label, String detail) {}

    /** One link of the chain: its level (reaction, learning, behaviour, results) and what the figures say. */
    record Link(String level, String text) {}

    record Report(
            String title,
            String programme,
            String period,
            List<String> objectives,
            List<Tile> tiles,
            List<Link> chain,
            List<String> quotes,
            List<String> caveats,
            String generatedOn,
            java.util.Map<String, String> headings) {}

    private final ImpactReports reports;
    private final MessageSource messages;

    SponsorReport(ImpactReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    Report of(ImpactReports.Selection selection, Locale locale) {
        return of(
                selection,
                reports.dashboard(selection, Filter.NONE),
                reports.surveysWithQuotes(selection, Filter.NONE),
                reports.today(),
                locale);
    }

    /** The report; {@code surveys} null when survey results cannot be read for this selection. */
    Report of(
            ImpactReports.Selection selection,
            Dashboard d,
            org.binome.feedback.SurveyFigures surveys,
            LocalDate today,
            Locale locale) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var one = selection.programme();
        var programme = one == null
                ? t(
                        locale,
                        "insights.report.allProgrammes",
                        Formats.integer(selection.programmes().size(), locale))
                : one.name();
        var objectives = one == null ? List.<String>of() : one.objectives();
        var p = d.participation();
        var e = d.engagement();
        var r = d.retention();
        var l = d.links();
        var tiles = new ArrayList<Tile>();
        tiles.add(
                p.shown()
                        ? new Tile(
                                Formats.integer(p.accepted(), locale),
                                t(locale, "insights.tile.participants"),
                                t(locale, "insights.tile.participants.detail", Formats.percent(p.matchRate(), locale)))
                        : hiddenTile(locale, "insights.tile.participants"));
        tiles.add(
                e.shown()
                        ? new Tile(
                                Formats.integer(e.active(), locale),
                                t(locale, "insights.tile.active"),
                                t(
                                        locale,
                                        "insights.tile.active.detail",
                                        Formats.percent(e.earlyClosureRate(), locale),
                                        Formats.integer(e.endedEarly(), locale)))
                        : hiddenTile(locale, "insights.tile.active"));
        var satisfaction = surveys == null ? null : surveys.satisfaction();
        var recommendation = surveys == null ? null : surveys.recommendation();
        tiles.add(
                satisfaction != null && !satisfaction.hidden()
                        ? new Tile(
                                Formats.percent(satisfaction.favourablePercent() / 100, locale),
                                t(locale, "insights.tile.satisfied"),
                                recommendation.hidden()
                                        ? t(locale, "insights.survey.notEnough")
                                        : t(
                                                locale,
                                                "insights.tile.satisfaction.detail",
                                                Formats.signed(recommendation.score(), locale),
                                                Formats.integer(recommendation.respondents(), locale)))
                        : new Tile(
                                Formats.NONE,
                                t(locale, "insights.tile.satisfaction"),
                                t(
                                        locale,
                                        surveys == null
                                                ? "insights.survey.chooseProgramme"
                                                : "insights.survey.notEnough")));
        tiles.add(
                r.shown()
                        ? new Tile(
                                Formats.points(r.difference(), locale),
                                t(locale, "insights.tile.retention", r.horizonMonths()),
                                t(
                                        locale,
                                        "insights.tile.retention.detail",
                                        Formats.integer(r.participants(), locale),
                                        Formats.integer(r.comparators(), locale),
                                        Formats.points(r.low(), locale),
                                        Formats.points(r.high(), locale)))
                        : hiddenTile(locale, "insights.tile.retention", 12));
        var chain = new ArrayList<Link>();
        chain.add(new Link(t(locale, "insights.chain.reaction"), reaction(surveys, locale)));
        chain.add(new Link(t(locale, "insights.chain.learning"), learning(surveys, locale)));
        chain.add(new Link(
                t(locale, "insights.chain.behaviour"),
                e.shown()
                        ? t(
                                locale,
                                "insights.chain.behaviour.text",
                                Formats.decimal(e.sessionsPerPairMonth(), locale),
                                Formats.decimal(e.hoursPerPairMonth(), locale),
                                Formats.percent(e.recentShare(), locale))
                        : t(locale, "insights.hidden", Anonymity.MINIMUM_GROUP)));
        chain.add(new Link(
                t(locale, "insights.chain.results"),
                (r.shown()
                                ? t(
                                        locale,
                                        "insights.chain.results.retention",
                                        Formats.percent(r.participantRate(), locale),
                                        Formats.percent(r.comparatorRate(), locale),
                                        r.horizonMonths())
                                : t(locale, "insights.chain.results.noRetention"))
                        + " "
                        + (l.shown()
                                ? t(
                                        locale,
                                        "insights.chain.results.links",
                                        Formats.percent(l.crossDepartment(), locale),
                                        Formats.percent(l.crossGeneration(), locale))
                                : "")));
        var caveats = new ArrayList<String>();
        if (r.shown()) {
            caveats.add(t(
                    locale,
                    "insights.caveat.sizes",
                    Formats.integer(r.participants(), locale),
                    Formats.integer(r.comparators(), locale)));
            if (r.indicative()) {
                caveats.add(t(locale, "insights.caveat.indicative"));
            }
        }
        caveats.add(t(locale, "insights.caveat.method"));
        caveats.add(t(locale, "insights.caveat.association"));
        caveats.add(t(locale, "insights.caveat.anonymity", Anonymity.MINIMUM_GROUP));
        return new Report(
                t(locale, "insights.report.title"),
                programme,
                period(selection.programmes(), today, dates, locale),
                objectives,
                tiles,
                chain,
                quotes(surveys == null ? null : surveys.quotes()),
                caveats,
                t(locale, "insights.report.generatedOn", dates.format(today)),
                java.util.Map.of(
                        "objectives", t(locale, "insights.report.objectives"),
                        "chain", t(locale, "insights.report.chain"),
                        "quotes", t(locale, "insights.report.quotes"),
                        "caveats", t(locale, "insights.report.caveats")));
    }

    private String reaction(org.binome.feedback.SurveyFigures surveys, Locale locale) {
        if (surveys == null) {
            return t(locale, "insights.survey.chooseProgramme");
        }
        var s = surveys.satisfaction();
        var r = surveys.recommendation();
        var fit = surveys.fit();
        if (s.hidden() || r.hidden()) {
            return t(locale, "insights.chain.reaction.hidden");
        }
        return t(
                locale,
                "insights.chain.reaction.text",
                Formats.percent(s.favourablePercent() / 100, locale),
                Formats.integer(s.respondents(), locale),
                Formats.signed(r.score(), locale),
                fit.hidden() ? Formats.NONE : Formats.percent(fit.goodFitPercent() / 100, locale));
    }

    /** The area where mentees progressed most, and what mentors most often say they learned back. */
    private String learning(org.binome.feedback.SurveyFigures surveys, Locale locale) {
        if (surveys == null) {
            return t(locale, "insights.survey.chooseProgramme");
        }
        var best = surveys.skills().stream()
                .filter(a -> !a.hidden())
                .max(java.util.Comparator.comparingDouble(org.binome.feedback.SkillChange::meanChange));
        var text = best.map(a -> t(
                        locale,
                        "insights.chain.learning.text",
                        t(locale, a.area().labelKey()),
                        Formats.decimal(a.meanBefore(), locale),
                        Formats.decimal(a.meanAfter(), locale),
                        Formats.percent(a.gainingOneLevelPercent() / 100, locale)))
                .orElse(t(locale, "insights.chain.learning.hidden"));
        var learned = surveys.learnedBack();
        if (!learned.hidden() && !learned.topics().isEmpty()) {
            var top = learned.topics().get(0);
            text += " "
                    + t(
                            locale,
                            "insights.chain.learning.back",
                            top.label(locale),
                            Formats.percent(top.percent() / 100, locale));
        }
        return text;
    }

    /**
     * Up to two anonymous comments, only when feedback shows them (enough comments in the scope): the two longest
     * that fit in 240 characters, so that the page stays one page.
     */
    static List<String> quotes(org.binome.feedback.Quotes quotes) {
        if (quotes == null || quotes.hidden()) {
            return List.of();
        }
        return quotes.texts().stream()
                .map(String::strip)
                .filter(q -> q.length() >= 20 && q.length() <= 240)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .limit(2)
                .toList();
    }

    private String period(List<ProgramView> programmes, LocalDate today, DateTimeFormatter dates, Locale locale) {
        var from = programmes.stream()
                .map(p -> p.date(Phase.KICK_OFF) != null ? p.date(Phase.KICK_OFF) : p.date(Phase.APPLICATIONS_OPEN))
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        var to = programmes.stream()
                .map(p -> p.date(Phase.CLOSING))
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (from == null) {
            return t(locale, "insights.report.periodUnknown", dates.format(today));
        }
        return t(
                locale,
                "insights.report.period",
                dates.format(from),
                to == null ? "…" : dates.format(to),
                dates.format(today));
    }

    private Tile hiddenTile(Locale locale, String label, Object... args) {
        return new Tile(Formats.NONE, t(locale, label, args), t(locale, "insights.hidden", Anonymity.MINIMUM_GROUP));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    byte[] pdf(Report report, Locale locale) {
        return ReportPdf.write(report, locale);
    }
}
