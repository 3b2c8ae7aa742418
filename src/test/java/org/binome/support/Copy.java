package org.binome.support;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The text a page shows for a message key, as Thymeleaf writes it into HTML, so that a test names the message it
 * expects (its key) instead of copying its French wording: rewording a message then breaks no test, and a missing or
 * misspelt key does.
 *
 * <pre>
 * assertThat(page).contains(copy.fr("programs.page.faq"));
 * </pre>
 */
public record Copy(MessageSource messages) {

    /** The French text, with its arguments, escaped as {@code th:text} escapes it. */
    public String fr(String key, Object... args) {
        return html(messages.getMessage(key, args, Locale.FRENCH));
    }

    /** The English text, with its arguments, escaped as {@code th:text} escapes it. */
    public String en(String key, Object... args) {
        return html(messages.getMessage(key, args, Locale.ENGLISH));
    }

    /** The French text, with its arguments, unescaped: an argument that is itself a message of the page. */
    public String frText(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    /**
     * The fixed parts of a French text around its placeholders ({@code {0}}, {@code {partner}}), unescaped: for a text
     * stored or mailed (a notification, an e-mail) whose arguments the test checks on their own.
     */
    public String[] frParts(String key) {
        return java.util.Arrays.stream(
                        messages.getMessage(key, null, Locale.FRENCH).split("\\{[^}]*}"))
                .filter(part -> !part.isBlank())
                .toArray(String[]::new);
    }

    /**
     * The French text up to its first argument ({@code {0}}), for a message whose arguments the test does not choose
     * (a range the application computes, a label it picks).
     */
    public String frUpToArgument(String key) {
        var pattern = messages.getMessage(key, null, Locale.FRENCH);
        int argument = pattern.indexOf('{');
        return html((argument < 0 ? pattern : pattern.substring(0, argument)).replace("''", "'"));
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
