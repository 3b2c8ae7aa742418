package org.binome.shared;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.requestdata.RequestDataValueProcessorUtils;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.spring6.util.SpringSelectedValueComparator;
import org.thymeleaf.spring6.util.SpringValueFormatter;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.EscapedAttributeUtils;
import org.unbescape.html.HtmlEscape;

/**
 * Binôme's Thymeleaf dialect ({@code bn}): the {@code bn:options} and {@code bn:choices} attributes below, and the processor that gives each
 * page's method calls their direct executor ({@link TemplateMethodCalls}).
 *
 * <p>The one way to fill a select from a list of {@link SelectOption}s: {@code <select bn:options="${row.levels()}">}
 * replaces the select's body with one {@code <option>} per item, value and label escaped as {@code th:value} and
 * {@code th:text} escape them, {@code selected="selected"} on the chosen ones, as {@code th:selected} writes it. A list's
 * filter ({@code shell/fields :: filterSelect}) writes its options the same way from the fragment's parameters, with
 * {@code bn:filter-options}.
 *
 * <p>The one way to write a group of check boxes or radio buttons bound to a form's field, from {@link Choices}:
 * {@code <div bn:choices="${choices.days()}"></div>} inside the form's {@code th:object} is replaced by one
 * {@code form-check} block a box, written as {@code th:field} writes a box: {@code name} the field, {@code id} the
 * field's next identifier ({@code #ids.prev(field)} finds it, like {@code th:field}'s), {@code checked="checked"} on
 * the boxes whose value the form's field holds (compared as {@code th:field} compares them),
 * the hidden {@code _field} marker after check boxes (so that unticking every box binds an empty list), and, when
 * the field has errors, {@code is-invalid} and {@code aria-describedby="field-error"} (the message written by
 * {@code shell/fields :: error(field)}).
 *
 * <p>The one way to write a text field bound to a form's field, with its label, its help and its error: the fragments
 * {@code shell/fields :: input(field, label, type, help)} and {@code textarea(field, label, rows, help)} are each one
 * element, {@code <div class="mb-3" bn:field="input">} or {@code bn:field="textarea"}, whose body this processor writes
 * from the fragment's parameters: the label ({@code for} the control, the message {@code label}), the control as
 * {@code th:field} writes it (id, name and value from the field's binding status, the value converted as Spring shows
 * it, a number as it is), {@code is-invalid} and {@code aria-invalid} when the field has errors, {@code
 * aria-describedby} naming the help and the error, then the help ({@code field-help}, the message {@code help}, left
 * out when {@code help} is null) and the errors ({@code field-error}, as {@code th:errors} writes them). Written with
 * expressions, a field cost two fragment insertions and some fifteen expressions and three binding statuses; here
 * it costs one binding status.
 *
 * <p>The one way to write the rows of the administrators' long tables: {@code <tbody bn:rows="${rows}">} is replaced
 * by the markup each {@link HtmlRow} of the list writes through {@link Html} (values escaped as {@code th:text} and
 * {@code th:attr} escape them, messages, links and forms as the template would give them).
 *
 * <p>Why not {@code th:each} over the options: each option then costs three expressions (value, label, selection)
 * and Thymeleaf's processing of three attributes; a form that repeats a select on every row of a table (a level per
 * skill, nine options a row) spent most of its time there. Here a select is one expression.
 */
@Component
class BinomeDialect extends AbstractProcessorDialect {

