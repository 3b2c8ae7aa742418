package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.convert.support.DefaultConversionService;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class TemplateMethodCallsTests {

    /** A row as the pages' controllers give them: a record of this package, not public. */
    record Row(String name, long count, List<String> tags) {
        public String twice(String word) {
            return word + word;
        }

        public String sum(int a, int b) {
            return Integer.toString(a + b);
        }

        public Object something(boolean list) {
            return list ? List.of("a", "b") : "text";
        }

        public String joined(String... words) {
            return String.join("+", words);
        }

        public String fails() {
            throw new IllegalStateException("the row's own failure");
        }
    }

    private final ThymeleafEvaluationContext evaluation =
            new ThymeleafEvaluationContext(new StaticApplicationContext(), new DefaultConversionService());

    private String render(String template, Map<String, Object> variables) {
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new BinomeDialect());
        var all = new HashMap<>(variables);
        // as ThymeleafView does for every page
        all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return engine.process(template, new Context(Locale.FRENCH, all));
    }

    @Test
    void aPageSCallsGiveWhatSpelGivesThroughTheWrappedResolvers() {
        var rows = List.of(new Row("Léa", 3, List.of("ia", "data")), new Row("Marc", 0, List.of()));
        var html = render("""
                <p th:each="r : ${rows}"><b th:text="${r.name()}">n</b> <i th:text="${r.count() + 1}">0</i> \
                <u th:text="${r.tags().isEmpty()} ? 'none' : ${r.tags().size()}">t</u> \
                <s th:text="${r.twice(r.name())}">w</s> <q th:text="${r.something(true).size()}">l</q> \
                <q th:text="${r.something(false).length()}">s</q></p>""", Map.of("rows", rows));

        assertThat(html)
                .isEqualTo("<p><b>Léa</b> <i>4</i> <u>2</u> <s>LéaLéa</s> <q>2</q> <q>4</q></p>"
                        + "<p><b>Marc</b> <i>1</i> <u>none</u> <s>MarcMarc</s> <q>2</q> <q>4</q></p>");
        assertThat(evaluation.getMethodResolvers()).singleElement().isInstanceOf(TemplateMethodCalls.Direct.class);
    }

    @Test
    void argumentsToConvertAndVariableArgumentsAreLeftToSpel() {
        var html = render(
                "<p th:text=\"${r.sum('2', 3)} + ' ' + ${r.joined('a', 'b', 'c')} + ' ' + ${r.sum(n, 1)}\">x</p>",
                Map.of("r", new Row("x", 0, List.of()), "n", new BigDecimal("4")));

        assertThat(html).isEqualTo("<p>5 a+b+c 5</p>");
    }

    @Test
    void aMethodSOwnFailureReachesThePageAsWithSpel() {
        assertThatThrownBy(() -> render("<p th:text=\"${r.fails()}\">x</p>", Map.of("r", new Row("x", 0, List.of()))))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("the row's own failure");
    }

    @Test
    void methodsThymeleafRefusesStayRefused() {
        assertThatThrownBy(() -> render(
                        "<p th:text=\"${r.getClass().getClassLoader()}\">x</p>",
                        Map.of("r", new Row("x", 0, List.of()))))
                .isInstanceOf(TemplateProcessingException.class);
        assertThat(evaluation.getMethodResolvers()).singleElement().isInstanceOf(TemplateMethodCalls.Direct.class);
    }
}
