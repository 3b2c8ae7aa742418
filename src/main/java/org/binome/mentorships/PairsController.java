package org.binome.mentorships;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.binome.identity.BinomeUser;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.shared.Paging;
import org.binome.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator follows pairs: statuses, dates, counts, health and reasons — never what a pair wrote. */
@Controller
class PairsController {

    private final PairStatistics reading;
    private final PairBoard board;
    private final MentorshipLifecycle lifecycle;
    private final HealthCheck healthCheck;
    private final Programs programs;
    private final MessageSource messages;
    private final ZoneId zone;

    PairsController(
            PairStatistics reading,
            PairBoard board,
            MentorshipLifecycle lifecycle,
            HealthCheck healthCheck,
            Programs programs,
            MessageSource messages,
            ZoneId zone) {
        this.reading = reading;
        this.board = board;
        this.lifecycle = lifecycle;
        this.healthCheck = healthCheck;
        this.programs = programs;
        this.messages = messages;
        this.zone = zone;
    }

    /** Every programme's figures, counted by the database, and one page of the pairs that the filter keeps. */
    @GetMapping("/admin/mentorships")
    String all(
            @RequestParam(defaultValue = "ALL") PairFilter show,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        var programmes = programs.findAll();
        model.addAttribute("programmes", programmes);
        counts(programmes, board.recentCounts(programmes), model);
        model.addAttribute("programme", null);
        return list(board.page(programmes, null, show, Paging.of(page, size)), show, request, locale, model);
    }

    @GetMapping("/admin/programmes/{id}/pairs")
    String ofProgramme(
            @PathVariable long id,
            @RequestParam(defaultValue = "ALL") PairFilter show,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        var programme = programs.find(id).orElseThrow(() -> RuleViolation.notFound("mentorships.error.notFound"));
        var programmes = List.of(programme);
        model.addAttribute("programmes", programmes);
        counts(programmes, board.recentCounts(programmes), model);
        model.addAttribute("programme", programme);
        return list(board.page(programmes, id, show, Paging.of(page, size)), show, request, locale, model);
    }

    /** A programme's card of figures: its name and its counts. */
    record ProgrammeFigures(String programme, PairHealthCounts figures) {}

    /**
     * The cards of these programmes' figures, each with its programme's name: the page reads a card's name from it
     * rather than indexing the programmes (a SpEL index into a list reads the list's element type, parameter
     * annotations included, at every call: 1.8 % of the page's CPU).
     */
    private void counts(List<ProgramView> programmes, PairBoard.Counts counts, Model model) {
        var names = new java.util.HashMap<Long, String>();
        programmes.forEach(p -> names.put(p.id(), p.name()));
        model.addAttribute(
                "counts",
                counts.programmes().stream()
                        .map(c -> new ProgrammeFigures(names.get(c.programId()), c))
                        .toList());
        model.addAttribute("countedAt", counts.countedAt());
        model.addAttribute("keptSeconds", board.shownAtMost().toSeconds());
    }

    private String list(PairBoard.Page page, PairFilter show, HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("pairs", PairRow.of(page.pairs(), messages, zone, locale));
        model.addAttribute("total", page.total());
        model.addAttribute("pager", page.paging().pager(page.total(), false, request));
        model.addAttribute("show", show);
        model.addAttribute("filters", PairFilter.values());
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
