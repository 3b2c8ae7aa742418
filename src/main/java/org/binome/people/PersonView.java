package org.binome.people;

import java.time.LocalDate;
import java.util.List;

/** An employee as other modules read it. */
public record PersonView(
        String employeeNumber,
        String firstName,
        String lastName,
        String email,
        String department,
        String site,
        String jobTitle,
        String managerNumber,
        LocalDate hireDate,
        Integer careerStartYear,
        List<String> languages,
        Integer birthYear,
        LocalDate leavingDate,
        PersonStatus status) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
