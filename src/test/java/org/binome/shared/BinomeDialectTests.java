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

    /** A row of a test table: its label as text, its note as an attribute, a message of the page. */
    private record Row(String label, String note) implements HtmlRow {
        @Override
        public void write(Html html) {
            html.markup("<tr><td")
                    .attribute("title", note)
                    .markup(">")
                    .text(label)
                    .markup("</td>")
                    .element("td", "small", html.message("greeting"))
                    .markup("</tr>");
        }
    }

    private String rows(Object rows) {
        var messages = new org.springframework.context.support.StaticMessageSource();
        messages.addMessage("greeting", java.util.Locale.FRENCH, "Bonjour & bienvenue");
        var withMessages = engine();
        withMessages.setTemplateEngineMessageSource(messages);
        return withMessages.process(
                "<table><tbody bn:rows=\"${rows}\"><tr><td>exemple</td></tr></tbody></table>",
                new Context(java.util.Locale.FRENCH, Map.of("rows", rows)));
    }

    @Test
    void rowsWriteTheirMarkupInPlaceOfTheExampleTheirValuesEscapedAsThTextAndThAttrDo() {
        assertThat(rows(List.of(new Row("Léa", "n° 1"), new Row("<b>R&D</b>", "a\"><script>x</script>"))))
                .isEqualTo("<table><tbody>"
                        + "<tr><td title=\"n° 1\">Léa</td><td class=\"small\">Bonjour &amp; bienvenue</td></tr>"
                        + "<tr><td title=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;R&amp;D&lt;/b&gt;</td>"
                        + "<td class=\"small\">Bonjour &amp; bienvenue</td></tr>"
                        + "</tbody></table>");
        assertThat(rows(List.of())).isEqualTo("<table><tbody></tbody></table>");
        assertThatThrownBy(() -> rows(List.of("<tr></tr>")))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("bn:rows needs a list of HtmlRow");
    }

    private String filter(Object all, Object choices, Object labels, Object chosen) {
        var messages = new org.springframework.context.support.StaticMessageSource();
        messages.addMessage("all", java.util.Locale.FRENCH, "Tous les jours");
        messages.addMessage("day.MONDAY", java.util.Locale.FRENCH, "Lundi");
        messages.addMessage("day.TUESDAY", java.util.Locale.FRENCH, "Mardi <R&D>");
        var withMessages = engine();
        withMessages.setTemplateEngineMessageSource(messages);
        var variables = new java.util.HashMap<String, Object>();
        variables.put("all", all);
        variables.put("choices", choices);
        variables.put("labels", labels);
        variables.put("chosen", chosen);
        return withMessages.process(
                "<select name=\"day\" bn:filter-options=\"\"><option>exemple</option></select>",
                new Context(java.util.Locale.FRENCH, variables));
    }

    @Test
    void aFilterOffersAllThenEachChoiceByItsMessageWithTheChosenOneSelectedAsText() {
        assertThat(filter("all", List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY), "day.", "TUESDAY"))
                .isEqualTo("<select name=\"day\"><option value=\"\">Tous les jours</option>"
                        + "<option value=\"MONDAY\">Lundi</option>"
                        + "<option value=\"TUESDAY\" selected=\"selected\">Mardi &lt;R&amp;D&gt;</option></select>");
        // without "all" nor labels: each choice as it is, the chosen one compared as text (a number here)
        assertThat(filter(null, new Integer[] {25, 50, 100}, null, 50))
                .isEqualTo("<select name=\"day\"><option value=\"25\">25</option>"
                        + "<option value=\"50\" selected=\"selected\">50</option>"
                        + "<option value=\"100\">100</option></select>");
        // a value is escaped as th:value escapes it; nothing chosen, nothing selected
        assertThat(filter(null, List.of("a\"><script>"), null, null))
                .isEqualTo("<select name=\"day\"><option value=\"a&quot;&gt;&lt;script&gt;\">a&quot;&gt;&lt;script&gt;"
                        + "</option></select>");
        assertThatThrownBy(() -> filter(null, "MONDAY", null, null))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("filterSelect needs a list of choices");
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
