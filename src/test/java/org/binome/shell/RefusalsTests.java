package org.binome.shell;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import org.binome.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** One refusal type, one answer: the status comes from the kind, the text is translated with its arguments. */
class RefusalsTests {

    @Controller
    static class Refusing {
        @GetMapping({"/things/{kind}", "/api/v1/things/{kind}"})
        String refuse(@PathVariable String kind) {
            throw new RuleViolation(RuleViolation.Kind.valueOf(kind), "thing.refused", "Chose", 3);
        }

        @GetMapping({"/upload", "/api/v1/upload"})
        String upload() {
            // what the servlet container's multipart support throws before any controller sees the body
            throw new MaxUploadSizeExceededException(DataSize.ofMegabytes(60).toBytes());
        }
    }

    private final MockMvc mvc;

    RefusalsTests() {
        var messages = new StaticMessageSource();
        messages.addMessage("thing.refused", Locale.FRENCH, "{0} refusée ({1} essais)");
        messages.addMessage("thing.refused", Locale.ENGLISH, "{0} refused ({1} attempts)");
        messages.addMessage("error.uploadTooLarge", Locale.ENGLISH, "Larger than {0} MB");
        mvc = MockMvcBuilders.standaloneSetup(new Refusing())
                .setControllerAdvice(new Refusals(messages, DataSize.ofMegabytes(60)))
                .build();
    }

    @Test
    void eachKindOfRefusalHasItsStatusAndTheSharedProblemPage() throws Exception {
        for (var expected :
                new Object[][] {{"NOT_FOUND", 404}, {"CONFLICT", 409}, {"INVALID", 422}, {"FORBIDDEN", 403}}) {
            mvc.perform(get("/things/" + expected[0]).locale(Locale.FRENCH))
                    .andExpect(status().is((int) expected[1]))
                    .andExpect(view().name("shell/problem"))
                    .andExpect(model().attribute("problemKey", "thing.refused"))
                    .andExpect(model().attribute("problemText", "Chose refusée (3 essais)"));
        }
    }

    @Test
    void theExplanationIsInThePersonsLanguage() throws Exception {
        mvc.perform(get("/things/CONFLICT").locale(Locale.ENGLISH))
                .andExpect(model().attribute("problemText", "Chose refused (3 attempts)"));
    }

    @Test
    void anApiCallerGetsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/things/INVALID").locale(Locale.ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.code").value("thing.refused"))
                .andExpect(jsonPath("$.detail").value("Chose refused (3 attempts)"))
                .andExpect(jsonPath("$.instance").value("/api/v1/things/INVALID"));
    }

    @Test
    void anUploadBeyondTheLimitIsARefusalLikeAnyOtherWithTheLimitInItsExplanation() throws Exception {
        mvc.perform(get("/upload").locale(Locale.ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("shell/problem"))
                .andExpect(model().attribute("problemKey", "error.uploadTooLarge"))
                .andExpect(model().attribute("problemText", "Larger than 60 MB"));
        mvc.perform(get("/api/v1/upload").locale(Locale.ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("error.uploadTooLarge"))
                .andExpect(jsonPath("$.detail").value("Larger than 60 MB"));
    }
}
