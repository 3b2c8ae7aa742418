package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class SignInTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    private static final String DEMO_PASSWORD = "binome-demo-2026";

    @Autowired
    MockMvc mvc;

    @Test
    void aDemoAccountSignsInAndIsSentHome() throws Exception {
        mvc.perform(signIn("mentor", DEMO_PASSWORD, "10.0.0.1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordSendsBackToTheFormWithAFrenchError() throws Exception {
        mvc.perform(signIn("mentor", "not-the-password", "10.0.0.2")).andExpect(redirectedUrl("/login?error"));

        mvc.perform(get("/login?error"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(copy().fr("login.error"))));
    }

    @Test
    void repeatedFailuresSlowAStrangerDownButTheOwnerOnTheirDeviceStillSignsIn() throws Exception {
        var device = mvc.perform(signIn("animateur", DEMO_PASSWORD, "10.0.1.200"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("binome-device");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        // Strangers guess from ever new addresses: past the account's free failures they wait longer and longer.
        org.springframework.mock.web.MockHttpServletResponse stranger = null;
        for (int i = 0; i < 40 && stranger == null; i++) {
            var response = mvc.perform(signIn("animateur", "wrong-password-" + i, "10.0.1." + i))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 429) {
                stranger = response;
            }
        }
        assertThat(stranger).as("strangers are throttled").isNotNull();
        assertThat(stranger.getForwardedUrl()).isEqualTo("/login/throttled");
        assertThat(Long.parseLong(stranger.getHeader("Retry-After"))).isBetween(1L, 900L);

        mvc.perform(signIn("animateur", DEMO_PASSWORD, "10.0.1.150").cookie(device))
                .andExpect(redirectedUrl("/"));
        mvc.perform(signIn("animateur", DEMO_PASSWORD, "10.0.1.200")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theThrottledPageSaysHowLongToWaitAndThatAKnownDeviceCanSignIn() throws Exception {
        // Delays double with each failure past the fifth, so they soon outgrow the time a request takes.
        var refused = untilThrottled("sponsor", "10.0.4.1");
        assertThat(refused.getForwardedUrl()).isEqualTo("/login/throttled");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();

        // MockMvc does not follow the forward: render the page the way the filter hands it over.
        for (var shown : java.util.Map.of(
                        java.time.Duration.ofSeconds(8),
                        "réessayez dans 8 secondes",
                        java.time.Duration.ofMinutes(15),
                        "réessayez dans 15 minutes")
                .entrySet()) {
            mvc.perform(get("/login/throttled").requestAttr(LoginThrottleFilter.RETRY_AFTER, shown.getKey()))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(shown.getValue())))
                    .andExpect(
                            content().string(org.hamcrest.Matchers.containsString(copy().fr("login.throttled.known"))));
        }
    }

    @Test
    void repeatedFailuresFromOneAddressSlowItDownWhateverTheAccountForSecondsOnly() throws Exception {
        org.springframework.mock.web.MockHttpServletResponse refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            var response = mvc.perform(signIn("nobody-" + i, "wrong-password", "10.0.2.1"))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 429) {
                refused = response;
            }
        }
        assertThat(refused).as("throttled after the address's free failures").isNotNull();
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isLessThanOrEqualTo(30);
        mvc.perform(signIn("mentore", DEMO_PASSWORD, "10.0.2.2")).andExpect(redirectedUrl("/"));
    }

    @Autowired
    Accounts accounts;

    /**
     * Fifty colleagues behind one company proxy (one address) sign in at the same moment with their right passwords:
     * none is answered 429, and a guesser from that address is still stopped after the free failures.
     */
    @Test
    void fiftySimultaneousSignInsFromOneAddressAllSucceed() throws Exception {
        var password = "Un-mot-de-passe-solide-2026";
        int n = 50;
        for (int i = 0; i < n; i++) {
            accounts.open(new NewAccount(
                    "proxy.colleague" + i,
                    "Collègue " + i,
                    "proxy.colleague" + i + "@example.com",
                    password.toCharArray(),
                    java.util.Set.of(Role.PARTICIPANT),
                    "fr",
                    null,
                    false));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<String>>();
            for (int i = 0; i < n; i++) {
                var username = "proxy.colleague" + i;
                tasks.add(() -> {
                    start.await();
                    var response = mvc.perform(signIn(username, password, "10.0.9.1"))
                            .andReturn()
                            .getResponse();
                    return response.getStatus() + " " + response.getRedirectedUrl();
                });
            }
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (var task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            var answers = new java.util.ArrayList<String>();
            for (var future : futures) {
                answers.add(future.get());
            }
            assertThat(answers).hasSize(n).allMatch("302 /"::equals, "signed in and sent home");
        } finally {
            pool.shutdownNow();
        }
        var guessed = untilThrottledAcrossAccounts("10.0.9.1");
        assertThat(guessed).as("wrong passwords from that address before a 429").isBetween(30, 33);
    }

    /** Wrong passwords for the colleagues' accounts from one address until one is answered 429; how many passed. */
    private int untilThrottledAcrossAccounts(String address) throws Exception {
        for (int i = 0; i < 60; i++) {
            var response = mvc.perform(signIn("proxy.colleague" + (i % 50) + ".typo", "wrong-password", address))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 429) {
                return i;
            }
        }
        throw new AssertionError("never throttled");
    }

    private org.springframework.mock.web.MockHttpServletResponse untilThrottled(String username, String address)
            throws Exception {
        for (int i = 0; i < 20; i++) {
            var response = mvc.perform(signIn(username, "wrong-password-" + i, address))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 429) {
                assertThat(i).as("free failures before the first delay").isGreaterThanOrEqualTo(5);
                return response;
            }
        }
        throw new AssertionError("never throttled");
    }

    @Test
    void anOverLongUsernameIsJustAWrongSignIn() throws Exception {
        mvc.perform(signIn("x".repeat(10_000), "y".repeat(10_000), "10.0.3.1"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSignInWithAForgedFormTokenIsRefused() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "mentor")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormPostedWithoutAnyTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "mentor").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSignedInPersonOpeningTheSignInPageGoesHome() throws Exception {
        mvc.perform(get("/login").with(user(TestUsers.withRoles(Role.PARTICIPANT))))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var result = mvc.perform(post("/logout").with(csrf()).with(user(TestUsers.withRoles(Role.ADMIN))))
                .andExpect(redirectedUrl("/login?logout"))
                .andReturn();
        assertThat(result.getResponse().getCookie("SESSION").getMaxAge()).isZero();
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
