package org.binome.communication;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders e-mails from {@code templates/communication/mail/<name>.html} and its plain-text twin {@code <name>.txt},
 * in the recipient's language. A template engine of its own, so that the web pages' engine is left as Boot made it.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates(MessageSource messages) {
        var html = new ClassLoaderTemplateResolver();
        html.setPrefix("templates/communication/mail/");
        html.setSuffix(".html");
        html.setTemplateMode(TemplateMode.HTML);
        html.setCharacterEncoding("UTF-8");
        html.setResolvablePatterns(java.util.Set.of("*.html"));
        html.setOrder(1);
        html.setCheckExistence(true);
        var text = new ClassLoaderTemplateResolver();
        text.setPrefix("templates/communication/mail/");
        text.setSuffix("");
        text.setTemplateMode(TemplateMode.TEXT);
        text.setCharacterEncoding("UTF-8");
        text.setResolvablePatterns(java.util.Set.of("*.txt"));
        text.setOrder(2);
        text.setCheckExistence(true);
        html.setSuffix("");
        engine.addTemplateResolver(html);
        engine.addTemplateResolver(text);
        engine.setTemplateEngineMessageSource(messages);
        engine.setEnableSpringELCompiler(false);
    }

    record Mail(String subject, String html, String text) {}

    Mail render(String view, String subject, Map<String, Object> variables, Locale locale) {
        var context = new Context(locale);
        context.setVariables(variables);
        context.setVariable("subject", subject);
        var html = engine.process(view + ".html", context);
        var text = engine.process(view + ".txt", context);
        return new Mail(subject, html, text.strip() + "\n");
    }
}
