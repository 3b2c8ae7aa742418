package org.binome.shell;

import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.people.Directory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to the home page of their main role, and renders those pages. */
@Controller
class HomeController {

    private final Directory directory;

    HomeController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal BinomeUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return "redirect:/admin";
        }
        if (user.hasRole(Role.SPONSOR)) {
            return "redirect:/sponsor";
        }
        if (user.hasRole(Role.FACILITATOR)) {
            return "redirect:/facilitation";
        }
        return "redirect:/me";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("summary", directory.summary());
        return "shell/admin-home";
    }

    @GetMapping("/sponsor")
    String sponsor(Model model) {
        model.addAttribute("summary", directory.summary());
        return "shell/sponsor-home";
    }

    @GetMapping("/facilitation")
    String facilitation() {
        return "shell/facilitator-home";
    }

    @GetMapping("/me")
    String participant(@AuthenticationPrincipal BinomeUser user, Model model) {
        var person = user.employeeNumber() == null
                ? null
                : directory.find(user.employeeNumber()).orElse(null);
        model.addAttribute("person", person);
        model.addAttribute(
                "manager",
                person == null || person.managerNumber() == null
                        ? null
                        : directory.find(person.managerNumber()).orElse(null));
        return "shell/participant-home";
    }
}
