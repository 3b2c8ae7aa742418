package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class SignInTests {

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
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Identifiant ou mot de passe incorrect.")));
    }

    @Test
    void repeatedFailuresOnOneAccountAreThrottledEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("animateur", "wrong-password-" + i, "10.0.1." + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(signIn("animateur", DEMO_PASSWORD, "10.0.1.99"))
                .andExpect(status().isTooManyRequests())
                .andExpect(forwardedUrl("/login/throttled"));
    }

    @Test
    void repeatedFailuresFromOneAddressAreThrottledWhateverTheAccount() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(signIn("nobody-" + i, "wrong-password", "10.0.2.1")).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(signIn("mentore", DEMO_PASSWORD, "10.0.2.1")).andExpect(status().isTooManyRequests());
        mvc.perform(signIn("mentore", DEMO_PASSWORD, "10.0.2.2")).andExpect(redirectedUrl("/"));
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
