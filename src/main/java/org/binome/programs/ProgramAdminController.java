package org.binome.programs;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.binome.identity.BinomeUser;
import org.binome.people.Directory;
import org.binome.shared.Choices;
import org.binome.shared.Choices.Layout;
import org.binome.shared.FormErrors;
import org.binome.shared.RuleViolation;
import org.binome.skills.SkillView;
import org.binome.skills.Skills;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/programmes")
class ProgramAdminController {

    private final Programs programs;
    private final ProgramEditing editing;
    private final Charters charters;
    private final Skills skills;
    private final Directory directory;
    private final ApplicationCounts counts;
    private final org.binome.identity.Accounts accounts;
    private final org.springframework.context.MessageSource messages;

    ProgramAdminController(
            Programs programs,
            ProgramEditing editing,
            Charters charters,
            Skills skills,
            Directory directory,
            ApplicationCounts counts,
            org.binome.identity.Accounts accounts,
            org.springframework.context.MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
        this.programs = programs;
        this.editing = editing;
        this.charters = charters;
        this.skills = skills;
        this.directory = directory;
        this.counts = counts;
    }

    @GetMapping
    String list(Model model) {
        var all = programs.findAll();
        model.addAttribute("programs", all);
        model.addAttribute(
                "scores",
                all.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                ProgramView::id, p -> programs.readiness(p.id()).score())));
        return "programs/admin-list";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, ProgramForm.blank(), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProgramForm form,
            BindingResult binding,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect) {
        var errors = FormErrors.readable(form, binding, model);
        var command = form.toCommand();
        if (errors.hasErrors()) {
            // Show every problem at once: the design rules run on whatever could be read.
            editing.check(command, errors);
            return form(model, form, null);
        }
        var created = editing.create(command, errors, user.getUsername());
        if (created.isEmpty()) {
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flash", "programs.flash.created");
        return "redirect:/admin/programmes/" + created.get().id();
    }

    @GetMapping("/{id}")
    String overview(@PathVariable long id, Model model) {
        var program = programs.findCurrent(id).orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        model.addAttribute("program", program);
        model.addAttribute("readiness", programs.readiness(id));
        model.addAttribute("charter", charters.current(id));
        model.addAttribute("counts", counts.of(program));
        var sponsors = directory.findAll(program.sponsors()).stream()
                .sorted(java.util.Comparator.comparingInt(
                        s -> program.sponsors().indexOf(s.employeeNumber())))
                .toList();
        model.addAttribute("sponsorPeople", sponsors);
        // a named sponsor gets the role with their account: the page says who has none yet, with a link to invite them
        model.addAttribute(
                "sponsorsWithoutAccount",
                sponsors.stream()
                        .filter(s -> accounts.findByEmployeeNumber(s.employeeNumber())
                                .isEmpty())
                        .toList());
        return "programs/admin-program";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var program = programs.findCurrent(id).orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        return form(model, ProgramForm.of(program), program);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProgramForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            @AuthenticationPrincipal BinomeUser user) {
        var program = programs.findCurrent(id).orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        var errors = FormErrors.readable(form, binding, model);
        var command = form.toCommand();
        if (form.version() == null) {
            errors.reject("programs.error.conflict");
        }
        if (errors.hasErrors()) {
            editing.check(command, errors);
        }
        try {
            if (!errors.hasErrors()
                    && editing.update(id, form.version(), command, errors, user.getUsername())
                            .isPresent()) {
                redirect.addFlashAttribute("flash", "programs.flash.saved");
                return "redirect:/admin/programmes/" + id;
            }
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.CONFLICT) {
                throw e;
            }
            // Keep what this administrator typed; show what changed meanwhile by reloading in another tab.
            response.setStatus(409);
            model.addAttribute("conflict", true);
            return form(model, form, program);
        }
        return form(model, form, program);
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam ProgramStatus target,
            @RequestParam(defaultValue = "false") boolean confirmMissing,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            editing.changeStatus(id, target, confirmMissing);
        } catch (RuleViolation e) {
            if (!e.key().equals("programs.readiness.confirmRequired")) {
                throw e;
            }
            response.setStatus(e.kind().status());
            model.addAttribute("confirmNeeded", true);
            return overview(id, model);
        }
        redirect.addFlashAttribute("flash", "programs.flash.status." + target.name());
        return "redirect:/admin/programmes/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam boolean published, RedirectAttributes redirect) {
        editing.publish(id, published);
        redirect.addFlashAttribute("flash", published ? "programs.flash.published" : "programs.flash.unpublished");
        return "redirect:/admin/programmes/" + id;
    }

    record CharterForm(
            @NotBlank @Size(max = Charters.MAX_LENGTH) String textFr,
            @NotBlank @Size(max = Charters.MAX_LENGTH) String textEn,
            Integer basedOn) {}

    @GetMapping("/{id}/charter")
    String charter(@PathVariable long id, Model model) {
        var current = charters.current(id);
        return charterPage(id, new CharterForm(current.textFr(), current.textEn(), current.number()), model);
    }

    @PostMapping("/{id}/charter")
    String reviseCharter(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CharterForm form,
            BindingResult binding,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = FormErrors.readable(form, binding, model);
        if (errors.hasErrors()) {
            return charterPage(id, form, model);
        }
        try {
            charters.revise(
                    id,
                    form.basedOn() == null ? 0 : form.basedOn(),
                    form.textFr().strip(),
                    form.textEn().strip(),
                    user.getUsername());
        } catch (RuleViolation | DataIntegrityViolationException e) {
            if (e instanceof RuleViolation rule && rule.kind() != RuleViolation.Kind.CONFLICT) {
                throw rule;
            }
            response.setStatus(409);
            model.addAttribute("conflict", true);
            return charterPage(id, form, model);
        }
        redirect.addFlashAttribute("flash", "programs.flash.charter");
        return "redirect:/admin/programmes/" + id + "/charter";
    }

    private String charterPage(long id, CharterForm form, Model model) {
        model.addAttribute(
                "program",
                programs.findCurrent(id).orElseThrow(() -> RuleViolation.notFound("programs.error.notFound")));
        model.addAttribute("form", form);
        model.addAttribute("history", charters.history(id));
        return "programs/admin-charter";
    }

    private String form(Model model, ProgramForm form, ProgramView program) {
        model.addAttribute("form", form);
        model.addAttribute("program", program);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "skillChoices",
                Choices.checkboxes(
                        "targetSkills",
                        Layout.COLUMNS,
                        skills.catalogue(locale),
                        SkillView::code,
                        s -> s.name(locale)));
        model.addAttribute(
                "formatChoices",
                Choices.radios("format", Layout.INLINE, ProgramFormat.values(), messages, "programs.format.", locale));
        model.addAttribute(
                "componentChoices",
                Choices.checkboxes(
                        "mandatoryComponents",
                        Layout.INLINE,
                        MatchingComponent.values(),
                        messages,
                        "programs.component.",
                        locale));
        model.addAttribute("phaseFields", ProgramForm.PHASE_FIELDS);
        model.addAttribute(
                "faqSlots",
                java.util.stream.IntStream.range(0, ProgramForm.FAQ_SLOTS)
                        .boxed()
                        .toList());
        model.addAttribute(
                "weightFields",
                List.of(
                        "weightSkills",
                        "weightAvailability",
                        "weightLanguages",
                        "weightLocation",
                        "weightWishes",
                        "weightReverseFit",
                        "weightDiversity",
                        "weightSeniorityGap"));
        return "programs/admin-form";
    }
}
