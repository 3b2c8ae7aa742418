package org.binome.insights;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.binome.feedback.SurveyFigures;
import org.binome.shared.FragmentRendering;
import org.springframework.stereotype.Component;

/**
 * The impact dashboard's body (filters, tiles, charts and tables: everything under the page's frame) as rendered for
 * the figures served, kept so that coming back to it, or every sponsor looking at the same figures, does not render its
 * hundred expressions and tables again (about 60 % of the page's CPU was Thymeleaf).
 *
 * <p>A body depends on nothing but its {@link Key}: the figures served (the very instances {@link ImpactCache} kept:
 * new figures are new instances, so a change shows on the next view as before), whether newer ones are on their way,
 * the selection (the programmes this person may choose from), the departments and sites offered and the language.
 * It holds nothing of the person: no name, no CSRF token (its only form is a GET), no link with a session. The page's
 * frame (menu, notifications, the person's name and token) is rendered for each request as before.
 */
@Component
class DashboardBodies {

    /** Bodies kept at most; beyond, all are dropped (each is rendered again on its next view). */
    static final int MAX_ENTRIES = 100;

    /** The fragment rendered: {@code insights/dashboard.html}'s {@code impact}. */
    static final String VIEW = "insights/dashboard :: impact";

    private final Map<Key, String> bodies = new ConcurrentHashMap<>();
    private final FragmentRendering rendering;

    DashboardBodies(FragmentRendering rendering) {
        this.rendering = rendering;
    }

    /**
     * The body for {@code key}, rendered from {@code model} (built only when the body is not kept) through the
     * application's Thymeleaf views ({@link FragmentRendering}), with the request's context path, messages and resource
     * links.
     */
    String body(
            Key key, Supplier<Map<String, Object>> model, HttpServletRequest request, HttpServletResponse response) {
        var kept = bodies.get(key);
        if (kept != null) {
            return kept;
        }
        var body = rendering.render(VIEW, model.get(), key.locale(), request, response);
        if (bodies.size() >= MAX_ENTRIES) {
            bodies.clear();
        }
        bodies.put(key, body);
        return body;
    }

    /**
     * What a body depends on. The figures, the survey figures and the lists of departments and sites are compared by
     * identity: they are the instances the caches hand out, replaced when anything in them changes (comparing them
     * field by field, or hashing them, would cost more than rendering).
     */
    static final class Key {
        private final Dashboard dashboard;
        private final SurveyFigures surveys;
        private final boolean updating;
        private final ImpactReports.Selection selection;
        private final List<String> departments;
        private final List<String> sites;
        private final Locale locale;

        Key(
                Dashboard dashboard,
                SurveyFigures surveys,
                boolean updating,
                ImpactReports.Selection selection,
                List<String> departments,
                List<String> sites,
                Locale locale) {
            this.dashboard = dashboard;
            this.surveys = surveys;
            this.updating = updating;
            this.selection = selection;
            this.departments = departments;
            this.sites = sites;
            this.locale = locale;
        }

        Locale locale() {
            return locale;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.dashboard == dashboard
                    && k.surveys == surveys
                    && k.updating == updating
                    && k.departments == departments
                    && k.sites == sites
                    && k.locale.equals(locale)
                    && k.selection.equals(selection);
        }

        @Override
        public int hashCode() {
            return Objects.hash(
                    System.identityHashCode(dashboard),
                    System.identityHashCode(surveys),
                    updating,
                    System.identityHashCode(departments),
                    System.identityHashCode(sites),
                    locale,
                    selection);
        }
    }
}
