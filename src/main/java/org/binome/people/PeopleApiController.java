package org.binome.people;

import java.time.LocalDate;
import java.util.List;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory for integrations ({@code directory:read}, or an administrator's session): people by page in employee
 * number order, and one person. Birth years are not given out: the directory's integrations do not need them.
 */
@RestController
class PeopleApiController {

    static final int MAX_PAGE = 500;

    /** A person as the API gives them. */
    record PersonResource(
            String employeeNumber,
            String firstName,
            String lastName,
            String email,
            String department,
            String site,
            String jobTitle,
            String managerNumber,
            LocalDate hireDate,
            List<String> languages,
            PersonStatus status,
            LocalDate leavingDate) {

        static PersonResource of(PersonView p) {
            return new PersonResource(
                    p.employeeNumber(),
                    p.firstName(),
                    p.lastName(),
                    p.email(),
                    p.department(),
                    p.site(),
                    p.jobTitle(),
                    p.managerNumber(),
                    p.hireDate(),
                    p.languages(),
                    p.status(),
                    p.leavingDate());
        }
    }

    /** A page of people and where the next one starts (null on the last page). */
    record PeoplePage(List<PersonResource> people, String next) {}

    private final Directory directory;
    private final JdbcClient jdbc;

    PeopleApiController(Directory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** People after the employee number {@code after} (keyset pagination: stable while the directory changes). */
    @GetMapping("/api/v1/people")
    PeoplePage people(
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) PersonStatus status) {
        if (size < 1 || size > MAX_PAGE) {
            throw RuleViolation.invalid("api.error.pageSize", MAX_PAGE);
        }
        var numbers = jdbc.sql("select employee_number from person where employee_number > :after"
                        + " and (cast(:status as varchar) is null or status = :status)"
                        + " order by employee_number fetch first :size rows only")
                .param("after", after == null ? "" : after)
                .param("status", status == null ? null : status.name())
                .param("size", size + 1)
                .query(String.class)
                .list();
        var page = numbers.subList(0, Math.min(size, numbers.size()));
        var people = directory.findAll(page).stream()
                .sorted(java.util.Comparator.comparing(PersonView::employeeNumber))
                .map(PersonResource::of)
                .toList();
        return new PeoplePage(people, numbers.size() > size ? page.get(page.size() - 1) : null);
    }

    @GetMapping("/api/v1/people/{employeeNumber}")
    PersonResource person(@PathVariable String employeeNumber) {
        return directory
                .find(employeeNumber)
                .map(PersonResource::of)
                .orElseThrow(() -> RuleViolation.notFound("api.error.personNotFound", employeeNumber));
    }
}
