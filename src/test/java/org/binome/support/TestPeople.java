package org.binome.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.binome.people.Directory;
import org.binome.people.NewPerson;

/**
 * Builds the people a test needs instead of picking demo ones: every value has a plain default (an active analyst in
 * Lyon, hired in 2020, speaking French) and a number no demo person has, so a test names only what it is about.
 *
 * <pre>
 * var mentor = TestPeople.person().department("Finance").careerStart(2018).registerIn(directory);
 * </pre>
 */
public final class TestPeople {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private String employeeNumber;
    private String firstName = "Camille";
    private String lastName = "Essai";
    private String email;
    private String department = "Essais";
    private String site = "Lyon";
    private String jobTitle = "Analyste";
    private String managerNumber;
    private LocalDate hireDate = LocalDate.of(2020, 1, 6);
    private Integer careerStartYear;
    private List<String> languages = List.of("fr");
    private Integer birthYear = 1990;

    private TestPeople() {
        employeeNumber = "TP" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    /** A new person with the defaults above and a number of their own. */
    public static TestPeople person() {
        return new TestPeople();
    }

    public TestPeople number(String employeeNumber) {
        this.employeeNumber = employeeNumber;
        return this;
    }

    public TestPeople named(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        return this;
    }

    public TestPeople email(String email) {
        this.email = email;
        return this;
    }

    public TestPeople department(String department) {
        this.department = department;
        return this;
    }

    public TestPeople site(String site) {
        this.site = site;
        return this;
    }

    public TestPeople jobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
        return this;
    }

    public TestPeople reportingTo(String managerNumber) {
        this.managerNumber = managerNumber;
        return this;
    }

    public TestPeople hired(LocalDate hireDate) {
        this.hireDate = hireDate;
        return this;
    }

    public TestPeople careerStart(Integer year) {
        this.careerStartYear = year;
        return this;
    }

    public TestPeople speaking(String... languages) {
        this.languages = List.of(languages);
        return this;
    }

    public TestPeople born(Integer year) {
        this.birthYear = year;
        return this;
    }

    public NewPerson build() {
        var address = email != null
                ? email
                : (firstName + "." + lastName + "." + employeeNumber + "@example.org").toLowerCase(Locale.ROOT);
        return new NewPerson(
                employeeNumber,
                firstName,
                lastName,
                address,
                department,
                site,
                jobTitle,
                managerNumber,
                hireDate,
                careerStartYear,
                languages,
                birthYear);
    }

    /** Adds the person to the directory (as the HR import would) and gives their employee number. */
    public String registerIn(Directory directory) {
        var person = build();
        directory.registerAll(List.of(person));
        return person.employeeNumber();
    }
}
