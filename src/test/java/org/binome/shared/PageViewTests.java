package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The application's pages are rendered on {@link PageAttributes}: their variables never reach the request. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class PageViewTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aPagesVariablesStayWithItsRendering() throws Exception {
        var result = mvc.perform(get("/admin/mentorships").with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getModelAndView().getModel()).containsKeys("pairs", "counts");
        assertThat(result.getResponse().getContentAsString()).contains("pair-total");
        // Thymeleaf keeps a page's variables as attributes of the request it renders on
        assertThat(result.getRequest().getAttribute("pairs")).isNull();
        assertThat(result.getRequest().getAttribute("counts")).isNull();
    }
}
