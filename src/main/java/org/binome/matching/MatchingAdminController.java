package org.binome.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.binome.identity.BinomeUser;
import org.binome.shared.Paging;
import org.binome.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's matching page of a programme: run, review, adjust, publish. */
@Controller
@RequestMapping("/admin/programmes/{programId}/matching")
class MatchingAdminController {

    private final MatchingPage page;
    private final MatchingRuns runs;
    private final ProposalReview review;

    MatchingAdminController(MatchingPage page, MatchingRuns runs, ProposalReview review) {
        this.page = page;
        this.runs = runs;
        this.review = review;
    }

    @GetMapping
    String show(
            @PathVariable long programId,
            @RequestParam(name = "q", defaultValue = "") String search,
            @RequestParam(name = "page", defaultValue = "0") int proposalsPage,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        var view = page.admin(programId, locale, search, Paging.of(proposalsPage, size));
        model.addAttribute("view", view);
        var shown = view.proposalsPage();
        // after a refused action (a POST, its form's fields no parameters of the page) the links keep the page's size
        var pager = "GET".equals(request.getMethod())
                ? shown.pager(view.proposalsTotal(), false, request)
                : shown.pager(
                        view.proposalsTotal(),
                        false,
                        request.getContextPath() + "/admin/programmes/" + programId + "/matching",
                        Map.of("size", new String[] {String.valueOf(shown.size())}));
        model.addAttribute("pager", pager);
        model.addAttribute("proposalRows", ProposalRow.of(view, pager));
        return "matching/admin";
    }

    /** Back to the page of proposals an action was taken on. */
    private static String proposals(long programId, int proposalsPage, Integer size) {
        var shown = Paging.of(proposalsPage, size);
        var query = shown.page() == 0 && shown.size() == Paging.DEFAULT_SIZE
                ? ""
                : "?page=" + shown.page() + "&size=" + shown.size();
        return "redirect:/admin/programmes/" + programId + "/matching" + query + "#proposals";
    }

    /** The run's progress, polled by htmx while it runs; once it ends, the whole page reloads with the results. */
    @GetMapping("/run")
    String run(
            @PathVariable long programId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        var latest = page.latestRun(programId);
        page.program(programId);
        if (htmx != null && latest.map(r -> !r.running()).orElse(true)) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("programId", programId);
        model.addAttribute("latest", latest);
        return "matching/admin :: run";
    }

    @PostMapping("/run")
    String start(
            @PathVariable long programId,
            @RequestParam(defaultValue = "1") String mentorsPerGroup,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            runs.start(programId, user.getUsername(), mentorsPerGroup(mentorsPerGroup));
        } catch (RuleViolation e) {
            return problem(programId, e, model, locale, response);
        }
        redirect.addFlashAttribute("flash", "matching.flash.started");
        return "redirect:/admin/programmes/" + programId + "/matching";
    }

    @PostMapping("/runs/{runId}/cancel")
    String cancel(@PathVariable long programId, @PathVariable long runId, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flash", runs.cancel(programId, runId) ? "matching.flash.cancelled" : "matching.flash.alreadyFinished");
        return "redirect:/admin/programmes/" + programId + "/matching";
    }

    @PostMapping("/proposals/{proposalId}/lock")
    String lock(
            @PathVariable long programId,
            @PathVariable long proposalId,
            @RequestParam boolean locked,
            @RequestParam(name = "page", defaultValue = "0") int proposalsPage,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            review.lock(programId, proposalId, locked);
        } catch (RuleViolation e) {
            return problem(programId, e, proposalsPage, size, request, model, locale, response);
        }
        redirect.addFlashAttribute("flash", locked ? "matching.flash.locked" : "matching.flash.unlocked");
        return proposals(programId, proposalsPage, size);
    }

    @PostMapping("/proposals/{proposalId}/remove")
    String remove(
            @PathVariable long programId,
            @PathVariable long proposalId,
            @RequestParam(name = "page", defaultValue = "0") int proposalsPage,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            review.remove(programId, proposalId);
        } catch (RuleViolation e) {
            return problem(programId, e, proposalsPage, size, request, model, locale, response);
        }
        redirect.addFlashAttribute("flash", "matching.flash.removed");
        return proposals(programId, proposalsPage, size);
    }

    /** A proposal's score components, read by htmx when the administrator opens its detail on the page. */
    @GetMapping("/proposals/{proposalId}/components")
    String components(@PathVariable long programId, @PathVariable long proposalId, Model model, Locale locale) {
        model.addAttribute("bars", page.components(programId, proposalId, locale));
        return "matching/components :: bars";
    }

    /** Score and explanation of two people before pairing them (htmx fragment). */
    @GetMapping("/preview")
    String preview(
            @PathVariable long programId,
            @RequestParam(required = false) String mentor,
            @RequestParam(required = false) String mentee,
            Model model,
            Locale locale) {
        model.addAttribute("programId", programId);
        if (mentor != null && mentee != null && !mentor.isBlank() && !mentee.isBlank()) {
            try {
                var preview = review.preview(programId, mentor, mentee);
                model.addAttribute("preview", preview);
                model.addAttribute(
                        "explanation", page.explain(preview.mentor(), preview.mentee(), preview.components(), locale));
            } catch (RuleViolation e) {
                model.addAttribute("previewProblem", e);
            }
        }
        return "matching/admin :: preview";
    }

    @PostMapping("/pair")
    String pair(
            @PathVariable long programId,
            @RequestParam(defaultValue = "") String mentor,
            @RequestParam(defaultValue = "") String mentee,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            review.pair(programId, mentor, mentee);
        } catch (RuleViolation e) {
            return problem(programId, e, model, locale, response);
        }
        redirect.addFlashAttribute("flash", "matching.flash.paired");
        return "redirect:/admin/programmes/" + programId + "/matching#proposals";
    }

    @PostMapping("/requests/{requestId}/confirm")
    String confirm(
            @PathVariable long programId,
            @PathVariable long requestId,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            review.confirmRequest(programId, requestId);
        } catch (RuleViolation e) {
            return problem(programId, e, model, locale, response);
        }
        redirect.addFlashAttribute("flash", "matching.flash.confirmed");
        return "redirect:/admin/programmes/" + programId + "/matching#proposals";
    }

    @PostMapping("/publish")
    String publish(
            @PathVariable long programId,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            review.publish(programId);
        } catch (RuleViolation e) {
            return problem(programId, e, model, locale, response);
        }
        redirect.addFlashAttribute("flash", "matching.flash.published");
        return "redirect:/admin/programmes/" + programId + "/matching";
    }

    private static int mentorsPerGroup(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("matching.error.mentorsPerGroup");
        }
    }

    /** The page again, with the reason the action was refused at the top, and the matching status code. */
    /** A refused action shown on the page's first proposals. */
    private String problem(long programId, RuleViolation e, Model model, Locale locale, HttpServletResponse response) {
        var request = ((org.springframework.web.context.request.ServletRequestAttributes)
                        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return problem(programId, e, 0, null, request, model, locale, response);
    }

    private String problem(
            long programId,
            RuleViolation e,
            int proposalsPage,
            Integer size,
            HttpServletRequest request,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
            throw e;
        }
        response.setStatus(e.kind().status());
        model.addAttribute("refusal", e);
        return show(programId, "", proposalsPage, size, request, model, locale);
    }
}
