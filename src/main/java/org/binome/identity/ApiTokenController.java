package org.binome.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.binome.shared.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration → API tokens: the list, a new token (its secret shown once), revocation. */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final Clock clock;
    private final ZoneId zone;

    ApiTokenController(ApiTokens tokens, Clock clock, ZoneId zone) {
        this.tokens = tokens;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(
                "form",
                new ApiTokenForm(
                        "", List.of(), LocalDate.now(clock.withZone(zone)).plusDays(90)));
        return page(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ApiTokenForm form,
            BindingResult binding,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            HttpServletResponse response) {
        var errors = FormErrors.readable(form, binding, model);
        var today = LocalDate.now(clock.withZone(zone));
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 100) {
            errors.rejectValue("name", "apiTokens.error.name");
        }
        var scopes = new ArrayList<ApiScope>();
        for (var value : form.scopes() == null ? List.<String>of() : form.scopes()) {
            ApiScope.of(value)
                    .ifPresentOrElse(scopes::add, () -> errors.rejectValue("scopes", "apiTokens.error.scopes"));
        }
        if (scopes.isEmpty() && !errors.hasFieldErrors("scopes")) {
            errors.rejectValue("scopes", "apiTokens.error.scopes");
        }
        if (!errors.hasFieldErrors("expiresOn")
                && (form.expiresOn() == null
                        || !form.expiresOn().isAfter(today)
                        || form.expiresOn().isAfter(today.plusDays(ApiTokens.MAX_DAYS)))) {
            errors.rejectValue("expiresOn", "apiTokens.error.expiry", new Object[] {ApiTokens.MAX_DAYS}, null);
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        var secret = tokens.create(form.name(), scopes, form.expiresOn(), user.getUsername());
        // The secret is in this page only: never cached, never stored in the session.
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("secret", secret);
        model.addAttribute("createdName", form.name().strip());
        model.addAttribute("form", new ApiTokenForm("", List.of(), today.plusDays(90)));
        return page(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal BinomeUser user, RedirectAttributes redirect) {
        tokens.revoke(id, user.getUsername());
        redirect.addFlashAttribute("flash", "apiTokens.revoked");
        return "redirect:/admin/api-tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("now", clock.instant());
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("limit", tokens.limit());
        return "identity/api-tokens";
    }
}
