package org.binome.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.people.Bands;
import org.springframework.context.MessageSource;

/**
 * The figures of a scope as rows (section, item, respondents, value), for the CSV and XLSX exports: the same numbers
 * as the page, hidden ones written as "not enough answers", never a value.
 */
final class ResultRows {

    record Row(String section, String item, Integer respondents, Double value, String note) {}

    private ResultRows() {}

    static List<Row> of(SurveyFigures figures, MessageSource messages, Locale locale) {
        var rows = new ArrayList<Row>();
        String hidden = messages.getMessage("feedback.results.hidden", null, locale);
        for (var p : figures.participation()) {
            rows.add(row(
                    text(messages, "feedback.results.participation", locale),
                    text(messages, "feedback.moment." + p.moment().name(), locale),
                    p.hidden(),
                    p.respondents(),
                    (double) p.respondents(),
                    hidden));
        }
        var fit = figures.fit();
        var fitSection = text(messages, "feedback.results.fit", locale);
        rows.add(row(
                fitSection,
                text(messages, "feedback.results.fit.good", locale),
                fit.hidden(),
                fit.respondents(),
                fit.goodFitPercent(),
                hidden));
        rows.add(row(
                fitSection,
                text(messages, "feedback.results.fit.deciding", locale),
                fit.hidden(),
                fit.respondents(),
                fit.stillDecidingPercent(),
                hidden));
        rows.add(row(
                fitSection,
                text(messages, "feedback.results.fit.not", locale),
                fit.hidden(),
                fit.respondents(),
                fit.notAGoodFitPercent(),
                hidden));
        var satisfaction = figures.satisfaction();
        rows.add(row(
                text(messages, "feedback.results.satisfaction", locale),
                text(messages, "feedback.results.favourable", locale),
                satisfaction.hidden(),
                satisfaction.respondents(),
                satisfaction.favourablePercent(),
                hidden));
        var nps = figures.recommendation();
        rows.add(row(
                text(messages, "feedback.results.recommendation", locale),
                text(messages, "feedback.results.nps", locale),
                nps.hidden(),
                nps.respondents(),
                nps.score(),
                hidden));
        var skillsSection = text(messages, "feedback.results.skills", locale);
        for (var skill : figures.skills()) {
            var area = text(messages, skill.area().labelKey(), locale);
            rows.add(row(
                    skillsSection,
                    area + " – " + text(messages, "feedback.results.meanChange", locale),
                    skill.hidden(),
                    skill.pairs(),
                    skill.meanChange(),
                    hidden));
            rows.add(row(
                    skillsSection,
                    area + " – " + text(messages, "feedback.results.gaining", locale),
                    skill.hidden(),
                    skill.pairs(),
                    skill.gainingOneLevelPercent(),
                    hidden));
        }
        var learned = figures.learnedBack();
        var learnedSection = text(messages, "feedback.results.learnedBack", locale);
        if (learned.hidden()) {
            rows.add(new Row(learnedSection, "", null, null, hidden));
        }
        for (var topic : learned.topics()) {
            rows.add(new Row(learnedSection, topic.label(locale), learned.respondents(), topic.percent(), ""));
        }
        var attitudeSection = text(messages, "feedback.results.attitudes", locale);
        for (var attitude : figures.attitudes()) {
            var generation = text(messages, Bands.label(attitude.generation()), locale);
            rows.add(row(
                    attitudeSection,
                    generation + " – " + text(messages, "feedback.progress.before", locale),
                    attitude.hidden(),
                    attitude.pairs(),
                    attitude.meanBefore(),
                    hidden));
            rows.add(row(
                    attitudeSection,
                    generation + " – " + text(messages, "feedback.progress.after", locale),
                    attitude.hidden(),
                    attitude.pairs(),
                    attitude.meanAfter(),
                    hidden));
        }
        var quotes = figures.quotes();
        var quoteSection = text(messages, "feedback.results.quotes", locale);
        if (quotes.hidden()) {
            rows.add(new Row(quoteSection, "", null, null, hidden));
        }
        for (var quote : quotes.texts()) {
            rows.add(new Row(quoteSection, quote, null, null, ""));
        }
        return rows;
    }

    private static Row row(
            String section, String item, boolean isHidden, int respondents, double value, String hidden) {
        return isHidden
                ? new Row(section, item, null, null, hidden)
                : new Row(section, item, respondents, Math.round(value * 10) / 10.0, "");
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
