package org.binome.skills;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.identity.BinomeUser;
import org.binome.people.Directory;
import org.binome.shared.FormErrors;
import org.binome.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Skill profiles: each person edits their own at /me/skills; administrators edit anyone's from the person page. */
@Controller
class SkillProfileController {

    private final Skills skills;
    private final Directory directory;
    private final MessageSource messages;

    SkillProfileController(Skills skills, Directory directory, MessageSource messages) {
        this.skills = skills;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/me/skills")
    String mine(@AuthenticationPrincipal BinomeUser user, Model model, Locale locale) {
        return page(own(user), false, model, locale);
    }

    @PostMapping("/me/skills")
    String saveMine(
            @AuthenticationPrincipal BinomeUser user,
            @Valid @ModelAttribute("profileForm") SkillProfileForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var number = own(user);
        return save(number, false, form, errors, model, locale, redirect, "redirect:/me/skills");
    }

    @GetMapping("/admin/skills/people/{employeeNumber}")
    String anyone(
            @PathVariable String employeeNumber,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale) {
        requirePerson(employeeNumber);
        if (htmx != null) {
            model.addAttribute("lines", skills.profileLinesOf(employeeNumber));
            model.addAttribute("employeeNumber", employeeNumber);
            return "skills/profile :: summary";
        }
        return page(employeeNumber, true, model, locale);
    }

    @PostMapping("/admin/skills/people/{employeeNumber}")
    String saveAnyone(
            @PathVariable String employeeNumber,
            @Valid @ModelAttribute("profileForm") SkillProfileForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requirePerson(employeeNumber);
        return save(
                employeeNumber,
                true,
                form,
                errors,
                model,
                locale,
                redirect,
                "redirect:/admin/people/" + employeeNumber);
    }

    private String page(String employeeNumber, boolean asAdmin, Model model, Locale locale) {
        var lines = skills.profileLinesOf(employeeNumber);
        var form = SkillProfileForm.of(lines);
        model.addAttribute("profileForm", form);
        return page(employeeNumber, asAdmin, lines, form, null, model, locale);
    }

    /**
     * The form's rows read {@code form}: the profile as saved, or as typed after a refused save, with its
     * {@code errors} (none: null).
     */
    private String page(
            String employeeNumber,
            boolean asAdmin,
            List<SkillProfileLine> lines,
            SkillProfileForm form,
            Errors errors,
            Model model,
            Locale locale) {
        model.addAttribute("person", directory.find(employeeNumber).orElse(null));
        model.addAttribute("employeeNumber", employeeNumber);
        model.addAttribute("asAdmin", asAdmin);
        model.addAttribute("rows", SkillProfileRow.of(lines, form, errors, messages, locale));
        return "skills/profile";
    }

    /** On errors the page comes back as typed ({@code InvalidFormStatus} answers 422); nothing is saved. */
    private String save(
            String employeeNumber,
            boolean asAdmin,
            SkillProfileForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            String next) {
        var lines = skills.profileLinesOf(employeeNumber);
        if (errors.hasErrors()) {
            var readable = FormErrors.readable(form, errors, model);
            return page(employeeNumber, asAdmin, lines, form, readable, model, locale);
        }
        var declarations = new ArrayList<SkillDeclaration>();
        for (var line : lines) {
            var code = line.skill().code();
            var comment = form.commentOn(code);
            if (form.offeredLevel(code) > 0) {
                declarations.add(new SkillDeclaration(code, SkillDirection.OFFERED, form.offeredLevel(code), comment));
            }
            if (form.wantedPriority(code) > 0) {
                declarations.add(new SkillDeclaration(code, SkillDirection.WANTED, form.wantedPriority(code), comment));
            }
        }
        skills.declare(employeeNumber, declarations);
        redirect.addFlashAttribute("flash", "skills.profile.saved");
        return next;
    }

    private String own(BinomeUser user) {
        if (user.employeeNumber() == null
                || directory.find(user.employeeNumber()).isEmpty()) {
            throw RuleViolation.notFound("skills.error.person");
        }
        return user.employeeNumber();
    }

    private void requirePerson(String employeeNumber) {
        if (directory.find(employeeNumber).isEmpty()) {
            throw RuleViolation.notFound("skills.error.person");
        }
    }

    static List<Integer> levels() {
        return List.of(1, 2, 3, 4);
    }
}
