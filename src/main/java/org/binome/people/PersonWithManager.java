package org.binome.people;

/** A person with their direct manager ({@code null} when the directory names none or does not know them). */
public record PersonWithManager(PersonView person, PersonView manager) {}
