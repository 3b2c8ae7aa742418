package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.binome.support.Copy;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Without demo data, the only way in is the first administrator, who must choose a password first. */
@SpringBootTest(properties = "BINOME_ADMIN_PASSWORD=installer-chosen-secret")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdministratorTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void theOnlyAccountIsAnAdministratorNamedAdmin() {
        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.findByUsername("mentor")).isEmpty();
    }

    @Test
    void theFirstSignInAsksForANewPasswordBeforeAnythingElse() throws Exception {
        // Sessions live in Spring Session's JDBC store, which follows the SESSION cookie.
        var cookies = mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "installer-chosen-secret")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn()
                .getResponse()
                .getCookies();
        // The session id is renewed at sign-in: the last SESSION cookie written is the live one.
        var session = java.util.Arrays.stream(cookies)
                .filter(c -> c.getName().equals("SESSION"))
                .reduce((first, last) -> last)
                .orElseThrow();

        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "installer-chosen-secret")
                        .param("newPassword", "short")
                        .param("confirmation", "short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString(copy().fr("password.tooShort"))));

        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "installer-chosen-secret")
                        .param("newPassword", "my own long passphrase")
                        .param("confirmation", "my own long passphrase"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
    }
}
