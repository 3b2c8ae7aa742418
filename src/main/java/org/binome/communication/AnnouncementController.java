package org.binome.communication;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.binome.identity.BinomeUser;
import org.binome.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Announcements: everyone reads those meant for them; administrators write, schedule and e-mail them. */
@Controller
class AnnouncementController {

    private final Announcements announcements;

    AnnouncementController(Announcements announcements) {
        this.announcements = announcements;
    }

    @GetMapping("/announcements")
    String list(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("announcements", announcements.visibleTo(user));
        return "communication/announcements";
    }

    @GetMapping("/admin/announcements")
    String manage(Model model) {
        model.addAttribute("form", AnnouncementForm.empty());
        return managePage(model);
    }

    @PostMapping("/admin/announcements")
    String publish(
            @AuthenticationPrincipal BinomeUser user,
            @ModelAttribute("form") AnnouncementForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Audience audience = null;
        try {
            audience = Audience.valueOf(form.audience() == null ? "" : form.audience());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("audience", "announcement.error.audience.required");
        }
        Long programme = null;
        if (form.programmeId() != null && !form.programmeId().isBlank()) {
            try {
                programme = Long.valueOf(form.programmeId().trim());
                if (programme <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("programmeId", "announcement.error.programme.invalid");
            }
        }
        java.time.Instant publishAt = null;
        if (form.publishAt() != null && !form.publishAt().isBlank()) {
            try {
                publishAt = LocalDateTime.parse(form.publishAt().trim())
                        .atZone(Texts.PARIS)
                        .toInstant();
            } catch (DateTimeParseException e) {
                errors.rejectValue("publishAt", "announcement.error.publishAt.invalid");
            }
        }
        if (!errors.hasErrors()) {
            try {
                announcements.publish(new NewAnnouncement(
                        form.title(),
                        form.body(),
                        audience,
                        programme,
                        Boolean.TRUE.equals(form.email()),
                        publishAt,
                        user.getUsername()));
                redirect.addFlashAttribute("flash", "announcements.admin.created");
                return "redirect:/admin/announcements";
            } catch (RuleViolation e) {
                if (e.kind() != RuleViolation.Kind.INVALID) {
                    throw e;
                }
                // The key names the field: announcement.error.<field>.<reason>.
                errors.rejectValue(e.key().split("\\.")[2], e.key());
            }
        }
        response.setStatus(422);
        return managePage(model);
    }

    private String managePage(Model model) {
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("all", announcements.all());
        model.addAttribute("maxBody", Announcements.MAX_BODY);
        return "communication/admin-announcements";
    }
}
