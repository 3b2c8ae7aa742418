package org.binome.mentorships;

import jakarta.validation.Valid;
import org.binome.identity.BinomeUser;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator follows pairs: statuses, dates, counts, health and reasons — never what a pair wrote. */
@Controller
class PairsController {

    private final PairStatistics reading;
    private final MentorshipLifecycle lifecycle;
    private final HealthCheck healthCheck;
    private final Programs programs;

    PairsController(PairStatistics reading, MentorshipLifecycle lifecycle, HealthCheck healthCheck, Programs programs) {
        this.reading = reading;
        this.lifecycle = lifecycle;
        this.healthCheck = healthCheck;
        this.programs = programs;
    }

    @GetMapping("/admin/mentorships")
    String all(Model model) {
        var programmes = programs.findAll();
        var overview = reading.overview(programmes.stream().map(p -> p.id()).toList());
        model.addAttribute("programmes", programmes);
        model.addAttribute("counts", overview.counts());
        model.addAttribute("pairs", overview.pairs());
        model.addAttribute("programme", null);
        return "mentorships/admin-pairs";
    }

    @GetMapping("/admin/programmes/{id}/pairs")
    String ofProgramme(@PathVariable long id, Model model) {
        var programme = programs.find(id).orElseThrow(() -> RuleViolation.notFound("mentorships.error.notFound"));
        model.addAttribute("programmes", java.util.List.of(programme));
        model.addAttribute("counts", java.util.List.of(reading.counts(id)));
        model.addAttribute("pairs", reading.pairs(id));
        model.addAttribute("programme", programme);
        return "mentorships/admin-pairs";
    }

    @GetMapping("/admin/mentorships/{id}")
    String pair(@PathVariable long id, Model model) {
        var m = lifecycle.load(id);
        model.addAttribute("pair", reading.pair(m));
        model.addAttribute("programme", programs.find(m.programId).orElse(null));
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndForm(null, "", true));
        }
        model.addAttribute("endReasons", EndReason.values());
        return "mentorships/admin-pair";
    }

    @PostMapping("/admin/mentorships/{id}/end")
    String end(
            @PathVariable long id,
            @Valid @ModelAttribute("endForm") EndForm form,
            BindingResult errors,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return pair(id, model);
        }
        lifecycle.end(id, user.getUsername(), true, form.reason(), form.message(), Boolean.TRUE.equals(form.rematch()));
        redirect.addFlashAttribute("flash", "mentorships.flash.ended");
        return "redirect:/admin/mentorships/" + id;
    }

    @PostMapping("/admin/mentorships/{id}/complete")
    String complete(@PathVariable long id, @AuthenticationPrincipal BinomeUser user, RedirectAttributes redirect) {
        lifecycle.complete(id, user.getUsername(), true);
        redirect.addFlashAttribute("flash", "mentorships.flash.completed");
        return "redirect:/admin/mentorships/" + id;
    }

    @PostMapping("/admin/mentorships/health-check")
    String checkNow(RedirectAttributes redirect) {
        healthCheck.sendNow();
        redirect.addFlashAttribute("flash", "mentorships.flash.checked");
        return "redirect:/admin/mentorships";
    }
}
