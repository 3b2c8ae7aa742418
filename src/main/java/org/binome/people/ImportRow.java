package org.binome.people;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of an HR file as the directory will take it, after the mapping screen's transforms ({@link RowReader}),
 * with the problems found on the line itself (the file-wide checks come later, in {@link ImportCheck}).
 */
final class ImportRow {

    final long line;
    final String employeeNumber;
    final String firstName;
    final String lastName;
    final String email;
    /** True when the e-mail was built from the pattern rather than read. */
    final boolean emailBuilt;

    final String department;
    final String site;
    final String jobTitle;
    /** The manager as the file gives them: an employee number, an e-mail or a name (see the settings). */
    final String manager;

    final LocalDate hireDate;
    final Integer careerStartYear;
    final String languages;
    final Integer birthYear;
    final LocalDate leavingDate;
    final List<ImportProblem> problems;

    ImportRow(
            long line,
            String employeeNumber,
            String firstName,
            String lastName,
            String email,
            boolean emailBuilt,
            String department,
            String site,
            String jobTitle,
            String manager,
            LocalDate hireDate,
            Integer careerStartYear,
            String languages,
            Integer birthYear,
            LocalDate leavingDate,
            List<ImportProblem> problems) {
        this.line = line;
        this.employeeNumber = employeeNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.emailBuilt = emailBuilt;
        this.department = department;
        this.site = site;
        this.jobTitle = jobTitle;
        this.manager = manager;
        this.hireDate = hireDate;
        this.careerStartYear = careerStartYear;
        this.languages = languages;
        this.birthYear = birthYear;
        this.leavingDate = leavingDate;
        this.problems = problems;
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** People who have left: a leaving date today or before. */
    PersonStatus status(LocalDate today) {
        return leavingDate != null && !leavingDate.isAfter(today) ? PersonStatus.LEFT : PersonStatus.ACTIVE;
    }

    /** The value written to the directory; the manager is resolved to an employee number by the check. */
    Object valueOf(ImportField field, String managerNumber) {
        return switch (field) {
            case EMPLOYEE_NUMBER -> employeeNumber;
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case EMAIL -> email;
            case DEPARTMENT -> department;
            case SITE -> site;
            case JOB_TITLE -> jobTitle;
            case MANAGER -> managerNumber;
            case HIRE_DATE -> hireDate;
            case CAREER_START_YEAR -> careerStartYear;
            case LANGUAGES -> languages;
            case BIRTH_YEAR -> birthYear;
            case LEAVING_DATE -> leavingDate;
        };
    }

    @Override
    public String toString() {
        return "ImportRow[line " + line + ", " + employeeNumber + "]";
    }
}
