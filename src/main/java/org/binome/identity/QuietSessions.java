package org.binome.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.util.ReflectionUtils;

/**
 * The session store as the HTTP session filter sees it: sends nothing to the database at the end of a request that
 * changed nothing in the session but its last-access time, while the stored time is less than
 * {@link SessionStoreConfiguration#TOUCH_INTERVAL_MS} old.
 *
 * <p>Spring Session marks every session it reads as changed (the filter sets its last-access time on each request),
 * so each signed-in click sent an update statement in its own transaction, which {@link SessionStoreConfiguration}'s
 * statement then turned into a no-op in SQL: measured on the embedded database, that round trip and its commit were
 * 10 % of a signed-in page's CPU time. The decision is the same as the statement's (id, timeout or principal changed,
 * or the stored time a minute old), taken before sending it: anything set or removed in the session (sign-in,
 * security context, CSRF token, flash attributes), a new id or a new timeout saves the session as before; so does a
 * new session. The statement's own check stays, for the sessions this does save.
 *
 * <p>Within one request it also keeps the session it read: Spring Session's filter forgets the session it read when it
 * saves it and then reads it again, only to learn whether the requested id is still valid, and does so once more when a
 * page that was flushed mid-way ends (spring-session issue 1731). Measured on PostgreSQL, that was one more select of
 * the session and one of its attributes per signed-in click. The kept session is the one this request already holds;
 * it is forgotten when the request ends, so the next request reads the store again (another node may have changed it).
 * That read runs without a transaction ({@link SessionTransactions}).
 */
final class QuietSessions implements SessionRepository<QuietSessions.Tracked> {

    private final SessionRepository<Session> store;
    private final long touchIntervalMs;
    /** What the request running on this thread read, while the filter runs it; none outside a request. */
    private final ThreadLocal<Read> reads = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    QuietSessions(SessionRepository<? extends Session> store, long touchIntervalMs) {
        // The store's session type is its own (package-private in Spring Session); it only ever gets back what it made.
        this.store = (SessionRepository<Session>) store;
        this.touchIntervalMs = touchIntervalMs;
    }

    /** A session filter like {@code original} (same session id resolver) that works through this repository. */
    static Filter filter(
            SessionRepositoryFilter<?> original, SessionRepository<? extends Session> store, long touchIntervalMs) {
        var field = ReflectionUtils.findField(SessionRepositoryFilter.class, "httpSessionIdResolver");
        if (field == null) {
            throw new IllegalStateException("Spring Session's filter no longer has the field httpSessionIdResolver");
        }
        ReflectionUtils.makeAccessible(field);
        var filter = new Filter(new QuietSessions(store, touchIntervalMs));
        filter.setHttpSessionIdResolver((HttpSessionIdResolver) ReflectionUtils.getField(field, original));
        return filter;
    }

    @Override
    public Tracked createSession() {
        return new Tracked(store.createSession(), true);
    }

    @Override
    public void save(Tracked session) {
        if (session.mustSave(touchIntervalMs)) {
            store.save(session.stored);
            session.saved();
        }
    }

    @Override
    public Tracked findById(String id) {
        var read = reads.get();
        if (read != null && id.equals(read.id)) {
            var kept = read.session;
            // Renamed (a new id after sign-in), removed or expired since: the store would not find it under this id.
            return kept != null && id.equals(kept.getId()) && !kept.isExpired() ? kept : null;
        }
        var found = SessionTransactions.reading(() -> store.findById(id));
        var tracked = found == null ? null : new Tracked(found, false);
        if (read != null) {
            read.id = id;
            read.session = tracked;
        }
        return tracked;
    }

    @Override
    public void deleteById(String id) {
        var read = reads.get();
        if (read != null && read.session != null && id.equals(read.session.getId())) {
            read.session = null;
        }
        store.deleteById(id);
    }

    /** The id a request looked up and what it found (nothing if the store had no such valid session). */
    private static final class Read {
        private String id;
        private Tracked session;
    }

    /** Spring Session's filter, with this repository's memory of the request's session scoped to the request. */
    static final class Filter extends SessionRepositoryFilter<Tracked> {

        private final QuietSessions sessions;

        Filter(QuietSessions sessions) {
            super(sessions);
            this.sessions = sessions;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var outer = sessions.reads.get();
            sessions.reads.set(new Read());
            try {
                super.doFilterInternal(request, response, chain);
            } finally {
                if (outer == null) {
                    sessions.reads.remove();
                } else {
                    sessions.reads.set(outer);
                }
            }
        }
    }

    /** A stored session, and whether anything other than its last-access time changed since it was read or saved. */
    static final class Tracked implements Session {

        private final Session stored;
        private boolean changed;
        private Instant savedAccess;

        Tracked(Session stored, boolean isNew) {
            this.stored = stored;
            this.changed = isNew;
            this.savedAccess = stored.getLastAccessedTime();
        }

        boolean mustSave(long touchIntervalMs) {
            return changed
                    || Duration.between(savedAccess, stored.getLastAccessedTime())
                                    .toMillis()
                            >= touchIntervalMs;
        }

        void saved() {
            changed = false;
            savedAccess = stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            stored.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(stored.getMaxInactiveInterval())) {
                changed = true;
            }
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
