package org.binome.people;

import java.time.LocalDate;

/** The few facts about an active person that company-wide analytics group by. */
public record PersonFacts(
        String employeeNumber, String department, Integer birthYear, Integer careerStartYear, LocalDate hireDate) {}
