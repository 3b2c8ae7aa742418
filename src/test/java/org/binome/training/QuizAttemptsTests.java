package org.binome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.binome.support.Copy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The training gate cannot be passed by trying every combination of quiz answers. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class QuizAttemptsTests {

    @Autowired
    private MessageSource messages;

    private Copy copy() {
        return new Copy(messages);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Programs programs;

    @Autowired
    Training training;

    @Autowired
    TrainingPaths paths;

    @Test
    void threeFailedAttemptsAreFreeThenEachWaitsLongerUpToADay() {
        assertThat(QuizAttempts.waitAfter(2)).isZero();
        assertThat(QuizAttempts.waitAfter(3)).isEqualTo(Duration.ofMinutes(10));
        assertThat(QuizAttempts.waitAfter(4)).isEqualTo(Duration.ofMinutes(20));
        assertThat(QuizAttempts.waitAfter(50)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void afterThreeWrongTriesEvenTheRightAnswersWaitAndNothingIsGraded() throws Exception {
        var running = programs.findAll().stream()
                .filter(p -> p.name().startsWith("Mentorat inversé 2026"))
                .findFirst()
                .orElseThrow()
                .id();
        var mentor = programs.acceptedApplicants(running, ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .sorted(java.util.Comparator.reverseOrder())
                .findFirst()
                .orElseThrow();
        var module = training.progress(running, ParticipantRole.MENTOR, mentor)
                .modules()
                .get(2);
        var correct = paths.correctChoices(module.id());
        var participant = TestUsers.employee(mentor, Role.PARTICIPANT);
        var completedBefore = paths.completedBy(mentor, running);

        for (int attempt = 0; attempt < 3; attempt++) {
            var wrong =
                    post("/me/training/" + module.id()).with(user(participant)).with(csrf());
            for (var q : module.questions()) {
                var choice = q.choices().stream()
                        .filter(c -> c.id() != correct.get(q.id()))
                        .findFirst()
                        .orElseThrow();
                wrong.param("q" + q.id(), String.valueOf(choice.id()));
            }
            assertThat(status(wrong)).isEqualTo(422);
        }
        var right = post("/me/training/" + module.id()).with(user(participant)).with(csrf());
        module.questions().forEach(q -> right.param("q" + q.id(), String.valueOf(correct.get(q.id()))));
        var response = mvc.perform(right).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(429);
        // Ten minutes after the third failure, less the time the request took to arrive.
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(500L, 600L);
        assertThat(response.getContentAsString())
                .contains(copy().fr("training.quiz.wait", 10))
                .doesNotContain(copy().frUpToArgument("training.quiz.failed"));
        assertThat(paths.completedBy(mentor, running)).isEqualTo(completedBefore);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
