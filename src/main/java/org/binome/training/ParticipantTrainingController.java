package org.binome.training;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.binome.identity.BinomeUser;
import org.binome.programs.ApplicationStatus;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's training paths, quizzes, circles and help requests. */
@Controller
@RequestMapping("/me")
class ParticipantTrainingController {

    private final Training training;
    private final TrainingPaths paths;
    private final Circles circles;
    private final HelpRequests help;
    private final QuizAttempts attempts;
    private final Programs programs;

    ParticipantTrainingController(
            Training training,
            TrainingPaths paths,
            Circles circles,
            HelpRequests help,
            Programs programs,
            QuizAttempts attempts) {
        this.attempts = attempts;
        this.training = training;
        this.paths = paths;
        this.circles = circles;
        this.help = help;
        this.programs = programs;
    }

    @GetMapping("/training")
    String paths(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("paths", training.pathsOf(user.employeeNumber()));
        model.addAttribute(
                "circles",
                circles.of(user.employeeNumber()).stream()
                        .filter(c -> c.isMember(user.employeeNumber()))
                        .toList());
        return "training/my-training";
    }

    @GetMapping("/training/{moduleId}")
    @Transactional(readOnly = true)
    String module(@PathVariable long moduleId, @AuthenticationPrincipal BinomeUser user, Model model) {
        return page(model, mine(moduleId, user), user, Map.of(), null);
    }

    /**
     * Completes a module: with a quiz, the answers ({@code q<questionId>=<choiceId>}) are graded here and the module is
     * complete only at the pass mark; without one, reading is enough.
     */
    @PostMapping("/training/{moduleId}")
    @Transactional
    String complete(
            @PathVariable long moduleId,
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var module = mine(moduleId, user);
        var answers = new LinkedHashMap<String, String>();
        params.forEach((name, values) -> {
            if (name.startsWith("q")) {
                if (values.size() != 1) {
                    throw RuleViolation.invalid("training.quiz.tampered");
                }
                answers.put(name.substring(1), values.get(0));
            }
        });
        Integer score = null;
        if (module.hasQuiz()) {
            var wait = attempts.claim(moduleId, user.employeeNumber());
            if (wait.isPresent()) {
                response.setStatus(429);
                long seconds = (wait.get().toMillis() + 999) / 1000;
                response.setHeader("Retry-After", String.valueOf(seconds));
                model.addAttribute("waitMinutes", Math.max(1, (seconds + 59) / 60));
                return page(model, module, user, answers, null);
            }
            QuizGrading.Result result;
            try {
                result = QuizGrading.grade(module, paths.correctChoices(moduleId), answers);
            } catch (RuleViolation e) {
                attempts.refund(moduleId, user.employeeNumber());
                response.setStatus(e.kind().status());
                return page(model, module, user, answers, e.key());
            }
            if (!result.passed()) {
                response.setStatus(422);
                model.addAttribute("score", result.score());
                return page(model, module, user, answers, "training.quiz.failed");
            }
            score = result.score();
            attempts.passed(moduleId, user.employeeNumber());
        } else if (!answers.isEmpty()) {
            throw RuleViolation.invalid("training.quiz.tampered");
        }
        paths.complete(moduleId, user.employeeNumber(), score);
        redirect.addFlashAttribute("flash", "training.flash.completed");
        return "redirect:/me/training";
    }

    // ---- circles ------------------------------------------------------------------------------------------------

    /** A member's view of their circle, with what was said (members and the facilitator only). */
    @GetMapping("/circles/{circleId}")
    @Transactional(readOnly = true)
    String circle(@PathVariable long circleId, @AuthenticationPrincipal BinomeUser user, Model model) {
        var circle = circles.find(circleId)
                .filter(c -> c.isMember(user.employeeNumber()))
                .orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        model.addAttribute("circle", circle);
        model.addAttribute(
                "sessions",
                circles.sessions(circleId).stream()
                        .filter(s -> circle.wasMemberAt(user.employeeNumber(), s.startsAt()))
                        .toList());
        model.addAttribute("steps", CircleStep.values());
        model.addAttribute("confidential", true);
        model.addAttribute("facilitatorView", false);
        return "training/circle";
    }

    // ---- help ---------------------------------------------------------------------------------------------------

    @GetMapping("/help")
    String help(@AuthenticationPrincipal BinomeUser user, @RequestParam(required = false) Long programId, Model model) {
        return helpPage(model, user, new HelpForm(programId, HelpRequests.FACILITATOR, ""), Map.of());
    }

    @PostMapping("/help")
    @Transactional
    String ask(
            @AuthenticationPrincipal BinomeUser user,
            HelpForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        var mine = acceptedProgrammes(user);
        if (form.programId() == null || mine.stream().noneMatch(p -> p.id() == form.programId())) {
            errors.put("programId", "training.help.programme");
        }
        if (!HelpRequests.FACILITATOR.equals(form.addressee()) && !HelpRequests.ADMIN.equals(form.addressee())) {
            errors.put("addressee", "training.help.addressee");
        } else if (HelpRequests.FACILITATOR.equals(form.addressee())
                && !errors.containsKey("programId")
                && help.facilitatorOf(user.employeeNumber(), form.programId()).isEmpty()) {
            errors.put("addressee", "training.help.noFacilitator");
        }
        if (form.message() == null || form.message().isBlank()) {
            errors.put("message", "training.field.required");
        } else if (form.message().length() > 5000) {
            errors.put("message", "training.help.tooLong");
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return helpPage(model, user, form, errors);
        }
        help.ask(user.employeeNumber(), form.programId(), form.addressee(), form.message());
        redirect.addFlashAttribute("flash", "training.flash.helpSent");
        return "redirect:/me/help";
    }

    private String helpPage(Model model, BinomeUser user, HelpForm form, Map<String, String> errors) {
        model.addAttribute("programmes", acceptedProgrammes(user));
        model.addAttribute("requests", help.of(user.employeeNumber()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "training/help";
    }

    private List<org.binome.programs.ProgramView> acceptedProgrammes(BinomeUser user) {
        return programs.applicationsOf(user.employeeNumber()).stream()
                .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                .map(a -> programs.find(a.programId()).orElseThrow())
                .toList();
    }

    private String page(Model model, ModuleView module, BinomeUser user, Map<String, String> answers, String problem) {
        model.addAttribute("module", module);
        model.addAttribute("answers", answers);
        model.addAttribute("problem", problem);
        model.addAttribute(
                "done",
                paths.completedBy(user.employeeNumber(), module.programId()).contains(module.id()));
        model.addAttribute("program", programs.find(module.programId()).orElseThrow());
        return "training/module";
    }

    /** A module of a path the person follows (their accepted role in its programme); anything else is not found. */
    private ModuleView mine(long moduleId, BinomeUser user) {
        var module = paths.module(moduleId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        if (!programs.isAcceptedParticipant(module.programId(), user.employeeNumber(), module.role())) {
            throw RuleViolation.notFound("training.error.notFound");
        }
        return module;
    }

    static boolean english(Locale locale) {
        return ModuleView.english(locale);
    }
}
