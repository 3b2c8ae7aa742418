package org.binome.shell;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.binome.identity.Accounts;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.shared.FragmentRendering;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the header of every page offers the reader, worked out once per page ({@code layout.html}:
 * {@code th:with="menu=${@navigation.menu(#authentication)}"}) instead of one {@code sec:authorize} expression per menu
 * entry: each of those built a security evaluation context and looked the expression handler up in the application
 * context (measured: 4 % of a signed-in page's rendering time for the header's 16 entries). Same rules as the
 * expressions it replaces ({@code isAuthenticated()}, {@code hasRole}, {@code hasAnyRole}, no role hierarchy). It
 * only hides entries: every address behind them is refused by the security configuration to whoever lacks the role.
 */
@Component("navigation")
public class Navigation {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private static final Menu NOBODY = new Menu(false, false, false, false, false, false, null);

    private final Accounts accounts;
    private final FragmentRendering rendering;
    private final boolean keep;
    private final Map<Fragment, String> kept = new ConcurrentHashMap<>();

    Navigation(
            Accounts accounts,
            FragmentRendering rendering,
            @Value("${spring.thymeleaf.cache:true}") boolean templatesCached) {
        this.accounts = accounts;
        this.rendering = rendering;
        this.keep = templatesCached;
    }

    /**
     * A part of every page's frame ({@code shell/frame.html}: the stylesheets and scripts, the main menu, the language
     * switch, the account menu's entries), rendered once per language and role flags and then kept: it was about 40 %
     * of a near-empty signed-in page's rendering time (some thirty links built and thirty-five messages looked up per
     * page). Only the flags reach the fragment (the display name is left out of the key and of the fragment), so a
     * kept fragment holds nothing personal; at most 2 languages × 2⁶ flag sets. Not kept when templates are not
     * cached either ({@code spring.thymeleaf.cache=false}, while editing them).
     */
    public String frame(String name, Menu menu, Locale locale) {
        var key = new Fragment(name, locale, menu == null ? NOBODY : menu.withoutName());
        if (!keep) {
            return render(key);
        }
        var html = kept.get(key);
        if (html == null) {
            html = render(key);
            kept.putIfAbsent(key, html);
        }
        return html;
    }

    private String render(Fragment key) {
        // The page's own request and response: the same context path and content-versioned links as the page.
        var current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        return rendering
                .render(
                        "shell/frame :: " + key.name(),
                        Map.of("menu", key.menu()),
                        key.locale(),
                        current.getRequest(),
                        current.getResponse())
                .strip();
    }

    private record Fragment(String name, Locale locale, Menu menu) {}

    /** The reader's menu; everything off for an anonymous reader (sign-in page, error pages before sign-in). */
    public Menu menu(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
            return NOBODY;
        }
        boolean admin = false, sponsor = false, participant = false, facilitator = false;
        for (var granted : authentication.getAuthorities()) {
            var authority = granted.getAuthority();
            if (Role.ADMIN.authority().equals(authority)) {
                admin = true;
            } else if (Role.SPONSOR.authority().equals(authority)) {
                sponsor = true;
            } else if (Role.PARTICIPANT.authority().equals(authority)) {
                participant = true;
            } else if (Role.FACILITATOR.authority().equals(authority)) {
                facilitator = true;
            }
        }
        return new Menu(
                true,
                participant,
                admin,
                sponsor || admin,
                facilitator,
                accounts.managesPasswordHere(authentication),
                authentication.getPrincipal() instanceof BinomeUser user ? user.displayName() : null);
    }

    /**
     * @param signedIn the reader is signed in (not anonymous)
     * @param participant role PARTICIPANT: their pages, pairs, skills, training, surveys
     * @param admin role ADMIN: the administration menu
     * @param sponsor role SPONSOR or ADMIN: the sponsors' dashboard
     * @param facilitator role FACILITATOR: codevelopment circles
     * @param password the reader manages a password here (see {@link Accounts#managesPasswordHere})
     * @param displayName the name shown on the account menu
     */
    public record Menu(
            boolean signedIn,
            boolean participant,
            boolean admin,
            boolean sponsor,
            boolean facilitator,
            boolean password,
            String displayName) {

        Menu withoutName() {
            return displayName == null
                    ? this
                    : new Menu(signedIn, participant, admin, sponsor, facilitator, password, null);
        }

        /** Help requests: facilitators and administrators. */
        public boolean helpRequests() {
            return facilitator || admin;
        }
    }
}
