package org.binome.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.binome.shared.FormErrors;
import org.binome.shared.Paging;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final Directory directory;
    private final Departures departures;
    private final PersonRepository people;

    private final org.binome.privacy.AuditLog audit;

    DirectoryController(
            DirectorySearch search,
            Directory directory,
            PersonRepository people,
            Departures departures,
            org.binome.privacy.AuditLog audit) {
        this.audit = audit;
        this.departures = departures;
        this.search = search;
        this.directory = directory;
        this.people = people;
    }

    @GetMapping("/admin/people")
    String list(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        var criteria = new DirectorySearch.Criteria(text, department, site, sort, Paging.of(page, size), skill, status);
        model.addAttribute("criteria", criteria);
        var result = search.search(criteria);
        model.addAttribute("result", result);
        model.addAttribute("pager", result.paging().pager(result.total(), false, request));
        if (htmx != null) {
            return "people/directory :: results";
        }
        model.addAttribute("departments", directory.departments());
        model.addAttribute("sites", search.sites());
        model.addAttribute("skills", search.skillChoices(locale));
        return "people/directory";
    }

    @GetMapping("/admin/people/{employeeNumber}")
    String person(@PathVariable String employeeNumber, Model model, java.security.Principal viewer) {
        var person = directory.find(employeeNumber).orElseThrow(DirectoryController::notFound);
        audit.record(viewer.getName(), "PERSON_PROFILE_VIEWED", "person", employeeNumber, null);
        model.addAttribute("person", person);
        var chain = directory.managersOf(employeeNumber);
        model.addAttribute("manager", chain.isEmpty() ? null : chain.get(0));
        model.addAttribute("chain", chain);
        model.addAttribute("reports", directory.directReportsOf(employeeNumber));
        return "people/person";
    }

    @GetMapping("/admin/people/{employeeNumber}/edit")
    String edit(@PathVariable String employeeNumber, Model model) {
        var person = people.findByEmployeeNumber(employeeNumber).orElseThrow(DirectoryController::notFound);
        model.addAttribute("person", person.view());
        model.addAttribute("form", PersonForm.of(person));
        return "people/person-edit";
    }

    @PostMapping("/admin/people/{employeeNumber}/edit")
    String save(
            @PathVariable String employeeNumber,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var person = people.findByEmployeeNumber(employeeNumber).orElseThrow(DirectoryController::notFound);
        model.addAttribute("person", person.view());
        // after a value the binder could not read, the page reads the form as typed (not a null model attribute)
        model.addAttribute("form", form);
        var errors = FormErrors.readable(form, binding, model);
        var manager = form.managerNumber() == null ? "" : form.managerNumber().strip();
        if (!manager.isEmpty() && !errors.hasFieldErrors("managerNumber")) {
            if (directory.find(manager).isEmpty()) {
                errors.rejectValue("managerNumber", "person.manager.unknown");
            } else if (manager.equals(employeeNumber)
                    || directory.managersOf(manager).stream()
                            .anyMatch(m -> m.employeeNumber().equals(employeeNumber))) {
                errors.rejectValue("managerNumber", "person.manager.cycle");
            }
        }
        if (errors.hasErrors()) {
            return "people/person-edit"; // 422: InvalidFormStatus
        }
        if (!person.version.equals(form.version())) {
            return conflict(model, response);
        }
        var wasActive = person.status == PersonStatus.ACTIVE;
        form.applyTo(person);
        try {
            people.save(person);
            if (wasActive && person.status == PersonStatus.LEFT) {
                departures.announce(person.view());
            }
        } catch (OptimisticLockingFailureException e) {
            return conflict(model, response);
        }
        redirect.addFlashAttribute("flash", "person.saved");
        return "redirect:/admin/people/" + employeeNumber;
    }

    private static String conflict(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", true);
        return "people/person-edit";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
