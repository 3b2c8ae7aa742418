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
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.EscapedAttributeUtils;
import org.unbescape.html.HtmlEscape;

/**
 * Binôme's Thymeleaf dialect ({@code bn}): the {@code bn:options} attribute below, and the processor that gives each
 * page's method calls their direct executor ({@link TemplateMethodCalls}).
 *
 * <p>The one way to fill a select from a list of {@link SelectOption}s: {@code <select bn:options="${row.levels()}">}
 * replaces the select's body with one {@code <option>} per item, value and label escaped as {@code th:value} and
 * {@code th:text} escape them, {@code selected="selected"} on the chosen ones, as {@code th:selected} writes it.
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
        return Set.of(new OptionsProcessor(prefix), TemplateMethodCalls.installer());
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
