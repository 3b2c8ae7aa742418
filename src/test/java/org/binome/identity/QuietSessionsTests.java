package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

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

    @Test
    void aSignedInPageReadsItsSessionOnceEvenWhenTheResponseIsCommittedMidPage() throws Exception {
        var id = stored();
        var filter = QuietSessions.filter(new SessionRepositoryFilter<>(store), store, 60_000);
        HttpServlet page = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                request.getSession().getAttribute("SPRING_SECURITY_CONTEXT");
                response.getWriter().write("<p>first part</p>");
                response.flushBuffer();
                request.getSession().getAttribute("SPRING_SECURITY_CONTEXT");
                response.getWriter().write("<p>rest</p>");
            }
        };

        var response = click(filter, page, id);
        assertThat(response.getContentAsString()).isEqualTo("<p>first part</p><p>rest</p>");
        assertThat(store.finds).as("store reads in one request").isEqualTo(1);

        click(filter, page, id);
        assertThat(store.finds)
                .as("the next request reads the store again: another node may have changed the session")
                .isEqualTo(2);
    }

    @Test
    void aSignInThatRenamesTheSessionStillSendsTheNewId() throws Exception {
        var id = stored();
        var filter = QuietSessions.filter(new SessionRepositoryFilter<>(store), store, 60_000);
        HttpServlet signIn = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                request.getSession().setAttribute("SPRING_SECURITY_CONTEXT", "someone");
                request.changeSessionId();
            }
        };

        var response = click(filter, signIn, id);
        var cookie = response.getCookie("SESSION");
        assertThat(cookie).as("a new session cookie").isNotNull();
        var newId = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        assertThat(newId).isNotEqualTo(id);
        assertThat(store.findById(id)).isNull();
        assertThat(store.findById(newId).<String>getAttribute("SPRING_SECURITY_CONTEXT"))
                .isEqualTo("someone");
    }

    private static MockHttpServletResponse click(Filter filter, HttpServlet page, String sessionId) throws Exception {
        var request = new MockHttpServletRequest("GET", "/me");
        request.setCookies(
                new Cookie("SESSION", Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(page));
        return response;
    }

    private String stored() {
        var session = store.createSession();
        store.save(session);
        store.saves = 0;
        store.finds = 0;
        return session.getId();
    }

    private static final class Counting extends MapSessionRepository {
        int saves;
        int finds;

        Counting() {
            super(new HashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            finds++;
            return super.findById(id);
        }

        @Override
        public void save(MapSession session) {
            saves++;
            super.save(session);
        }
    }
}
