package org.binome.shell;

import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.mentorships.Mentorships;
import org.binome.people.Directory;
import org.binome.programs.Programs;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to the home page of their main role, and renders those pages. */
@Controller
class HomeController {

    private final Directory directory;
    private final Programs programs;
    private final Mentorships mentorships;
    private final org.binome.training.Training training;
    private final java.time.Clock clock;
    private final org.binome.feedback.Surveys surveys;

    HomeController(
            Directory directory,
            Programs programs,
            Mentorships mentorships,
            org.binome.training.Training training,
            java.time.Clock clock,
            org.binome.feedback.Surveys surveys) {
        this.surveys = surveys;
        this.training = training;
        this.directory = directory;
        this.programs = programs;
        this.mentorships = mentorships;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal BinomeUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return "redirect:/admin";
        }
        if (user.hasRole(Role.SPONSOR)) {
            return "redirect:/sponsor";
        }
        if (user.hasRole(Role.FACILITATOR)) {
            return "redirect:/facilitation";
        }
        return "redirect:/me";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("summary", directory.summary());
        model.addAttribute("programmes", programs.overviews(null));
        return "shell/admin-home";
    }

    // "/sponsor" is the impact dashboard of the insights module (sponsors' and administrators' view of programmes).

    @GetMapping("/facilitation")
    String facilitation(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute(
                "overview", user.employeeNumber() == null ? null : training.facilitatorOverview(user.employeeNumber()));
        return "shell/facilitator-home";
    }

    @GetMapping("/me")
    // The page's reads (six facade calls) in one read-only transaction: each facade's own was a connection taken and
    // given back, a transaction manager looked up and a commit sent, six times a page.
    @Transactional(readOnly = true)
    String participant(@AuthenticationPrincipal BinomeUser user, Model model) {
        var known = user.employeeNumber() == null
                ? null
                : directory.findWithManager(user.employeeNumber()).orElse(null);
        model.addAttribute("person", known == null ? null : known.person());
        model.addAttribute("manager", known == null ? null : known.manager());
        var today = java.time.LocalDate.now(clock);
        if (user.employeeNumber() != null) {
            model.addAttribute("home", mentorships.participantHome(user.employeeNumber()));
            model.addAttribute("self", user.employeeNumber());
        }
        model.addAttribute("pendingSurveys", surveys.pendingFor(user.employeeNumber()));
        var applications = user.employeeNumber() == null
                ? java.util.List.<org.binome.programs.ApplicationSummary>of()
                : programs.applicationsOf(user.employeeNumber());
        model.addAttribute("applications", applications);
        // A programme the person already applied to is listed under their applications, not offered again.
        var appliedTo = applications.stream()
                .filter(a -> a.status() != org.binome.programs.ApplicationStatus.WITHDRAWN)
                .map(org.binome.programs.ApplicationSummary::programId)
                .collect(java.util.stream.Collectors.toSet());
        var visible = programs.visibleToEmployees();
        model.addAttribute(
                "openProgrammes",
                visible.stream()
                        .filter(p -> p.acceptsApplications(today) && !appliedTo.contains(p.id()))
                        .toList());
        // Matching leaves out whoever has not completed a required training: say so where people look first.
        var byId = visible.stream()
                .collect(java.util.stream.Collectors.toMap(org.binome.programs.ProgramView::id, p -> p));
        model.addAttribute(
                "trainingDue",
                applications.stream()
                        .filter(a -> a.status() == org.binome.programs.ApplicationStatus.ACCEPTED
                                && byId.containsKey(a.programId()))
                        .map(a -> training.dueBeforeMatching(user.employeeNumber(), byId.get(a.programId()), a.role()))
                        .flatMap(java.util.Optional::stream)
                        .toList());
        return "shell/participant-home";
    }
}