    BinomeDialect() {
        super("Binôme", "bn", StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(
                new OptionsProcessor(prefix),
                new FilterOptionsProcessor(prefix),
                new ChoicesProcessor(prefix),
                new FieldProcessor(prefix),
                new RowsProcessor(prefix),
                TemplateMethodCalls.installer());
    }

    private static final class ChoicesProcessor extends AbstractStandardExpressionAttributeTagProcessor {

        ChoicesProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, "choices", StandardDialect.PROCESSOR_PRECEDENCE, true, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                Object expressionResult,
                IElementTagStructureHandler structureHandler) {
            if (!(expressionResult instanceof Choices choices)) {
                throw new TemplateProcessingException(
                        "bn:choices needs Choices, got " + expressionResult + " from " + attributeValue);
            }
            var field = HtmlEscape.escapeHtml4Xml(choices.field());
            // one bind status for the group, where th:field takes one a box: the field's value and errors
            var bound = FieldUtils.getBindStatus(context, "*{" + choices.field() + "}");
            var invalid = bound.isError();
            var columns = choices.layout() == Choices.Layout.COLUMNS;
            var html = new StringBuilder(256 * (choices.items().size() + 1));
            if (columns) {
                html.append("<div class=\"row row-cols-1 row-cols-md-3 g-1\">\n");
            }
            for (var item : choices.items()) {
                var id = FieldUtils.idFromName(choices.field())
                        + context.getIdentifierSequences().getAndIncrementIDSeq(choices.field());
                html.append(
                                switch (choices.layout()) {
                                    case LINES -> "<div class=\"form-check\">";
                                    case INLINE -> "<div class=\"form-check form-check-inline\">";
                                    case COLUMNS -> "<div class=\"col\"><div class=\"form-check\">";
                                })
                        .append("<input class=\"form-check-input")
                        .append(invalid ? " is-invalid\"" : "\"")
                        .append(choices.radio() ? " type=\"radio\"" : " type=\"checkbox\"")
                        .append(" value=\"")
                        .append(HtmlEscape.escapeHtml4Xml(item.value()))
                        .append("\" id=\"")
                        .append(id)
                        .append("\" name=\"")
                        .append(field)
                        .append('"');
                if (SpringSelectedValueComparator.isSelected(bound, item.value())) {
                    html.append(" checked=\"checked\"");
                }
                if (invalid) {
                    html.append(" aria-describedby=\"").append(field).append("-error\"");
                }
                html.append("><label class=\"form-check-label\" for=\"")
                        .append(id)
                        .append("\">")
                        .append(HtmlEscape.escapeHtml4Xml(item.label()))
                        .append(columns ? "</label></div></div>\n" : "</label></div>\n");
            }
            if (columns) {
                html.append("</div>");
            }
            if (!choices.radio()) {
                html.append("<input type=\"hidden\" name=\"_").append(field).append("\" value=\"on\">");
            }
            var model = context.getModelFactory().createModel();
            model.add(context.getModelFactory().createText(html));
            structureHandler.replaceWith(model, false);
        }
    }

    /**
     * The options of {@code shell/fields :: filterSelect}, from the fragment's parameters {@code all}, {@code choices},
     * {@code labels} and {@code chosen}: the "all" option first (value "", the message {@code all}; none when it is
     * null), then one option a choice, its value the choice as text, its label the message {@code labels} + value (the
     * value itself when {@code labels} is null), {@code selected="selected"} on the chosen one. Written as one text:
     * as a loop of options the fragment evaluated four expressions an option (a list's filters have tens of them).
     */
    private static final class FilterOptionsProcessor extends AbstractAttributeTagProcessor {

        FilterOptionsProcessor(String prefix) {
            super(
                    TemplateMode.HTML,
                    prefix,
                    "select",
                    false,
                    "filter-options",
                    true,
                    StandardDialect.PROCESSOR_PRECEDENCE,
                    true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            var all = context.getVariable("all");
            var labels = context.getVariable("labels");
            var chosen = context.getVariable("chosen");
            var chosenValue = chosen == null ? null : chosen.toString();
            var html = new StringBuilder(256);
            if (all != null) {
                option(html, "", context.getMessage(null, all.toString(), null, true), false);
            }
            for (var choice : choices(context.getVariable("choices"))) {
                var value = String.valueOf(choice);
                var label = labels == null ? value : context.getMessage(null, labels + value, null, true);
                option(html, value, label, value.equals(chosenValue));
            }
            var model = context.getModelFactory().createModel();
            model.add(context.getModelFactory().createText(html));
            structureHandler.setBody(model, false);
        }

        private static Iterable<?> choices(Object choices) {
            if (choices == null) {
                return List.of();
            }
            if (choices instanceof Iterable<?> iterable) {
                return iterable;
            }
            if (choices instanceof Object[] array) {
                return java.util.Arrays.asList(array);
            }
            throw new TemplateProcessingException("filterSelect needs a list of choices, got " + choices);
        }
    }

