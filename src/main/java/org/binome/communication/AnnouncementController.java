package org.binome.communication;

import jakarta.validation.Valid;
import java.time.ZoneId;
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
    private final ZoneId zone;

    AnnouncementController(Announcements announcements, ZoneId timeZone) {
        this.announcements = announcements;
        this.zone = timeZone;
    }

    @GetMapping("/announcements")
    String list(@AuthenticationPrincipal BinomeUser user, Model model) {
        var visible = announcements.visibleTo(user);
        model.addAttribute("announcements", visible);
        model.addAttribute(
                "programmeNames",
                visible.stream().anyMatch(a -> a.programmeId() != null)
                        ? announcements.programmes()
                        : java.util.Map.of());
        return "communication/announcements";
    }

    @GetMapping("/admin/announcements")
    String manage(Model model) {
        model.addAttribute("announcementForm", AnnouncementForm.empty());
        return managePage(model);
    }

    @PostMapping("/admin/announcements")
    String publish(
            @AuthenticationPrincipal BinomeUser user,
            @Valid @ModelAttribute("announcementForm") AnnouncementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                announcements.publish(new NewAnnouncement(
                        form.title(),
                        form.body(),
                        form.audience(),
                        form.programmeId(),
                        Boolean.TRUE.equals(form.email()),
                        form.publishAt() == null
                                ? null
                                : form.publishAt().atZone(zone).toInstant(),
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
        return managePage(model);
    }

    private String managePage(Model model) {
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("programmes", announcements.programmes());
        model.addAttribute("all", announcements.all());
        model.addAttribute("maxBody", Announcements.MAX_BODY);
        return "communication/admin-announcements";
    }
}
