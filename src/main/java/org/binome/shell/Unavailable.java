package org.binome.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A request that got no database connection — every connection of the pool busy for {@code
 * spring.datasource.hikari.connection-timeout}, or PostgreSQL restarting — answers {@code 503 Service Unavailable} with
 * {@code Retry-After}, not 500: the node is overloaded or its database is away for a moment, a load balancer may send
 * the request elsewhere and a person may simply try again.
 *
 * <p>It runs before Spring Session's filter, whose session reads and writes need a connection too, and its page needs
 * none: no template, no session, no signed-in person (the layout would ask the database for them). Under {@code /api/}
 * the answer is an RFC 9457 problem document, like {@link Refusals}'.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class Unavailable extends OncePerRequestFilter {

    /** Seconds a client is asked to wait: about the pool's connection time-out. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(Unavailable.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    Unavailable(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!noConnection(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn(
                    "{} {}: no database connection, answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getMessage());
            answer(request, response);
        }
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** Whether {@code e} comes from a connection that could not be had or was lost (SQL state class 08). */
    static boolean noConnection(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = locales.resolveLocale(request);
        var title = messages.getMessage("error.503.title", null, locale);
        var text = messages.getMessage("error.503.text", null, locale);
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                    + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"code\":\"error.503\"}";
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            // A page asked for again as it was; after a form, the home page (asking for the form's address would not
            // send the form again).
            boolean again = "GET".equals(request.getMethod());
            var uri =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            body = """
                    <!DOCTYPE html>
                    <html lang="%s"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%s · Binôme</title>
                    <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;\
                    color:#212529;text-align:center}h1{font-size:1.5rem}p{color:#495057;line-height:1.5}</style>
                    </head><body><main><h1>%s</h1><p>%s</p><p><a href="%s">%s</a></p></main></body></html>
                    """.formatted(
                            locale.getLanguage(),
                            html(title),
                            html(title),
                            html(text),
                            html(again ? uri : request.getContextPath() + "/"),
                            html(messages.getMessage(again ? "error.503.retry" : "error.home", null, locale)));
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
