package org.binome.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final Directory directory;

    DirectoryController(DirectorySearch search, Directory directory) {
        this.search = search;
        this.directory = directory;
    }

    @GetMapping("/admin/people")
    String list(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var criteria = new DirectorySearch.Criteria(text, department, site, sort, page);
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", search.search(criteria));
        if (htmx != null) {
            return "people/directory :: results";
        }
        model.addAttribute("departments", directory.departments());
        model.addAttribute("sites", search.sites());
        return "people/directory";
    }

    @GetMapping("/admin/people/{employeeNumber}")
    String person(@PathVariable String employeeNumber, Model model) {
        var person = directory
                .find(employeeNumber)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("person", person);
        model.addAttribute(
                "manager",
                person.managerNumber() == null
                        ? null
                        : directory.find(person.managerNumber()).orElse(null));
        return "people/person";
    }
}
