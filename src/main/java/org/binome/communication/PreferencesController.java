package org.binome.communication;

import java.util.List;
import org.binome.identity.BinomeUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person chooses which categories of e-mail they receive. */
@Controller
@RequestMapping("/me/notifications/preferences")
class PreferencesController {

    private final MailPreferences preferences;

    PreferencesController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String form(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("categories", MailCategory.ALL);
        model.addAttribute("off", preferences.turnedOff(user.getUsername()));
        return "communication/preferences";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal BinomeUser user,
            @RequestParam(name = "categories", required = false) List<String> wanted,
            RedirectAttributes redirect) {
        var chosen = wanted == null
                ? List.<String>of()
                : wanted.stream().filter(MailCategory.ALL::contains).toList();
        preferences.choose(user.getUsername(), chosen);
        redirect.addFlashAttribute("flash", "preferences.saved");
        return "redirect:/me/notifications/preferences";
    }
}
