package org.binome.skills;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.binome.shared.FormErrors;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's catalogue: add, rename, merge and retire skills. */
@Controller
class SkillCatalogueController {

    private final Skills skills;

    SkillCatalogueController(Skills skills) {
        this.skills = skills;
    }

    record SkillForm(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9-]+")
            String code,

            @NotBlank @Size(max = 120) String nameFr,
            @NotBlank @Size(max = 120) String nameEn,
            @NotNull SkillCategory category,
            @Size(max = 500) String descriptionFr,
            @Size(max = 500) String descriptionEn) {

        static SkillForm empty() {
            return new SkillForm("", "", "", SkillCategory.DIGITAL, "", "");
        }

        SkillView view() {
            return new SkillView(
                    code, nameFr.strip(), nameEn.strip(), category, blank(descriptionFr), blank(descriptionEn), false);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    @GetMapping("/admin/skills")
    String catalogue(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SkillForm.empty());
        }
        model.addAttribute("skills", skills.allSkills());
        model.addAttribute("categories", SkillCategory.values());
        return "skills/catalogue";
    }

    @PostMapping("/admin/skills")
    String add(
            @Valid @ModelAttribute("form") SkillForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = FormErrors.readable(form, binding, model);
        if (!errors.hasErrors()) {
            try {
                skills.add(form.view());
                redirect.addFlashAttribute("flash", "skills.catalogue.added");
                return "redirect:/admin/skills";
            } catch (RuleViolation e) {
                errors.rejectValue("code", e.key());
            }
        }
        return catalogue(model);
    }

    @GetMapping("/admin/skills/{code}")
    String skill(@PathVariable String code, Model model) {
        var skill = skills.find(code).orElseThrow(() -> RuleViolation.notFound("skills.error.unknown", code));
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new SkillForm(
                            skill.code(),
                            skill.nameFr(),
                            skill.nameEn(),
                            skill.category(),
                            skill.descriptionFr(),
                            skill.descriptionEn()));
        }
        model.addAttribute("skill", skill);
        model.addAttribute(
                "others",
                skills.allSkills().stream().filter(s -> !s.code().equals(code)).toList());
        return "skills/skill";
    }

    @PostMapping("/admin/skills/{code}")
    String rename(
            @PathVariable String code,
            @Valid @ModelAttribute("form") SkillForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = FormErrors.readable(form, binding, model);
        if (errors.hasErrors()) {
            return skill(code, model);
        }
        var view = form.view();
        skills.rename(code, view.nameFr(), view.nameEn(), view.descriptionFr(), view.descriptionEn());
        redirect.addFlashAttribute("flash", "skills.catalogue.renamed");
        return "redirect:/admin/skills";
    }

    @PostMapping("/admin/skills/{code}/retire")
    String retire(
            @PathVariable String code,
            @RequestParam(defaultValue = "true") boolean retired,
            RedirectAttributes redirect) {
        skills.retire(code, retired);
        redirect.addFlashAttribute("flash", retired ? "skills.catalogue.retired" : "skills.catalogue.restored");
        return "redirect:/admin/skills";
    }

    @PostMapping("/admin/skills/{code}/merge")
    String merge(
            @PathVariable String code,
            @RequestParam String into,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            skills.merge(code, into);
        } catch (RuleViolation e) {
            response.setStatus(e.kind().status());
            model.addAttribute("mergeError", "skills.error.merge");
            return skill(code, model);
        }
        redirect.addFlashAttribute("flash", "skills.catalogue.merged");
        return "redirect:/admin/skills";
    }
}
