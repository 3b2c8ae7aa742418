package org.binome.training;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's screens: their circles, scheduling, the guided six-step session, and help requests. An
 * administrator who does not facilitate a circle sees its attendance and counts, never what was said.
 */
@Controller
@RequestMapping("/facilitation")
class FacilitationController {

    private final Training training;
    private final Circles circles;
    private final HelpRequests help;
    private final ZoneId zone;

    FacilitationController(Training training, Circles circles, HelpRequests help, ZoneId timeZone) {
        this.training = training;
        this.circles = circles;
        this.help = help;
        this.zone = timeZone;
    }

    @GetMapping("/circles")
    @Transactional(readOnly = true)
    String circles(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("overview", training.facilitatorOverview(user.employeeNumber()));
        return "training/circles";
    }

    @GetMapping("/circles/{circleId}")
    @Transactional(readOnly = true)
    String circle(@PathVariable long circleId, @AuthenticationPrincipal BinomeUser user, Model model) {
        var circle = visible(circleId, user);
        boolean facilitates = circle.facilitator().equals(user.employeeNumber());
        model.addAttribute("circle", circle);
        // An administrator gets attendance and dates only: what was said is not even in the model.
        model.addAttribute(
                "sessions",
                circles.sessions(circleId).stream()
                        .map(s -> facilitates ? s : s.withoutContent())
                        .toList());
        model.addAttribute("steps", CircleStep.values());
        model.addAttribute("confidential", facilitates);
        model.addAttribute("facilitatorView", facilitates);
        return "training/circle";
    }

    @PostMapping("/circles/{circleId}/sessions")
    @Transactional
    String schedule(
            @PathVariable long circleId,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String place,
            @AuthenticationPrincipal BinomeUser user,
            RedirectAttributes redirect) {
        facilitated(circleId, user);
        var id = circles.schedule(circleId, localTime(startsAt), place);
        redirect.addFlashAttribute("flash", "training.flash.sessionPlanned");
        return "redirect:/facilitation/circles/" + circleId + "/sessions/" + id;
    }

    @PostMapping("/circles/{circleId}/sessions/{sessionId}/reschedule")
    @Transactional
    String reschedule(
            @PathVariable long circleId,
            @PathVariable long sessionId,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String place,
            @AuthenticationPrincipal BinomeUser user,
            RedirectAttributes redirect) {
        facilitated(circleId, user);
        circles.reschedule(circleId, sessionId, localTime(startsAt), place);
        redirect.addFlashAttribute("flash", "training.flash.sessionMoved");
        return "redirect:/facilitation/circles/" + circleId;
    }

    /** A date and time as typed in the form, in the installation's time zone. */
    private java.time.Instant localTime(String value) {
        try {
            return LocalDateTime.parse(value == null ? "" : value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("training.session.dateInvalid");
        }
    }

    @GetMapping("/circles/{circleId}/sessions/{sessionId}")
    @Transactional(readOnly = true)
    String session(
            @PathVariable long circleId,
            @PathVariable long sessionId,
            @AuthenticationPrincipal BinomeUser user,
            Model model) {
        var circle = facilitated(circleId, user);
        var session = circles.session(circleId, sessionId)
                .orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        return guide(model, circle, session, null, null);
    }

    @PostMapping("/circles/{circleId}/sessions/{sessionId}/step")
    @Transactional
    String step(
            @PathVariable long circleId,
            @PathVariable long sessionId,
            @RequestParam int version,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "stay") String move,
            @RequestParam(required = false) List<String> attendees,
            @RequestParam(defaultValue = "false") boolean attendanceSent,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            HttpServletResponse response) {
        var circle = facilitated(circleId, user);
        var result = circles.step(
                circleId,
                sessionId,
                version,
                text,
                move,
                attendanceSent ? (attendees == null ? List.of() : attendees) : null);
        var problem = result.problem();
        if (problem != null) {
            response.setStatus(problem.kind().status());
        }
        guide(model, circle, result.session(), problem == null ? null : problem.key(), problem == null ? null : text);
        return htmx != null ? "training/session :: guide" : "training/session";
    }

    private String guide(Model model, CircleView circle, SessionView session, String problem, String typed) {
        model.addAttribute("circle", circle);
        model.addAttribute("meeting", session);
        model.addAttribute("step", session.currentStep());
        model.addAttribute("steps", CircleStep.values());
        model.addAttribute(
                "previous", circles.previous(circle.id(), session.id()).orElse(null));
        model.addAttribute("problem", problem);
        model.addAttribute(
                "typed",
                typed != null
                        ? typed
                        : session.currentStep().field() == null
                                ? ""
                                : session.record(session.currentStep().field()));
        return "training/session";
    }

    // ---- help ---------------------------------------------------------------------------------------------------

    @GetMapping("/help")
    @Transactional(readOnly = true)
    String help(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("requests", help.visibleTo(user.employeeNumber(), user.hasRole(Role.ADMIN)));
        return "training/help-list";
    }

    @GetMapping("/help/{id}")
    @Transactional(readOnly = true)
    String request(@PathVariable long id, @AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("request", visibleRequest(id, user));
        model.addAttribute("form", new HelpAnswerForm(""));
        return "training/help-answer";
    }

    @PostMapping("/help/{id}")
    @Transactional
    String answer(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @ModelAttribute("form") HelpAnswerForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect) {
        var request = visibleRequest(id, user);
        if (errors.hasErrors()) {
            model.addAttribute("request", request);
            return "training/help-answer";
        }
        help.answer(id, version, form.answer(), user.displayName());
        redirect.addFlashAttribute("flash", "training.flash.helpAnswered");
        return "redirect:/facilitation/help";
    }

    private HelpRequestView visibleRequest(long id, BinomeUser user) {
        return help.find(id)
                .filter(r -> r.visibleTo(user.employeeNumber(), user.hasRole(Role.ADMIN)))
                .orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
    }

    /** The circle, for its facilitator; an administrator sees it too (counts only); anyone else: not found. */
    private CircleView visible(long circleId, BinomeUser user) {
        return circles.find(circleId)
                .filter(c -> c.facilitator().equals(user.employeeNumber()) || user.hasRole(Role.ADMIN))
                .orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
    }

    /** Only the circle's facilitator runs its sessions; an administrator is told it is confidential. */
    private CircleView facilitated(long circleId, BinomeUser user) {
        var circle = visible(circleId, user);
        if (!circle.facilitator().equals(user.employeeNumber())) {
            throw RuleViolation.forbidden("training.circle.confidential");
        }
        return circle;
    }
}
