package org.binome.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "identity/login";
    }

    /** Reached by forward from {@link LoginThrottleFilter}, which has already set the 429 status. */
    @PostMapping(LoginThrottleFilter.THROTTLED_PATH)
    String throttledSignIn(jakarta.servlet.http.HttpServletRequest request, Model model) {
        return throttled(request, model);
    }

    @GetMapping(LoginThrottleFilter.THROTTLED_PATH)
    String throttled(jakarta.servlet.http.HttpServletRequest request, Model model) {
        model.addAttribute("throttled", true);
        var wait = request.getAttribute(LoginThrottleFilter.RETRY_AFTER) instanceof java.time.Duration d
                ? d
                : java.time.Duration.ofMinutes(1);
        model.addAttribute("waitSeconds", wait.toSeconds() < 120 ? wait.toSeconds() : null);
        model.addAttribute("waitMinutes", wait.toSeconds() < 120 ? null : (wait.toSeconds() + 59) / 60);
        return "identity/login";
    }
}
