package org.binome.mentorships;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.binome.identity.BinomeUser;
import org.binome.shared.Choices;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sessions of a pair: plan, move, cancel, download the invitation, log what each side learned, rate. */
@Controller
class SessionController {

    private final MentorshipAccess access;
    private final MemberPages reading;
    private final PairFactsLoader facts;
    private final MemberNames names;
    private final SessionPlanning planning;
    private final MentorshipController pages;

    SessionController(
            MentorshipAccess access,
            MemberPages reading,
            PairFactsLoader facts,
            MemberNames names,
            SessionPlanning planning,
            MentorshipController pages) {
        this.access = access;
        this.reading = reading;
        this.facts = facts;
        this.names = names;
        this.planning = planning;
        this.pages = pages;
    }

    @PostMapping("/mentorships/{id}/sessions")
    String plan(
            @PathVariable long id,
            @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        var saved = errors.hasErrors() ? null : planning.plan(m, form, errors, user.employeeNumber());
        if (saved == null) {
            return pages.detail(id, user, model, locale);
        }
        redirect.addFlashAttribute("flash", "mentorships.flash.sessionPlanned");
        return "redirect:/mentorships/" + id + "/sessions/" + saved.id;
    }

    @GetMapping("/mentorships/{id}/sessions/{sessionId}")
    // The page's reads (access, session, pair facts, names) in one read-only transaction instead of one each.
    @Transactional(readOnly = true)
    String session(
            @PathVariable long id,
            @PathVariable long sessionId,
            @AuthenticationPrincipal BinomeUser user,
            Model model) {
        // page() reads the session through the pair, which refuses a session of another pair
        return page(access.memberOf(id, user), sessionId, user, model);
    }

    @PostMapping("/mentorships/{id}/sessions/{sessionId}")
    String reschedule(
            @PathVariable long id,
            @PathVariable long sessionId,
            @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var m = access.memberOf(id, user);
        var session = planning.session(m, sessionId);
        try {
            var saved =
                    errors.hasErrors() ? null : planning.reschedule(m, session, form, errors, user.employeeNumber());
            if (saved == null) {
                return page(m, sessionId, user, model);
            }
        } catch (SessionPlanning.Conflict e) {
            response.setStatus(409);
            model.addAttribute("sessionConflict", true);
            return page(m, sessionId, user, model);
        }
        redirect.addFlashAttribute("flash", "mentorships.flash.sessionMoved");
        return "redirect:/mentorships/" + id + "/sessions/" + sessionId;
    }

    @PostMapping("/mentorships/{id}/sessions/{sessionId}/cancel")
    String cancel(
            @PathVariable long id,
            @PathVariable long sessionId,
            @AuthenticationPrincipal BinomeUser user,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        planning.cancel(m, planning.session(m, sessionId), user.employeeNumber());
        redirect.addFlashAttribute("flash", "mentorships.flash.sessionCancelled");
        return "redirect:/mentorships/" + id + "#sessions";
    }

    @PostMapping("/mentorships/{id}/sessions/{sessionId}/log")
    String log(
            @PathVariable long id,
            @PathVariable long sessionId,
            @Valid @ModelAttribute("logForm") LogForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var m = access.memberOf(id, user);
        var session = planning.session(m, sessionId);
        if (errors.hasErrors()) {
            return page(m, sessionId, user, model);
        }
        try {
            planning.log(m, session, form, user.employeeNumber());
        } catch (SessionPlanning.Conflict e) {
            response.setStatus(409);
            model.addAttribute("logConflict", true);
            return page(m, sessionId, user, model);
        }
        redirect.addFlashAttribute("flash", "mentorships.flash.sessionLogged");
        return "redirect:/mentorships/" + id + "/sessions/" + sessionId;
    }

    @PostMapping("/mentorships/{id}/sessions/{sessionId}/rating")
    String rate(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(required = false) Integer rating,
            @AuthenticationPrincipal BinomeUser user,
            RedirectAttributes redirect) {
        var m = access.memberOf(id, user);
        planning.rate(m, sessionId, user.employeeNumber(), rating == null ? 0 : rating);
        redirect.addFlashAttribute("flash", "mentorships.flash.rated");
        return "redirect:/mentorships/" + id + "/sessions/" + sessionId;
    }

    @GetMapping("/mentorships/{id}/sessions/{sessionId}/invitation.ics")
    ResponseEntity<byte[]> invitation(
            @PathVariable long id, @PathVariable long sessionId, @AuthenticationPrincipal BinomeUser user) {
        var m = access.memberOf(id, user);
        var invitation = planning.invitation(m, planning.session(m, sessionId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(invitation.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("binome-seance-" + sessionId + ".ics")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(invitation.ics());
    }

    private String page(Mentorship m, long sessionId, BinomeUser user, Model model) {
        var session = reading.session(planning.session(m, sessionId), user.employeeNumber(), planning.now());
        model.addAttribute("summary", reading.summary(facts.outline(m), user.employeeNumber()));
        model.addAttribute("meeting", session);
        var members = names.partners(m);
        model.addAttribute("members", members);
        model.addAttribute(
                "attendance",
                Choices.checkboxes(
                        "attended", Choices.Layout.LINES, members, PartnerView::employeeNumber, PartnerView::name));
        model.addAttribute("self", user.employeeNumber());
        model.addAttribute("active", m.status == MentorshipStatus.ACTIVE);
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.of(session, planning.zone()));
        }
        if (!model.containsAttribute("logForm")) {
            model.addAttribute(
                    "logForm",
                    session.logged()
                            ? LogForm.of(session, session.myRating())
                            : new LogForm("", "", "", "", null, m.everyone(), session.version()));
        }
        return "mentorships/session";
    }
}
