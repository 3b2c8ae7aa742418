package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

class PageAttributesTests {

    @Test
    void whatIsSetOrRemovedStaysWithThePageAndTheRestIsReadThrough() {
        var request = new MockHttpServletRequest();
        request.setAttribute("token", "t");
        request.setAttribute("kept", "k");
        var page = new PageAttributes(request);

        assertThat(page.getAttribute("token")).isEqualTo("t");
        page.setAttribute("row", 1);
        page.setAttribute("token", "u");
        page.removeAttribute("kept");

        assertThat(page.getAttribute("row")).isEqualTo(1);
        assertThat(page.getAttribute("token")).isEqualTo("u");
        assertThat(page.getAttribute("kept")).isNull();
        assertThat(Collections.list(page.getAttributeNames()))
                .contains("row", "token")
                .doesNotContain("kept");
        page.setAttribute("token", null);
        assertThat(page.getAttribute("token")).isNull();

        assertThat(request.getAttribute("row")).isNull();
        assertThat(request.getAttribute("token")).isEqualTo("t");
        assertThat(request.getAttribute("kept")).isEqualTo("k");
    }

    /** A page's loop and local variables, and the values they hide, behave as on the request itself. */
    @Test
    void aPageRenderedOnItShowsItsVariablesAndLeavesTheRequestAsItWas() {
        var request = new MockHttpServletRequest();
        request.setAttribute("x", "before");
        var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
                .buildExchange(new PageAttributes(request), new MockHttpServletResponse());
        var context = new WebContext(exchange, Locale.FRENCH);
        context.setVariable("items", List.of("a", "b"));
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);

        var html = engine.process(
                "<p th:each=\"x : ${items}\" th:text=\"${x}\"></p><i th:with=\"x='local'\" th:text=\"${x}\"></i>"
                        + "<b th:text=\"${x}\"></b>",
                context);

        assertThat(html).isEqualTo("<p>a</p><p>b</p><i>local</i><b>before</b>");
        assertThat(request.getAttribute("items")).isNull();
        assertThat(request.getAttribute("x")).isEqualTo("before");
    }
}
