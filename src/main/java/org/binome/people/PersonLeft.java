package org.binome.people;

import java.time.LocalDate;

/**
 * Someone left the company: the HR import (or an administrator) marked them as left. Published once, when the person
 * goes from active to left, in the transaction that records it; other modules take away what only employees keep
 * (the account, the pairs, the circles).
 */
public record PersonLeft(String employeeNumber, String fullName, LocalDate leavingDate) {}
