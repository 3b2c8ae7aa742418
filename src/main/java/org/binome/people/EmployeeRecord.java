package org.binome.people;

import java.time.LocalDate;

/** One employee, present or gone, as impact analyses read them: the groups they belong to and their dates. */
public record EmployeeRecord(
        String employeeNumber,
        String department,
        String site,
        Integer birthYear,
        Integer careerStartYear,
        LocalDate hireDate,
        LocalDate leavingDate,
        PersonStatus status) {}