    /**
     * One option, value and label escaped as {@code th:value} and {@code th:text} escape them, {@code selected} as
     * {@code th:selected} writes it.
     */
    private static void option(StringBuilder html, String value, String label, boolean selected) {
        html.append("<option value=\"")
                .append(EscapedAttributeUtils.escapeAttribute(TemplateMode.HTML, value))
                .append(selected ? "\" selected=\"selected\">" : "\">")
                .append(HtmlEscape.escapeHtml4Xml(label))
                .append("</option>");
    }

    private static final class FieldProcessor extends AbstractAttributeTagProcessor {

        FieldProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "field", true, StandardDialect.PROCESSOR_PRECEDENCE, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            var textarea = "textarea".equals(attributeValue);
            if (!textarea && !"input".equals(attributeValue)) {
                throw new TemplateProcessingException("bn:field is input or textarea, not " + attributeValue);
            }
            var field = String.valueOf(context.getVariable("field"));
            var label = String.valueOf(context.getVariable("label"));
            var help = context.getVariable("help");
            var bound = FieldUtils.getBindStatus(context, "*{" + field + "}");
            var name = bound.getExpression() == null ? "" : bound.getExpression();
            var invalid = bound.isError();
            var escapedField = HtmlEscape.escapeHtml4Xml(field);
            var describedBy = help != null
                    ? escapedField + "-help" + (invalid ? " " + escapedField + "-error" : "")
                    : invalid ? escapedField + "-error" : null;
            var html = new StringBuilder(512)
                    .append("\n    <label for=\"")
                    .append(HtmlEscape.escapeHtml4Xml(FieldUtils.idFromName(field)))
                    .append("\" class=\"form-label\">")
                    .append(HtmlEscape.escapeHtml4Xml(context.getMessage(null, label, null, true)))
                    .append("</label>\n    ");
            String type = null;
            if (textarea) {
                html.append("<textarea class=\"form-control")
                        .append(invalid ? " is-invalid\"" : "\"")
                        .append(" rows=\"")
                        .append(HtmlEscape.escapeHtml4Xml(String.valueOf(context.getVariable("rows"))))
                        .append('"');
            } else {
                type = String.valueOf(context.getVariable("type"));
                html.append("<input type=\"")
                        .append(HtmlEscape.escapeHtml4Xml(type))
                        .append("\" class=\"form-control")
                        .append(invalid ? " is-invalid\"" : "\"");
            }
            if (describedBy != null) {
                html.append(" aria-describedby=\"").append(describedBy).append('"');
            }
            if (invalid) {
                html.append(" aria-invalid=\"true\"");
            }
            var escapedName = HtmlEscape.escapeHtml4Xml(name);
            html.append(" id=\"")
                    .append(HtmlEscape.escapeHtml4Xml(FieldUtils.idFromName(name)))
                    .append("\" name=\"")
                    .append(escapedName)
                    .append('"');
            if (textarea) {
                // as th:field writes a textarea: the display value, escaped, a leading line break doubled
                var value = RequestDataValueProcessorUtils.processFormFieldValue(
                        context,
                        name,
                        SpringValueFormatter.getDisplayString(bound.getValue(), bound.getEditor(), true),
                        "textarea");
                html.append('>');
                if (value != null && (value.startsWith("\n") || value.startsWith("\r"))) {
                    html.append(value.startsWith("\r\n") ? "\r\n" : value.substring(0, 1));
                }
                html.append(value == null ? "" : value).append("</textarea>");
            } else {
                // as th:field writes an input: converted for display, except numbers and ranges, written as they are
                var raw = "number".equalsIgnoreCase(type) || "range".equalsIgnoreCase(type);
                var value = raw
                        ? SpringValueFormatter.getDisplayString(bound.getActualValue(), true)
                        : SpringValueFormatter.getDisplayString(bound.getValue(), bound.getEditor(), true);
                html.append(" value=\"")
                        .append(RequestDataValueProcessorUtils.processFormFieldValue(context, name, value, type))
                        .append("\">");
            }
            if (help != null) {
                html.append("\n    <div id=\"")
                        .append(escapedField)
                        .append("-help\" class=\"form-text\">")
                        .append(HtmlEscape.escapeHtml4Xml(context.getMessage(null, help.toString(), null, true)))
                        .append("</div>");
            }
            if (invalid) {
                // as th:errors writes them
                html.append("\n    <div id=\"")
                        .append(escapedField)
                        .append("-error\" class=\"invalid-feedback d-block\">");
                var messages = bound.getErrorMessages();
                for (int i = 0; i < messages.length; i++) {
                    html.append(i > 0 ? "<br />" : "")
                            .append(HtmlEscape.escapeHtml4Xml(
                                    SpringValueFormatter.getDisplayString(messages[i], false)));
                }
                html.append("</div>");
            }
            html.append('\n');
            var model = context.getModelFactory().createModel();
            model.add(context.getModelFactory().createText(html));
            structureHandler.setBody(model, false);
        }
    }

