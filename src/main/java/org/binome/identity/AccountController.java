package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: language, password (its own page) and the sessions open in their name. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountSessions sessions;
    private final Accounts accounts;
    private final LocaleResolver locales;

    AccountController(AccountSessions sessions, Accounts accounts, LocaleResolver locales) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.locales = locales;
    }

    @GetMapping
    String account(@AuthenticationPrincipal BinomeUser user, HttpServletRequest request, Model model) {
        var current = request.getSession(false) == null
                ? null
                : request.getSession(false).getId();
        model.addAttribute(
                "account", accounts.findByUsername(user.getUsername()).orElse(null));
        model.addAttribute("sessions", sessions.of(user.getUsername(), current));
        return "identity/account";
    }

    @PostMapping("/language")
    String language(
            @AuthenticationPrincipal BinomeUser user,
            @RequestParam String language,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        accounts.rememberLocale(user.getUsername(), locale);
        locales.setLocale(request, response, locale);
        redirect.addFlashAttribute("flash", "account.language.saved");
        return "redirect:/account";
    }

    @PostMapping("/sessions/{id}/end")
    String end(
            @AuthenticationPrincipal BinomeUser user,
            @PathVariable String id,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        var current = request.getSession(false) == null
                ? null
                : request.getSession(false).getId();
        if (id.equals(current)) {
            return "redirect:/account";
        }
        sessions.end(user.getUsername(), id);
        redirect.addFlashAttribute("flash", "account.sessions.ended");
        return "redirect:/account";
    }

    @PostMapping("/sessions/end-others")
    String endOthers(
            @AuthenticationPrincipal BinomeUser user, HttpServletRequest request, RedirectAttributes redirect) {
        var current = request.getSession(false) == null
                ? null
                : request.getSession(false).getId();
        sessions.endAll(user.getUsername(), current);
        redirect.addFlashAttribute("flash", "account.sessions.endedAll");
        return "redirect:/account";
    }
}
