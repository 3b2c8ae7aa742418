package org.binome.shell;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** One rule for every form: a submitted page shown again with errors answers 422; nothing else is touched. */
class InvalidFormStatusTests {

    record NameForm(@NotBlank String name, Integer age) {}

    @Controller
    static class Forms {
        @GetMapping("/form")
        String show(@ModelAttribute("form") NameForm form, BindingResult errors) {
            return "page";
        }

        @PostMapping("/form")
        String save(@Valid @ModelAttribute("form") NameForm form, BindingResult errors) {
            return errors.hasErrors() ? "page" : "redirect:/form";
        }

        @PostMapping("/conflict")
        String conflict(
                @Valid @ModelAttribute("form") NameForm form, BindingResult errors, HttpServletResponse response) {
            response.setStatus(409);
            return "page";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Forms())
            .addInterceptors(new InvalidFormStatus())
            .build();

    @Test
    void aFormWithErrorsShownAgainAnswers422() throws Exception {
        mvc.perform(post("/form").param("name", "")).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/form").param("name", "Inès").param("age", "douze"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("form", "age", "typeMismatch"));
    }

    @Test
    void aValidFormRedirectsAsTheControllerSays() throws Exception {
        mvc.perform(post("/form").param("name", "Inès")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aStatusTheControllerChoseIsKept() throws Exception {
        mvc.perform(post("/conflict").param("name", "")).andExpect(status().isConflict());
    }

    @Test
    void readingAPageIsNeverAnError() throws Exception {
        mvc.perform(get("/form").param("age", "douze")).andExpect(status().isOk());
    }
}