    /**
     * An attribute whose list of items becomes the element's body, written by {@link #write} as one text rather than
     * several events an item (the engine handles each event of a page, and a table of selects has hundreds of options).
     */
    private abstract static class ListBodyProcessor<T> extends AbstractStandardExpressionAttributeTagProcessor {

        private final String name;
        private final Class<T> type;
        private final int charactersAnItem;

        ListBodyProcessor(String prefix, String name, Class<T> type, int charactersAnItem) {
            super(TemplateMode.HTML, prefix, name, StandardDialect.PROCESSOR_PRECEDENCE, true, false);
            this.name = name;
            this.type = type;
            this.charactersAnItem = charactersAnItem;
        }

        @Override
        protected final void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                Object expressionResult,
                IElementTagStructureHandler structureHandler) {
            if (!(expressionResult instanceof List<?> list)) {
                throw refused(expressionResult, attributeValue);
            }
            var items = new java.util.ArrayList<T>(list.size());
            for (var item : list) {
                if (!type.isInstance(item)) {
                    throw refused(item, attributeValue);
                }
                items.add(type.cast(item));
            }
            var out = new StringBuilder(charactersAnItem * (items.size() + 1));
            write(out, context, items);
            var model = context.getModelFactory().createModel();
            model.add(context.getModelFactory().createText(out));
            structureHandler.setBody(model, false);
        }

        private TemplateProcessingException refused(Object value, String attributeValue) {
            return new TemplateProcessingException("bn:" + name + " needs a list of " + type.getSimpleName() + ", got "
                    + value + " from " + attributeValue);
        }

        abstract void write(StringBuilder out, ITemplateContext context, List<T> items);
    }

    private static final class OptionsProcessor extends ListBodyProcessor<SelectOption> {

        OptionsProcessor(String prefix) {
            super(prefix, "options", SelectOption.class, 64);
        }

        @Override
        void write(StringBuilder out, ITemplateContext context, List<SelectOption> options) {
            for (var option : options) {
                option(out, option.value(), option.label(), option.selected());
            }
        }
    }

    /** {@code bn:rows="${rows}"}: the element's body becomes the rows' markup, each written by its {@link HtmlRow}. */
    private static final class RowsProcessor extends ListBodyProcessor<HtmlRow> {

        RowsProcessor(String prefix) {
            super(prefix, "rows", HtmlRow.class, 1024);
        }

        @Override
        void write(StringBuilder out, ITemplateContext context, List<HtmlRow> rows) {
            var html = new Html(out, context);
            for (var row : rows) {
                row.write(html);
            }
        }
    }
}
