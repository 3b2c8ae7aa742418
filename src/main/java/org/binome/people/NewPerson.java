package org.binome.people;

import java.time.LocalDate;
import java.util.List;

/** An employee to add to the directory. */
public record NewPerson(
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
        Integer birthYear) {}
