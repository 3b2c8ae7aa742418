package org.binome.identity;

import java.util.Collection;
import java.util.List;

/**
 * Service provider interface: the employee directory as identity needs it to invite people. The people module
 * implements it (people reads accounts, so identity cannot read people directly without a cycle).
 */
public interface EmployeeDirectory {

    /** An employee as an invitation needs them. */
    record Employee(
            String employeeNumber, String fullName, String email, String department, String language, boolean left) {}

    List<Employee> find(Collection<String> employeeNumbers);

    /** The department of each of these employees (those without one, or unknown, are left out). */
    default java.util.Map<String, String> departmentsOf(Collection<String> employeeNumbers) {
        var departments = new java.util.HashMap<String, String>();
        find(employeeNumbers).forEach(e -> {
            if (e.department() != null) {
                departments.put(e.employeeNumber(), e.department());
            }
        });
        return departments;
    }

    /** The active employees of a department and/or a site (null: any). */
    List<String> activeEmployeeNumbers(String department, String site);

    /** Everyone of this department, whatever their status (for the administrators' account list). */
    List<String> employeeNumbersIn(String department);

    List<String> departments();

    List<String> sites();

    /** The employee with this work e-mail (any case), for single sign-on by the e-mail claim. */
    default java.util.Optional<Employee> findByEmail(String email) {
        return java.util.Optional.empty();
    }
}
