package org.binome.matching;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.binome.identity.BinomeUser;
import org.binome.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's own proposals (accept or decline) and suggestions (ask for one). */
@Controller
class ParticipantMatchingController {

    private final MatchingPage page;
    private final ProposalReview review;
    private final Suggestions suggestions;

    ParticipantMatchingController(MatchingPage page, ProposalReview review, Suggestions suggestions) {
        this.page = page;
        this.review = review;
        this.suggestions = suggestions;
    }

    @GetMapping("/me/proposals")
    String proposals(@AuthenticationPrincipal BinomeUser user, Model model, Locale locale) {
        model.addAttribute("proposals", page.mine(user.employeeNumber(), locale));
        model.addAttribute("me", user.employeeNumber());
        return "matching/my-proposals";
    }

    @PostMapping("/me/proposals/{proposalId}/{answer:accept|decline}")
    String answer(
            @PathVariable long proposalId,
            @PathVariable String answer,
            @RequestParam int version,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var given = "accept".equals(answer) ? Proposal.Answer.ACCEPTED : Proposal.Answer.DECLINED;
        try {
            review.answer(proposalId, version, user.employeeNumber(), given);
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.kind().status());
            model.addAttribute("refusal", e);
            return proposals(user, model, locale);
        }
        redirect.addFlashAttribute(
                "flash", given == Proposal.Answer.ACCEPTED ? "matching.flash.accepted" : "matching.flash.declined");
        return "redirect:/me/proposals";
    }

    @GetMapping("/me/suggestions")
    String suggestions(@AuthenticationPrincipal BinomeUser user, Model model, Locale locale) {
        model.addAttribute("programs", suggestions.of(user.employeeNumber()));
        model.addAttribute("page", page);
        model.addAttribute("locale", locale);
        return "matching/suggestions";
    }

    @PostMapping("/me/suggestions/request")
    String request(
            @RequestParam long programId,
            @RequestParam String partner,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            suggestions.request(programId, user.employeeNumber(), partner);
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.kind().status());
            model.addAttribute("refusal", e);
            return suggestions(user, model, locale);
        }
        redirect.addFlashAttribute("flash", "matching.flash.requested");
        return "redirect:/me/suggestions";
    }
}
