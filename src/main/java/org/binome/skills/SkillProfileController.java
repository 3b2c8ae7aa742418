package org.binome.skills;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binome.identity.BinomeUser;
import org.binome.people.Directory;
import org.binome.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Skill profiles: each person edits their own at /me/skills; administrators edit anyone's from the person page. */
@Controller
class SkillProfileController {

    private final Skills skills;
    private final Directory directory;

    SkillProfileController(Skills skills, Directory directory) {
        this.skills = skills;
        this.directory = directory;
    }

    @GetMapping("/me/skills")
    String mine(@AuthenticationPrincipal BinomeUser user, Model model) {
        return page(own(user), false, model);
    }

    @PostMapping("/me/skills")
    String saveMine(
            @AuthenticationPrincipal BinomeUser user,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var number = own(user);
        return save(number, false, form, model, response, redirect, "redirect:/me/skills");
    }

    @GetMapping("/admin/skills/people/{employeeNumber}")
    String anyone(
            @PathVariable String employeeNumber,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        requirePerson(employeeNumber);
        if (htmx != null) {
            model.addAttribute("lines", skills.profileLinesOf(employeeNumber));
            model.addAttribute("employeeNumber", employeeNumber);
            return "skills/profile :: summary";
        }
        return page(employeeNumber, true, model);
    }

    @PostMapping("/admin/skills/people/{employeeNumber}")
    String saveAnyone(
            @PathVariable String employeeNumber,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requirePerson(employeeNumber);
        return save(employeeNumber, true, form, model, response, redirect, "redirect:/admin/people/" + employeeNumber);
    }

    private String page(String employeeNumber, boolean asAdmin, Model model) {
        model.addAttribute("person", directory.find(employeeNumber).orElse(null));
        model.addAttribute("employeeNumber", employeeNumber);
        model.addAttribute("asAdmin", asAdmin);
        model.addAttribute("lines", skills.profileLinesOf(employeeNumber));
        model.addAttribute("errors", Map.of());
        return "skills/profile";
    }

    private String save(
            String employeeNumber,
            boolean asAdmin,
            Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String next) {
        var lines = skills.profileLinesOf(employeeNumber);
        var declarations = new ArrayList<SkillDeclaration>();
        var errors = new LinkedHashMap<String, String>();
        var entered = new ArrayList<SkillProfileLine>();
        for (var line : lines) {
            var code = line.skill().code();
            int offered = number(form.get("offered." + code));
            int wanted = number(form.get("wanted." + code));
            var comment = form.getOrDefault("comment." + code, "").strip();
            if (offered < 0 || offered > SkillDeclaration.MAX_OFFERED_LEVEL) {
                errors.put(code, "skills.error.level");
            } else if (wanted < 0 || wanted > SkillDeclaration.MAX_WANTED_PRIORITY) {
                errors.put(code, "skills.error.priority");
            } else if (comment.length() > SkillDeclaration.MAX_COMMENT) {
                errors.put(code, "skills.error.comment");
            } else {
                if (offered > 0) {
                    declarations.add(new SkillDeclaration(code, SkillDirection.OFFERED, offered, comment));
                }
                if (wanted > 0) {
                    declarations.add(new SkillDeclaration(code, SkillDirection.WANTED, wanted, comment));
                }
            }
            entered.add(
                    new SkillProfileLine(line.skill(), Math.max(offered, 0), comment, Math.max(wanted, 0), comment));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("person", directory.find(employeeNumber).orElse(null));
            model.addAttribute("employeeNumber", employeeNumber);
            model.addAttribute("asAdmin", asAdmin);
            model.addAttribute("lines", entered);
            model.addAttribute("errors", errors);
            return "skills/profile";
        }
        skills.declare(employeeNumber, declarations);
        redirect.addFlashAttribute("flash", "skills.profile.saved");
        return next;
    }

    private static int number(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
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
