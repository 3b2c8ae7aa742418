package org.binome.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class LoginController {

    private static final java.util.Set<String> REFUSALS = java.util.Set.of(
            SsoAccounts.UNKNOWN,
            SsoAccounts.LEFT,
            SsoAccounts.DISABLED,
            SsoAccounts.NO_CLAIM,
            SsoAccounts.TAKEN,
            SsoTokenChecks.SIGNATURE,
            SsoTokenChecks.ISSUER,
            SsoTokenChecks.AUDIENCE,
            SsoTokenChecks.EXPIRED,
            SsoTokenChecks.INVALID,
            SsoSignIn.NONCE,
            SsoSignIn.STATE);

    private final SignInMethods methods;

    LoginController(SignInMethods methods) {
        this.methods = methods;
    }

    /** The identity providers offered on the sign-in page, and whether passwords are still accepted. */
    @org.springframework.web.bind.annotation.ModelAttribute
    void signInOptions(
            Model model, @org.springframework.web.bind.annotation.RequestParam(required = false) String refused) {
        model.addAttribute("ssoProviders", methods.providers());
        model.addAttribute("localPasswords", methods.passwords());
        // Only the known reasons are shown; anything else in the address is an unexplained refusal.
        model.addAttribute(
                "ssoRefusal", refused == null ? null : REFUSALS.contains(refused) ? refused : "binome_other");
    }

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
