package org.binome.training;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.binome.identity.BinomeUser;
import org.binome.programs.ApplicationStatus;
import org.binome.programs.Programs;
import org.binome.shared.FormErrors;
import org.binome.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
                return refused(e, response, model, module, user, answers);
            }
            if (!result.passed()) {
                // The attempt counts: no refund.
                model.addAttribute("score", result.score());
                return refused(RuleViolation.invalid("training.quiz.failed"), response, model, module, user, answers);
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
        model.addAttribute("form", new HelpForm(programId, HelpRequests.FACILITATOR, ""));
        return helpPage(model, user);
    }

    @PostMapping("/help")
    @Transactional
    String ask(
            @AuthenticationPrincipal BinomeUser user,
            @Valid @ModelAttribute("form") HelpForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = FormErrors.readable(form, binding, model);
        if (!errors.hasFieldErrors("programId")
                && acceptedProgrammes(user).stream().noneMatch(p -> p.id() == form.programId())) {
            errors.rejectValue("programId", "training.help.error.programme");
        }
        if (!HelpRequests.FACILITATOR.equals(form.addressee()) && !HelpRequests.ADMIN.equals(form.addressee())) {
            errors.rejectValue("addressee", "training.help.addressee");
        } else if (HelpRequests.FACILITATOR.equals(form.addressee())
                && !errors.hasFieldErrors("programId")
                && help.facilitatorOf(user.employeeNumber(), form.programId()).isEmpty()) {
            errors.rejectValue("addressee", "training.help.noFacilitator");
        }
        if (errors.hasErrors()) {
            return helpPage(model, user);
        }
        help.ask(user.employeeNumber(), form.programId(), form.addressee(), form.message());
        redirect.addFlashAttribute("flash", "training.flash.helpSent");
        return "redirect:/me/help";
    }

    private String helpPage(Model model, BinomeUser user) {
        model.addAttribute("programmes", acceptedProgrammes(user));
        model.addAttribute("requests", help.of(user.employeeNumber()));
        return "training/help";
    }

    private List<org.binome.programs.ProgramView> acceptedProgrammes(BinomeUser user) {
        return programs.applicationsOf(user.employeeNumber()).stream()
                .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                .map(a -> programs.find(a.programId()).orElseThrow())
                .toList();
    }

    /** The module again, with the answers as given and the refusal in place; the status follows its kind. */
    private String refused(
            RuleViolation refusal,
            HttpServletResponse response,
            Model model,
            ModuleView module,
            BinomeUser user,
            Map<String, String> answers) {
        response.setStatus(refusal.kind().status());
        return page(model, module, user, answers, refusal.key());
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
