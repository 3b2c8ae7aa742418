package org.binome.people;

/** A person as a list of names shows them: employee number, full name and department. */
public record PersonName(String employeeNumber, String fullName, String department) {

    /** The first of a list of people, and how many there are in all. */
    public record Page(int total, java.util.List<PersonName> first) {}
}
