package org.binome.people;

/** A person as a list of names shows them: employee number, full name and department. */
public record PersonName(String employeeNumber, String fullName, String department) {}
