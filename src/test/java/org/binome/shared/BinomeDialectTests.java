package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class BinomeDialectTests {

    private final SpringTemplateEngine engine = engine();

    private static SpringTemplateEngine engine() {
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new BinomeDialect());
        return engine;
    }

    private String render(Object options) {
        return engine.process(
                "<select name=\"level\" bn:options=\"${options}\"><option>exemple</option></select>",
                new Context(java.util.Locale.FRENCH, Map.of("options", options)));
    }

    @Test
    void writesOneOptionPerItemInPlaceOfTheExampleWithTheChosenOneSelected() {
        var html = render(List.of(
                new SelectOption("0", "—", false),
                new SelectOption("1", "1 · Notions", true),
                new SelectOption("2", "2 · Pratique", false)));
        assertThat(html)
                .isEqualTo("<select name=\"level\"><option value=\"0\">—</option>"
                        + "<option value=\"1\" selected=\"selected\">1 · Notions</option>"
                        + "<option value=\"2\">2 · Pratique</option></select>");
    }

    @Test
    void escapesValuesAndLabelsAsThTextAndThValueDo() {
        var html = render(List.of(new SelectOption("a\"><script>x</script>", "<b>R&D</b> \"quoted\"", false)));
        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("value=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")
                .contains(">&lt;b&gt;R&amp;D&lt;/b&gt; &quot;quoted&quot;</option>");
    }

    @Test
    void anEmptyListLeavesAnEmptySelectAndAnythingElseIsAnError() {
        assertThat(render(List.of())).isEqualTo("<select name=\"level\"></select>");
        assertThatThrownBy(() -> render(List.of("1", "2")))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("bn:options needs a list of SelectOption");
        assertThatThrownBy(() -> render("1"))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("bn:options needs a list of SelectOption");
    }

    @Test
    void aScaleOffersNoneThenEachNumberAndChoosesNoneForANumberOffIt() {
        var messages = new org.springframework.context.support.StaticMessageSource();
        messages.addMessage("none", java.util.Locale.FRENCH, "—");
        messages.addMessage("level.1", java.util.Locale.FRENCH, "Un");
        messages.addMessage("level.2", java.util.Locale.FRENCH, "Deux");
        var scale = SelectOption.Scale.of(messages, java.util.Locale.FRENCH, "none", "level.", 2);
        assertThat(scale.options("", "ia:", 2))
                .containsExactly(
                        new SelectOption("", "—", false),
                        new SelectOption("ia:1", "Un", false),
                        new SelectOption("ia:2", "Deux", true));
        assertThat(scale.options("0", "", 9)).first().isEqualTo(new SelectOption("0", "—", true));
        assertThat(scale.options("0", "", 9)).filteredOn(SelectOption::selected).hasSize(1);
    }
}
