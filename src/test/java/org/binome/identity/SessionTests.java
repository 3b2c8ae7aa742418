package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions end twelve hours after sign-in however active, and their cookie is host-bound over HTTPS. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class SessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FindByIndexNameSessionRepository<?> sessions;

    private Cookie signIn(boolean https, String address) throws Exception {
        var response = mvc.perform(post("/login")
                        .secure(https)
                        .param("username", "mentor")
                        .param("password", "binome-demo-2026")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        return response.getCookie(https ? "__Host-SESSION" : "SESSION");
    }

    @Test
    void overHttpsTheSessionCookieIsHostBoundSecureAndHttpOnly() throws Exception {
        var cookie = signIn(true, "10.7.0.1");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        var home =
                mvc.perform(get("/me").secure(true).cookie(cookie)).andReturn().getResponse();
        assertThat(home.getStatus()).isEqualTo(200);
    }

    @Test
    void overPlainHttpTheCookieKeepsItsPlainName() throws Exception {
        assertThat(signIn(false, "10.7.0.2")).isNotNull();
    }

    @Test
    void signingInRecordsWhenTheSessionsLifetimeStarted() throws Exception {
        var before = Instant.now().toEpochMilli();
        var cookie = signIn(false, "10.7.0.3");
        var id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        Long signedInAt = sessions.findById(id).getAttribute(SessionLifetimeFilter.SIGNED_IN_AT);
        assertThat(signedInAt).isBetween(before, Instant.now().toEpochMilli());
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
        var signedIn = Instant.parse("2026-12-01T08:00:00Z");
        var session = new MockHttpSession();
        session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, signedIn.toEpochMilli());

        var justBefore = run(session, signedIn.plus(Duration.ofHours(12)).minusSeconds(1));
        assertThat(justBefore.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();

        var after = run(session, signedIn.plus(Duration.ofHours(12)).plusSeconds(1));
        assertThat(after.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    /** The "end" form of the session signed in from this address, on the account page seen by {@code viewer}. */
    private String endFormOf(Cookie viewer, String address) throws Exception {
        var page = mvc.perform(get("/account").cookie(viewer))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var row = java.util.regex.Pattern.compile(
                        "<td>" + java.util.regex.Pattern.quote(address)
                                + "</td>.*?action=\"(/account/sessions/[^\"]+/end)\"",
                        java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find())
                .as("the session from %s is listed with its browser, address and last activity", address)
                .isTrue();
        return row.group(1);
    }

    private int status(Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void theAccountPageListsTheOpenSessionsAndEndsOneOrAllTheOthers() throws Exception {
        var here = signIn(false, "10.77.0.1");
        var phone = signIn(false, "10.77.0.2");
        var laptop = signIn(false, "10.77.0.3");

        var endPhone = endFormOf(here, "10.77.0.2");
        mvc.perform(post(endPhone).cookie(here).with(csrf()));
        assertThat(status(phone, "/me")).as("the phone's session has ended").isEqualTo(302);
        assertThat(status(laptop, "/me")).isEqualTo(200);
        assertThat(status(here, "/me")).isEqualTo(200);

        mvc.perform(post("/account/sessions/end-others").cookie(here).with(csrf()));
        assertThat(status(laptop, "/me")).as("every other session has ended").isEqualTo(302);
        assertThat(status(here, "/me")).as("this one stays").isEqualTo(200);
    }

    private static MockHttpServletResponse run(MockHttpSession session, Instant now) throws Exception {
        var filter = new SessionLifetimeFilter(Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));
        var request = new MockHttpServletRequest("GET", "/me");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
