package org.binome.shared;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.spring6.requestdata.RequestDataValueProcessorUtils;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.EscapedAttributeUtils;
import org.unbescape.html.HtmlEscape;

/**
 * What an {@link HtmlRow} writes its markup with: fixed markup as it is, every value escaped as the template would
 * escape it ({@code th:text}, {@code th:attr}), and the page's messages, links and forms as {@code #{...}},
 * {@code @{...}} and {@code th:action} give them. A row never appends a value any other way.
 */
public final class Html {

    private final StringBuilder out;
    private final ITemplateContext context;
    /** The links already built for this table: rows link to a few paths and their ids. */
    private final java.util.Map<String, String> links = new java.util.HashMap<>(4);
    /** The messages already read for this table: rows repeat the same few words. */
    private final java.util.Map<String, String> messages = new java.util.HashMap<>(8);

    Html(StringBuilder out, ITemplateContext context) {
        this.out = out;
        this.context = context;
    }

    /** Fixed markup written in the row's code (a tag, a class); never a value. */
    public Html markup(String markup) {
        out.append(markup);
        return this;
    }

    /** A value as text, escaped as {@code th:text} escapes it; nothing for null. */
    public Html text(Object value) {
        if (value != null) {
            out.append(HtmlEscape.escapeHtml4Xml(value.toString()));
        }
        return this;
    }

    /** An attribute and its value, escaped as {@code th:attr} escapes it: {@code  name="value"}; none for null. */
    public Html attribute(String name, Object value) {
        if (value == null) {
            return this;
        }
        out.append(' ')
                .append(name)
                .append("=\"")
                .append(EscapedAttributeUtils.escapeAttribute(TemplateMode.HTML, value.toString()))
                .append('"');
        return this;
    }

    /** An element with one class and a value as its text: {@code <tag class="...">value</tag>}. */
    public Html element(String tag, String classes, Object value) {
        out.append('<').append(tag);
        if (classes != null) {
            out.append(" class=\"").append(classes).append('"');
        }
        out.append('>');
        text(value);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** The page's message, in the reader's language, as {@code #{key}} gives it (not yet escaped); read once a table. */
    public String message(String key) {
        return messages.computeIfAbsent(key, k -> context.getMessage(Html.class, k, null, true));
    }

    /** The page's message with arguments, as {@code #{key(args)}} gives it (not yet escaped). */
    public String message(String key, Object... arguments) {
        return context.getMessage(Html.class, key, arguments, true);
    }

    /**
     * A path within Binôme as {@code @{/path}} gives it (the application's context path before it), not escaped; built
     * once a table, so a row writes {@code link("/admin/mentorships/") + id} as the template wrote its rows' links.
     */
    public String link(String path) {
        return links.computeIfAbsent(
                path, p -> RequestDataValueProcessorUtils.processUrl(context, context.buildLink(p, null)));
    }

    /**
     * A form's opening tag posting to {@code href} (built with {@link #link}), with the hidden fields {@code th:action}
     * adds (the CSRF token); {@code attributes} are further names and values ({@code "data-confirm", text}), escaped
     * here.
     */
    public Html postForm(String href, String... attributes) {
        var action = RequestDataValueProcessorUtils.processAction(context, href, "post");
        out.append("<form method=\"post\"");
        attribute("action", action);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        out.append('>');
        var hidden = RequestDataValueProcessorUtils.getExtraHiddenFields(context);
        if (hidden != null) {
            hidden.forEach((name, value) -> hiddenField(name, value));
        }
        return this;
    }

    /** A hidden input with its name and value escaped. */
    public Html hiddenField(String name, Object value) {
        out.append("<input type=\"hidden\"");
        attribute("name", name);
        attribute("value", value);
        out.append('>');
        return this;
    }

    /** For tests: what was written. */
    @Override
    public String toString() {
        return out.toString();
    }
}
