package org.binome.mentorships;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.Locale;
import org.binome.identity.BinomeUser;
import org.binome.programs.Programs;
import org.binome.shared.FormErrors;
import org.binome.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's pages of their mentorships: the list, the pair's page, kick-off, objectives, notes, reviews, ending. */
@Controller
class MentorshipController {

    private final MentorshipAccess access;
    private final MemberPages reading;
    private final PairFactsLoader facts;
    private final MentorshipLifecycle lifecycle;
    private final ObjectiveEditing objectives;
    private final Notebook notebook;
    private final Programs programs;
    private final MessageSource messages;
    private final ZoneId zone;

    MentorshipController(
            MentorshipAccess access,
            MemberPages reading,
            PairFactsLoader facts,
            MentorshipLifecycle lifecycle,
            ObjectiveEditing objectives,
            Notebook notebook,
            Programs programs,
            MessageSource messages,
            ZoneId zone) {
        this.access = access;
        this.reading = reading;
        this.facts = facts;
        this.lifecycle = lifecycle;
        this.objectives = objectives;
        this.notebook = notebook;
        this.programs = programs;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/me/mentorships")
    String mine(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("home", reading.home(user.employeeNumber()));
        model.addAttribute("self", user.employeeNumber());
        return "mentorships/mine";
    }

    @GetMapping("/mentorships/{id}")
    // The page's reads (access, pair, programme, charter) in one read-only transaction instead of one each.
    @Transactional(readOnly = true)
    String detail(@PathVariable long id, @AuthenticationPrincipal BinomeUser user, Model model, Locale locale) {
        return page(access.memberOf(id, user), user, model, locale);
    }

    @PostMapping("/mentorships/{id}/kickoff")
    String kickOff(
            @PathVariable long id,
            @Valid @ModelAttribute("kickOffForm") KickOffForm form,
            BindingResult binding,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        var errors = FormErrors.readable(form, binding, model);
        if (errors.hasErrors()) {
            return page(m, user, model, locale);
        }
        lifecycle.kickOff(
                id,
                user.employeeNumber(),
                form.charterVersion() == null ? -1 : form.charterVersion(),
                form.expectations());
        redirect.addFlashAttribute("flash", "mentorships.flash.kickedOff");
        return "redirect:/mentorships/" + id + "#kickoff";
    }

    @PostMapping("/mentorships/{id}/objectives")
    String addObjective(
            @PathVariable long id,
            @Valid @ModelAttribute("objectiveForm") ObjectiveForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        if (errors.hasErrors()) {
            return page(m, user, model, locale);
        }
        objectives.add(m, form, user.employeeNumber());
        redirect.addFlashAttribute("flash", "mentorships.flash.objectiveAdded");
        return "redirect:/mentorships/" + id + "#objectives";
    }

    @GetMapping("/mentorships/{id}/objectives/{objectiveId}")
    String objective(
            @PathVariable long id,
            @PathVariable long objectiveId,
            @AuthenticationPrincipal BinomeUser user,
            Model model) {
        var m = access.memberOf(id, user);
        var current = reading.objective(objectives.objective(m, objectiveId));
        model.addAttribute("objectiveForm", ObjectiveForm.of(current));
        return objectivePage(m, user, current, model);
    }

    @PostMapping("/mentorships/{id}/objectives/{objectiveId}")
    String updateObjective(
            @PathVariable long id,
            @PathVariable long objectiveId,
            @Valid @ModelAttribute("objectiveForm") ObjectiveForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var m = access.memberOf(id, user);
        var current = reading.objective(objectives.objective(m, objectiveId));
        if (errors.hasErrors()) {
            return objectivePage(m, user, current, model);
        }
        try {
            objectives.update(m, objectiveId, form, user.employeeNumber());
        } catch (ObjectiveEditing.Conflict conflict) {
            // Nothing lost: the saved version is shown next to what this person typed, which stays in the form with
            // the new version number, so saving again deliberately replaces the other edit.
            response.setStatus(409);
            model.addAttribute("conflict", conflict.current);
            model.addAttribute(
                    "objectiveForm",
                    new ObjectiveForm(
                            form.title(),
                            form.measure(),
                            form.targetDate(),
                            form.progress(),
                            form.progressComment(),
                            conflict.current.version()));
            return objectivePage(m, user, conflict.current, model);
        }
        redirect.addFlashAttribute("flash", "mentorships.flash.objectiveSaved");
        return "redirect:/mentorships/" + id + "#objectives";
    }

    @PostMapping("/mentorships/{id}/objectives/{objectiveId}/delete")
    String deleteObjective(
            @PathVariable long id,
            @PathVariable long objectiveId,
            @AuthenticationPrincipal BinomeUser user,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        objectives.delete(m, objectiveId);
        redirect.addFlashAttribute("flash", "mentorships.flash.objectiveDeleted");
        return "redirect:/mentorships/" + id + "#objectives";
    }

    @PostMapping("/mentorships/{id}/notes")
    String writeNote(
            @PathVariable long id,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult binding,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        var errors = FormErrors.readable(form, binding, model);
        if (errors.hasErrors()) {
            return page(m, user, model, locale);
        }
        notebook.write(m, user.employeeNumber(), form);
        redirect.addFlashAttribute("flash", "mentorships.flash.noteSaved");
        return "redirect:/mentorships/" + id + "#notes";
    }

    @PostMapping("/mentorships/{id}/notes/{noteId}/delete")
    String deleteNote(
            @PathVariable long id,
            @PathVariable long noteId,
            @AuthenticationPrincipal BinomeUser user,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        notebook.delete(m, noteId, user.employeeNumber());
        redirect.addFlashAttribute("flash", "mentorships.flash.noteDeleted");
        return "redirect:/mentorships/" + id + "#notes";
    }

    @GetMapping("/mentorships/{id}/reviews/{kind}")
    String review(
            @PathVariable long id, @PathVariable String kind, @AuthenticationPrincipal BinomeUser user, Model model) {
        var m = access.memberOf(id, user);
        var reviewKind = kind(kind);
        var mine = notebook.myReview(m, reviewKind, user.employeeNumber());
        model.addAttribute(
                "reviewForm",
                mine.map(r -> new ReviewForm(r.satisfaction, r.worked, r.toImprove))
                        .orElse(new ReviewForm(null, "", "")));
        return reviewPage(m, user, reviewKind, model);
    }

    @PostMapping("/mentorships/{id}/reviews/{kind}")
    String answerReview(
            @PathVariable long id,
            @PathVariable String kind,
            @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        var reviewKind = kind(kind);
        if (errors.hasErrors()) {
            return reviewPage(m, user, reviewKind, model);
        }
        notebook.review(m, reviewKind, user.employeeNumber(), form);
        redirect.addFlashAttribute("flash", "mentorships.flash.reviewSaved");
        return "redirect:/mentorships/" + id;
    }

    @PostMapping("/mentorships/{id}/end")
    String end(
            @PathVariable long id,
            @Valid @ModelAttribute("endForm") EndForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        if (errors.hasErrors()) {
            return page(m, user, model, locale);
        }
        lifecycle.end(
                id, user.employeeNumber(), false, form.reason(), form.message(), Boolean.TRUE.equals(form.rematch()));
        redirect.addFlashAttribute("flash", "mentorships.flash.ended");
        return "redirect:/mentorships/" + id;
    }

    @PostMapping("/mentorships/{id}/complete")
    String complete(@PathVariable long id, @AuthenticationPrincipal BinomeUser user, RedirectAttributes redirect) {
        access.memberOf(id, user);
        lifecycle.complete(id, user.employeeNumber(), false);
        redirect.addFlashAttribute("flash", "mentorships.flash.completed");
        return "redirect:/mentorships/" + id;
    }

    private static ReviewKind kind(String kind) {
        return switch (kind) {
            case "mid_point" -> ReviewKind.MID_POINT;
            case "closing" -> ReviewKind.CLOSING;
            default -> throw RuleViolation.notFound("mentorships.error.notFound");
        };
    }

    private String page(Mentorship m, BinomeUser user, Model model, Locale locale) {
        var detail = reading.detail(m, user.employeeNumber());
        model.addAttribute("detail", detail);
        model.addAttribute("sessionRows", SessionRow.of(detail.sessions(), messages, zone, locale));
        model.addAttribute("self", user.employeeNumber());
        model.addAttribute(
                "charter", detail.charter() == null ? "" : detail.charter().text(locale));
        var program = programs.find(m.programId).orElse(null);
        if (!model.containsAttribute("kickOffForm")) {
            model.addAttribute(
                    "kickOffForm",
                    new KickOffForm(
                            detail.charterVersion(),
                            detail.me().kickedOff(),
                            detail.me().expectations()));
        }
        if (!model.containsAttribute("objectiveForm")) {
            model.addAttribute("objectiveForm", ObjectiveForm.blank());
        }
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute(
                    "sessionForm",
                    SessionForm.blank(facts.today().plusDays(7), program == null ? null : program.sessionMinutes()));
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm("", false));
        }
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndForm(null, "", true));
        }
        // A form sent back with errors stays unfolded.
        var open = new java.util.HashSet<String>();
        for (var form : java.util.List.of("kickOffForm", "objectiveForm", "sessionForm", "noteForm", "endForm")) {
            if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult result
                    && result.hasErrors()) {
                open.add(form);
            }
        }
        model.addAttribute("openForms", open);
        return "mentorships/detail";
    }

    private String objectivePage(Mentorship m, BinomeUser user, ObjectiveView current, Model model) {
        model.addAttribute("summary", reading.summary(facts.outline(m), user.employeeNumber()));
        model.addAttribute("objective", current);
        model.addAttribute("self", user.employeeNumber());
        return "mentorships/objective";
    }

    private String reviewPage(Mentorship m, BinomeUser user, ReviewKind kind, Model model) {
        var pair = facts.outline(m);
        model.addAttribute("summary", reading.summary(pair, user.employeeNumber()));
        model.addAttribute("kind", kind);
        model.addAttribute("open", ReviewPolicy.isOpen(pair, kind));
        model.addAttribute("opensOn", ReviewPolicy.opensOn(pair, kind));
        model.addAttribute("self", user.employeeNumber());
        return "mentorships/review";
    }
}
