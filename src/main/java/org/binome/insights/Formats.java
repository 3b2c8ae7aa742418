package org.binome.insights;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader's language writes them: thousands separators, decimal comma in French, a non-breaking space
 * before the percent sign; "—" for a figure that cannot be computed. Templates call it as {@code @impactFormats}
 * (package-private: the template engine calls its public methods reflectively; no other module uses it).
 */
@Component("impactFormats")
class Formats {

    static final String NONE = "—";
    static final char NBSP = '\u00a0';
    static final char NARROW_NBSP = '\u202f';

    /**
     * The formats this thread has made, per language: a {@code NumberFormat} is not thread-safe and costs more to
     * make than to use (on the sponsor dashboard, making one per figure was 5 % of the page's CPU).
     */
    private static final ThreadLocal<Map<Locale, NumberFormat[]>> MADE = ThreadLocal.withInitial(HashMap::new);

    private static NumberFormat[] formats(Locale locale) {
        return MADE.get().computeIfAbsent(locale, l -> {
            var oneDecimal = NumberFormat.getNumberInstance(l);
            oneDecimal.setMinimumFractionDigits(1);
            oneDecimal.setMaximumFractionDigits(1);
            return new NumberFormat[] {NumberFormat.getIntegerInstance(l), oneDecimal};
        });
    }

    private static NumberFormat integerFormat(Locale locale) {
        return formats(locale)[0];
    }

    private static NumberFormat oneDecimalFormat(Locale locale) {
        return formats(locale)[1];
    }

    public String integer(long value) {
        return integer(value, LocaleContextHolder.getLocale());
    }

    public String percent(Double share) {
        return percent(share, LocaleContextHolder.getLocale());
    }

    public String points(Double difference) {
        return points(difference, LocaleContextHolder.getLocale());
    }

    public String signed(double value) {
        return signed(value, LocaleContextHolder.getLocale());
    }

    public String decimal(Double value) {
        return decimal(value, LocaleContextHolder.getLocale());
    }

    static String integer(long value, Locale locale) {
        return integerFormat(locale).format(value);
    }

    /** A share as a whole percentage: "42 %" in French, "42%" in English. */
    static String percent(Double share, Locale locale) {
        if (share == null || share.isNaN()) {
            return NONE;
        }
        var number = integerFormat(locale).format(Math.round(share * 100));
        return french(locale) ? number + NBSP + "%" : number + "%";
    }

    /** A difference of two shares in percentage points, signed, one decimal: "+5,2 pts" / "+5.2 pts". */
    static String points(Double difference, Locale locale) {
        if (difference == null || difference.isNaN()) {
            return NONE;
        }
        double value = Math.round(difference * 1000) / 10.0;
        var text = oneDecimalFormat(locale).format(Math.abs(value));
        var sign = value > 0 ? "+" : value < 0 ? "\u2212" : "";
        return sign + text + NBSP + "pts";
    }

    /** A score with its sign, no decimals: "+32", "−5", "0" (recommendation score). */
    static String signed(double value, Locale locale) {
        long rounded = Math.round(value);
        var text = integerFormat(locale).format(Math.abs(rounded));
        return rounded > 0 ? "+" + text : rounded < 0 ? "\u2212" + text : text;
    }

    /** A change with its sign and one decimal: "+0,8" / "+0.8". */
    static String signedDecimal(double value, Locale locale) {
        double rounded = Math.round(value * 10) / 10.0;
        var text = decimal(Math.abs(rounded), locale);
        return rounded > 0 ? "+" + text : rounded < 0 ? "\u2212" + text : text;
    }

    static String decimal(Double value, Locale locale) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        return oneDecimalFormat(locale).format(value);
    }

    private static boolean french(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    /**
     * French typography for texts typed with ordinary spaces: a non-breaking space before {@code : ; ! ? » %} and
     * after {@code «}, and the narrow one of number grouping as an ordinary non-breaking space (fonts without it).
     */
    static String typography(String text, Locale locale) {
        if (text == null) {
            return "";
        }
        var s = text.replace(NARROW_NBSP, NBSP);
        if (!french(locale)) {
            return s;
        }
        s = s.replaceAll(" ([:;!?»%])", NBSP + "$1");
        s = s.replaceAll("([^\\s\u00a0])([;!?»])", "$1" + NBSP + "$2");
        s = s.replace("« ", "«" + NBSP);
        s = s.replaceAll("«([^\\s\u00a0])", "«" + NBSP + "$1");
        return s;
    }
}
