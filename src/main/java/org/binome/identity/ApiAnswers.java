package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refusals the token chain gives before any controller runs (no token, a bad token, a missing scope, too many
 * calls), in the caller's format: an RFC 9457 problem under {@code /api/}, an RFC 7644 error document under
 * {@code /scim/}. Integrations rarely say which language they read: without {@code Accept-Language}, English.
 */
final class ApiAnswers {

    static final String SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ApiAnswers(MessageSource messages) {
        this.messages = messages;
    }

    void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Object... args)
            throws IOException {
        var locale = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
        var detail = messages.getMessage(key, args, key, locale);
        var body = new LinkedHashMap<String, Object>();
        if (RequestPaths.of(request).startsWith("/scim/")) {
            response.setContentType("application/scim+json;charset=UTF-8");
            body.put("schemas", List.of(SCIM_ERROR));
            body.put("status", String.valueOf(status.value()));
            body.put("detail", detail);
        } else {
            response.setContentType("application/problem+json;charset=UTF-8");
            body.put("type", "about:blank");
            body.put("title", status.getReasonPhrase());
            body.put("status", status.value());
            body.put("detail", detail);
            body.put("instance", request.getRequestURI());
            body.put("code", key);
        }
        response.setStatus(status.value());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
