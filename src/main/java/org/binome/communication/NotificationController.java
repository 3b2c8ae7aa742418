package org.binome.communication;

import java.time.Clock;
import org.binome.identity.BinomeUser;
import org.binome.shared.LocalPath;
import org.binome.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification centre: each person sees and marks only their own notifications. */
@Controller
class NotificationController {

    static final int PAGE = 100;

    private final NotificationStore store;
    private final Clock clock;

    NotificationController(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("notifications", store.latest(user.getUsername(), user.employeeNumber(), PAGE));
        return "communication/notifications";
    }

    /** Marks one notification read, then opens where it leads (or comes back to the list). */
    @PostMapping("/notifications/{id}/read")
    String read(
            @AuthenticationPrincipal BinomeUser user,
            @PathVariable long id,
            @RequestParam(name = "open", defaultValue = "false") boolean open) {
        if (!store.markRead(id, user.getUsername(), user.employeeNumber(), clock.instant())) {
            throw RuleViolation.notFound("notifications.error.notFound");
        }
        if (open) {
            // The link was checked when the notification was made; it is checked again before leaving for it.
            var link = store.link(id);
            if (LocalPath.isLocal(link)) {
                return "redirect:" + link;
            }
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal BinomeUser user, RedirectAttributes redirect) {
        store.markAllRead(user.getUsername(), user.employeeNumber(), clock.instant());
        redirect.addFlashAttribute("flash", "notifications.allRead");
        return "redirect:/notifications";
    }
}
