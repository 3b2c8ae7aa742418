package org.binome.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.spring6.util.SpringSelectedValueComparator;
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
 * {@code th:text} escape them, {@code selected="selected"} on the chosen ones, as {@code th:selected} writes it.
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
        return Set.of(new OptionsProcessor(prefix), new ChoicesProcessor(prefix), TemplateMethodCalls.installer());
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

    private static final class OptionsProcessor extends AbstractStandardExpressionAttributeTagProcessor {

        OptionsProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, "options", StandardDialect.PROCESSOR_PRECEDENCE, true, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                Object expressionResult,
                IElementTagStructureHandler structureHandler) {
            if (!(expressionResult instanceof List<?> options)) {
                throw new TemplateProcessingException(
                        "bn:options needs a list of SelectOption, got " + expressionResult + " from " + attributeValue);
            }
            var factory = context.getModelFactory();
            var model = factory.createModel();
            for (var item : options) {
                if (!(item instanceof SelectOption option)) {
                    throw new TemplateProcessingException(
                            "bn:options needs a list of SelectOption, got " + item + " from " + attributeValue);
                }
                var attributes = new LinkedHashMap<String, String>(4);
                attributes.put("value", EscapedAttributeUtils.escapeAttribute(TemplateMode.HTML, option.value()));
                if (option.selected()) {
                    attributes.put("selected", "selected");
                }
                model.add(factory.createOpenElementTag("option", attributes, AttributeValueQuotes.DOUBLE, false));
                model.add(factory.createText(HtmlEscape.escapeHtml4Xml(option.label())));
                model.add(factory.createCloseElementTag("option"));
            }
            structureHandler.setBody(model, false);
        }
    }
}
