package org.binome.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The one way to render a part of a page to a string, for a module that keeps it (the impact dashboard's body, the
 * frame's menus): a fragment of the application's Thymeleaf views ({@code "template :: fragment"}), rendered through
 * Spring's view like the page itself (the request's context path, messages, content-versioned resource links).
 *
 * <p>It renders on the page's request, but whatever it stores in the request's attributes stays its own: Thymeleaf
 * keeps a web context's variables as request attributes, so a fragment rendered while the page renders (from the
 * layout) would otherwise replace the page's own variables of the same name for the rest of the page.
 */
@Component
public class FragmentRendering {

    /** Thymeleaf's view resolver; a context without web pages (some module tests) has none and never renders. */
    private final ObjectProvider<ThymeleafViewResolver> views;

    FragmentRendering(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    /** {@code view} rendered with {@code model} in {@code locale}, as a string. */
    public String render(
            String view,
            Map<String, ?> model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            var resolved = Objects.requireNonNull(views.getObject().resolveViewName(view, locale), view);
            var capture = new ContentCachingResponseWrapper(response);
            resolved.render(model, new PageAttributes(request), capture);
            capture.flushBuffer();
            var charset = capture.getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : Charset.forName(capture.getCharacterEncoding());
            return new String(capture.getContentAsByteArray(), charset);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + view, e);
        }
    }
}
