package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The open sessions of an account, found in the shared session store by the account's username: listed on the account
 * page, ended one by one or all at once, and all ended when the account is disabled or its password is reset.
 */
@Component
class AccountSessions {

    static final String BROWSER = "binome.session.browser";
    static final String ADDRESS = "binome.session.address";

    record OpenSession(String id, String browser, String address, Instant lastSeen, Instant started, boolean current) {}

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Remembers, at sign-in, what the account page will show about this session. */
    static void describe(HttpServletRequest request) {
        var session = request.getSession();
        var agent = request.getHeader("User-Agent");
        session.setAttribute(BROWSER, Browsers.describe(agent));
        session.setAttribute(ADDRESS, request.getRemoteAddr());
    }

    List<OpenSession> of(String username, String currentId) {
        return sessions.findByPrincipalName(username).values().stream()
                .filter(session -> !session.isExpired())
                .map(session -> new OpenSession(
                        session.getId(),
                        session.getAttribute(BROWSER),
                        session.getAttribute(ADDRESS),
                        session.getLastAccessedTime(),
                        session.getCreationTime(),
                        session.getId().equals(currentId)))
                .sorted(Comparator.comparing(OpenSession::current)
                        .reversed()
                        .thenComparing(OpenSession::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one session of this account; a session id of somebody else's is ignored. */
    boolean end(String username, String sessionId) {
        if (sessionId == null || !sessions.findByPrincipalName(username).containsKey(sessionId)) {
            return false;
        }
        sessions.deleteById(sessionId);
        return true;
    }

    /** Ends every session of this account except {@code keptId} (null: all of them). */
    int endAll(String username, String keptId) {
        int ended = 0;
        for (var id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keptId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
