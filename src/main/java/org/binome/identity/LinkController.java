package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages reached from an e-mail, without being signed in: accepting an invitation, asking for a reset link,
 * choosing a new password. A link that no longer works (expired, used, revoked, forged or cut short) always ends on
 * the same page, and changes nothing.
 */
@Controller
class LinkController {

    /** The password form of a link page. */
    record ChoosePasswordForm(String token, String password, String confirmation) {}

    private final AccountLinks links;
    private final SignInMethods methods;

    LinkController(AccountLinks links, SignInMethods methods) {
        this.links = links;
        this.methods = methods;
    }

    @GetMapping("/invitation")
    String invitation(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return page(AccountTokens.INVITATION, token, model, response);
    }

    @PostMapping("/invitation")
    String acceptInvitation(
            @ModelAttribute("form") ChoosePasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        return choose(AccountTokens.INVITATION, form, errors, model, response, "redirect:/login?activated");
    }

    @GetMapping("/password/reset")
    String reset(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return page(AccountTokens.RESET, token, model, response);
    }

    @PostMapping("/password/reset")
    String chooseNewPassword(
            @ModelAttribute("form") ChoosePasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        return choose(AccountTokens.RESET, form, errors, model, response, "redirect:/login?reset");
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("localPasswords", methods.passwords());
        return "identity/forgot";
    }

    /** The same answer whether or not the account exists, and whether or not it was throttled. */
    @PostMapping("/password/forgot")
    String requestReset(@RequestParam(required = false) String username, HttpServletRequest request, Model model) {
        links.requestReset(username, request.getRemoteAddr());
        model.addAttribute("sent", true);
        model.addAttribute("localPasswords", methods.passwords());
        return "identity/forgot";
    }

    private String page(String purpose, String token, Model model, HttpServletResponse response) {
        if (links.forCompanyAccount(token, purpose)) {
            return companyAccount(purpose, model);
        }
        var holder = links.holder(token, purpose);
        if (holder.isEmpty()) {
            return invalid(purpose, model, response);
        }
        model.addAttribute("purpose", purpose);
        model.addAttribute("holder", holder.get());
        model.addAttribute("form", new ChoosePasswordForm(token, "", ""));
        return "identity/choose-password";
    }

    private String choose(
            String purpose,
            ChoosePasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            String done) {
        if (links.forCompanyAccount(form.token(), purpose)) {
            return companyAccount(purpose, model);
        }
        if (!links.choosePassword(form.token(), purpose, form.password(), form.confirmation(), errors)) {
            return invalid(purpose, model, response);
        }
        if (errors.hasErrors()) {
            // The form stays with its errors (422: InvalidFormStatus); the page never writes the passwords back.
            model.addAttribute("purpose", purpose);
            model.addAttribute("holder", links.holder(form.token(), purpose).orElse(""));
            return "identity/choose-password";
        }
        return done;
    }

    /** The link was issued before passwords were switched off: the company account is the way in now. */
    private String companyAccount(String purpose, Model model) {
        model.addAttribute("purpose", purpose);
        model.addAttribute("providers", methods.providers());
        return "identity/link-company-account";
    }

    private static String invalid(String purpose, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("purpose", purpose);
        return "identity/link-invalid";
    }
}
