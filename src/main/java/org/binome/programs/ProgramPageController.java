package org.binome.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.people.Directory;
import org.binome.shared.RuleViolation;
import org.binome.skills.SkillView;
import org.binome.skills.Skills;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The programme page: the internal communication every signed-in employee can read. */
@Controller
class ProgramPageController {

    static final int DEFAULT_FAQ_ENTRIES = 8;

    private final Programs programs;
    private final Charters charters;
    private final Directory directory;
    private final Skills skills;
    private final MessageSource messages;
    private final Clock clock;

    ProgramPageController(
            Programs programs,
            Charters charters,
            Directory directory,
            Skills skills,
            MessageSource messages,
            Clock clock) {
        this.programs = programs;
        this.charters = charters;
        this.directory = directory;
        this.skills = skills;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programmes")
    String list(@AuthenticationPrincipal BinomeUser user, Model model) {
        var today = LocalDate.now(clock);
        model.addAttribute("programs", programs.visibleToEmployees());
        model.addAttribute("today", today);
        model.addAttribute(
                "mine",
                user.employeeNumber() == null
                        ? java.util.Map.of()
                        : programs.applicationsOf(user.employeeNumber()).stream()
                                .collect(Collectors.toMap(ApplicationSummary::programId, Function.identity())));
        return "programs/list";
    }

    @GetMapping("/programmes/{id}")
    String page(@PathVariable long id, @AuthenticationPrincipal BinomeUser user, Locale locale, Model model) {
        var program = visible(id, user);
        model.addAttribute("program", program);
        model.addAttribute("preview", !program.visibleToEmployees());
        model.addAttribute(
                "sponsors",
                program.sponsors().stream()
                        .map(directory::find)
                        .flatMap(Optional::stream)
                        .toList());
        var catalogue = skills.catalogue().stream().collect(Collectors.toMap(SkillView::code, Function.identity()));
        model.addAttribute(
                "targetSkills",
                program.targetSkills().stream()
                        .map(catalogue::get)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute("faq", program.faq().isEmpty() ? defaultFaq(locale) : program.faq());
        model.addAttribute("charter", charters.current(id));
        model.addAttribute("open", program.acceptsApplications(LocalDate.now(clock)));
        model.addAttribute(
                "mine",
                user.employeeNumber() == null
                        ? null
                        : programs.applicationOf(id, user.employeeNumber()).orElse(null));
        return "programs/page";
    }

    List<FaqItem> defaultFaq(Locale locale) {
        var faq = new ArrayList<FaqItem>();
        for (int i = 1; i <= DEFAULT_FAQ_ENTRIES; i++) {
            faq.add(new FaqItem(
                    messages.getMessage("programs.faq.default." + i + ".q", null, locale),
                    messages.getMessage("programs.faq.default." + i + ".a", null, locale)));
        }
        return faq;
    }

    /** Employees read published programmes; administrators may also preview a draft. */
    ProgramView visible(long id, BinomeUser user) {
        return programs.find(id)
                .filter(p -> p.visibleToEmployees() || user.hasRole(Role.ADMIN))
                .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
    }
}
