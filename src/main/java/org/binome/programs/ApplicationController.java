package org.binome.programs;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import org.binome.identity.BinomeUser;
import org.binome.people.Directory;
import org.binome.people.PersonStatus;
import org.binome.shared.FormErrors;
import org.binome.shared.RuleViolation;
import org.binome.shared.SelectOption;
import org.binome.skills.SkillView;
import org.binome.skills.Skills;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person volunteers, edits and withdraws. The applicant is always the signed-in person: no parameter names anyone
 * else.
 */
@Controller
class ApplicationController {

    private final Programs programs;
    private final Volunteering volunteering;
    private final Charters charters;
    private final Directory directory;
    private final Skills skills;
    private final Clock clock;
    private final org.binome.privacy.InformationNotices notices;
    private final MessageSource messages;

    ApplicationController(
            Programs programs,
            Volunteering volunteering,
            Charters charters,
            Directory directory,
            Skills skills,
            Clock clock,
            org.binome.privacy.InformationNotices notices,
            MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
        this.programs = programs;
        this.volunteering = volunteering;
        this.charters = charters;
        this.directory = directory;
        this.skills = skills;
        this.clock = clock;
    }

    @GetMapping("/programmes/{id}/apply")
    String form(
            @PathVariable long id,
            @AuthenticationPrincipal BinomeUser user,
            @org.springframework.web.bind.annotation.RequestParam(required = false) ParticipantRole role,
            Locale locale,
            Model model) {
        var program = program(id);
        var charter = charters.current(id);
        var existing = user.employeeNumber() == null
                ? null
                : programs.applicationOf(id, user.employeeNumber()).orElse(null);
        ApplicationForm form;
        if (existing != null) {
            form = ApplicationForm.of(existing, charter.number());
        } else {
            var person = user.employeeNumber() == null
                    ? null
                    : directory.find(user.employeeNumber()).orElse(null);
            form = ApplicationForm.blank(
                    role,
                    person == null ? java.util.List.of("fr") : person.languages(),
                    person == null ? "" : person.site(),
                    charter.number());
        }
        return page(model, program, form, existing, locale);
    }

    @PostMapping("/programmes/{id}/apply")
    String submit(
            @PathVariable long id,
            @Valid @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult binding,
            @AuthenticationPrincipal BinomeUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer noticeVersion) {
        var program = program(id);
        var errors = FormErrors.readable(form, binding, model);
        var self = user.employeeNumber();
        var existing = self == null ? null : programs.applicationOf(id, self).orElse(null);
        var catalogue = new HashSet<String>();
        skills.catalogue().stream().map(SkillView::code).forEach(catalogue::add);
        var command = form.toCommand(
                errors,
                catalogue,
                new HashSet<>(directory.departments()),
                n -> directory
                        .find(n)
                        .filter(p -> p.status() == PersonStatus.ACTIVE)
                        .isPresent(),
                self);
        if (errors.hasErrors()) {
            return page(model, program, form, existing, locale);
        }
        try {
            if (existing == null) {
                volunteering.apply(id, self, command, locale);
                if (noticeVersion != null) {
                    // The version shown on the page, even if an administrator published a newer one meanwhile.
                    notices.acknowledge(self, noticeVersion, "application-form");
                }
            } else if (form.version() == null) {
                // A second "new application" from another tab: the person already applied.
                throw RuleViolation.conflict("programs.apply.error.twice");
            } else {
                volunteering.edit(id, self, form.version(), command, locale);
            }
        } catch (RuleViolation | DataIntegrityViolationException e) {
            var rule = e instanceof RuleViolation r ? r : RuleViolation.conflict("programs.apply.error.twice");
            if (rule.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw rule;
            }
            response.setStatus(rule.kind().status());
            model.addAttribute("refusal", rule);
            return page(model, program, form, programs.applicationOf(id, self).orElse(existing), locale);
        }
        redirect.addFlashAttribute(
                "flash", existing == null ? "programs.flash.applied" : "programs.flash.applicationSaved");
        return "redirect:/programmes/" + id + "/apply";
    }

    @PostMapping("/programmes/{id}/apply/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal BinomeUser user, RedirectAttributes redirect) {
        if (user.employeeNumber() == null) {
            throw RuleViolation.notFound("programs.error.notFound");
        }
        volunteering.withdraw(id, user.employeeNumber());
        redirect.addFlashAttribute("flash", "programs.flash.withdrawn");
        return "redirect:/programmes/" + id + "/apply";
    }

    @GetMapping("/me/applications")
    String mine(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute(
                "applications",
                user.employeeNumber() == null ? java.util.List.of() : programs.applicationsOf(user.employeeNumber()));
        return "programs/my-applications";
    }

    private ProgramView program(long id) {
        return programs.find(id)
                .filter(ProgramView::visibleToEmployees)
                .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
    }

    private String page(
            Model model, ProgramView program, ApplicationForm form, ApplicationView existing, Locale locale) {
        model.addAttribute("program", program);
        model.addAttribute("applicationForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("open", program.acceptsApplications(LocalDate.now(clock)));
        model.addAttribute("charter", charters.current(program.id()));
        model.addAttribute("consentText", volunteering.consentText(locale));
        model.addAttribute("consentVersion", Volunteering.CONSENT_VERSION);
        var notice = notices.current();
        model.addAttribute("notice", notice);
        model.addAttribute("noticeBlocks", notices.render(notice, locale));
        var catalogue = skills.catalogue(locale);
        model.addAttribute("skillRows", ApplicationSkillRow.of(catalogue, form, messages, locale));
        model.addAttribute("catalogue", catalogue); // the answers of an application no longer editable
        var departments = directory.departments();
        model.addAttribute("wishedDepartmentOptions", SelectOption.each(departments, form.wishedDepartments()));
        model.addAttribute("avoidedDepartmentOptions", SelectOption.each(departments, form.avoidedDepartments()));
        model.addAttribute("choices", ApplicationChoices.of(messages, locale));
        return "programs/apply";
    }
}
