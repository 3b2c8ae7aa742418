package org.binome.identity;

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
 */
final class QuietSessions implements SessionRepository<QuietSessions.Tracked> {

    private final SessionRepository<Session> store;
    private final long touchIntervalMs;

    @SuppressWarnings("unchecked")
    QuietSessions(SessionRepository<? extends Session> store, long touchIntervalMs) {
        // The store's session type is its own (package-private in Spring Session); it only ever gets back what it made.
        this.store = (SessionRepository<Session>) store;
        this.touchIntervalMs = touchIntervalMs;
    }

    /** A session filter like {@code original} (same session id resolver) that works through this repository. */
    static SessionRepositoryFilter<Tracked> filter(
            SessionRepositoryFilter<?> original, SessionRepository<? extends Session> store, long touchIntervalMs) {
        var field = ReflectionUtils.findField(SessionRepositoryFilter.class, "httpSessionIdResolver");
        if (field == null) {
            throw new IllegalStateException("Spring Session's filter no longer has the field httpSessionIdResolver");
        }
        ReflectionUtils.makeAccessible(field);
        var filter = new SessionRepositoryFilter<>(new QuietSessions(store, touchIntervalMs));
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
        var found = store.findById(id);
        return found == null ? null : new Tracked(found, false);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
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
