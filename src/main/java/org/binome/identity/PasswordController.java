package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final PasswordChange passwordChange;
    private final AccountSessions sessions;
    private final SignInMethods methods;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(PasswordChange passwordChange, AccountSessions sessions, SignInMethods methods) {
        this.passwordChange = passwordChange;
        this.sessions = sessions;
        this.methods = methods;
    }

    @GetMapping
    String form(@AuthenticationPrincipal BinomeUser user, Model model) {
        model.addAttribute("form", new PasswordChangeForm("", "", ""));
        model.addAttribute("required", user.mustChangePassword());
        // Without local passwords, the page explains that the company account is the way in, and offers no form.
        model.addAttribute("companyAccount", !methods.passwordFor(user.getUsername()));
        return "identity/password";
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal BinomeUser user,
            @ModelAttribute("form") PasswordChangeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!methods.passwordFor(user.getUsername())) {
            throw org.binome.shared.RuleViolation.forbidden("password.companyAccount");
        }
        passwordChange.change(user.accountId(), form, errors);
        if (errors.hasErrors()) {
            // The form keeps its errors; password fields are never written back into the page.
            model.addAttribute("required", user.mustChangePassword());
            return "identity/password"; // 422: InvalidFormStatus
        }
        // The signed-in identity must lose its "change your password" mark without signing in again.
        var updated = passwordChange.reload(user.accountId());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // Whoever else used the old password is signed out; this browser stays signed in.
        var current = request.getSession(false);
        sessions.endAll(updated.getUsername(), current == null ? null : current.getId());
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/";
    }
}
