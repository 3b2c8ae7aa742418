package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** Which requests send the session to the store: only those that changed it, or a last access a minute old. */
class QuietSessionsTests {

    private final Counting store = new Counting();
    private final QuietSessions sessions = new QuietSessions(store, SessionStoreConfiguration.TOUCH_INTERVAL_MS);

    @Test
    void aNewSessionIsSaved() {
        var session = sessions.createSession();
        sessions.save(session);
        assertThat(store.saves).isEqualTo(1);
        assertThat(store.findById(session.getId())).isNotNull();
    }

    @Test
    void aClickThatOnlyMovesARecentLastAccessTimeSendsNothing() {
        var id = stored();
        var session = sessions.findById(id);
        session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(59));
        session.getAttribute("SPRING_SECURITY_CONTEXT");
        sessions.save(session);
        assertThat(store.saves).isZero();
    }

    @Test
    void aLastAccessAMinuteOldIsWrittenAgain() {
        var id = stored();
        var session = sessions.findById(id);
        var later = session.getLastAccessedTime().plusSeconds(60);
        session.setLastAccessedTime(later);
        sessions.save(session);
        assertThat(store.saves).isEqualTo(1);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void anythingSetOrRemovedOrANewIdOrTimeoutIsSaved() {
        var id = stored();
        var set = sessions.findById(id);
        set.setAttribute("flash", "x");
        sessions.save(set);
        assertThat(store.saves).isEqualTo(1);
        assertThat(store.findById(id).<String>getAttribute("flash")).isEqualTo("x");

        var removed = sessions.findById(id);
        removed.removeAttribute("flash");
        sessions.save(removed);
        assertThat(store.saves).isEqualTo(2);

        var renewed = sessions.findById(id);
        var newId = renewed.changeSessionId();
        sessions.save(renewed);
        assertThat(store.saves).isEqualTo(3);

        var timeout = sessions.findById(newId);
        timeout.setMaxInactiveInterval(Duration.ofMinutes(5));
        sessions.save(timeout);
        assertThat(store.saves).isEqualTo(4);
    }

    @Test
    void aSecondSaveOfTheSameRequestSendsOnlyWhatChangedSince() {
        var id = stored();
        var session = sessions.findById(id);
        session.setAttribute("a", 1);
        sessions.save(session);
        sessions.save(session);
        assertThat(store.saves).isEqualTo(1);
        session.setAttribute("b", 2);
        sessions.save(session);
        assertThat(store.saves).isEqualTo(2);
    }

    private String stored() {
        var session = store.createSession();
        store.save(session);
        store.saves = 0;
        return session.getId();
    }

    private static final class Counting extends MapSessionRepository {
        int saves;

        Counting() {
            super(new HashMap<>());
        }

        @Override
        public void save(MapSession session) {
            saves++;
            super.save(session);
        }
    }
}
