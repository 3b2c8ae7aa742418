package org.binome.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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
    @RequestMapping(LoginThrottleFilter.THROTTLED_PATH)
    String throttled(Model model) {
        model.addAttribute("throttled", true);
        return "identity/login";
    }
}
