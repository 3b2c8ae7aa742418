package org.binome.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's edit of one person; {@code version} is the one they started from. */
record PersonForm(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        /** Optional: without one, the person cannot be invited or notified. */
        @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String department,
        @NotBlank @Size(max = 100) String site,
        @Size(max = 150) String jobTitle,
        @Size(max = 50) String managerNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hireDate,
        @Min(1900) @Max(2100) Integer careerStartYear,

        @Pattern(regexp = "^$|^[a-z]{2}(\\s*,\\s*[a-z]{2})*$") @Size(max = 100)
        String languages,

        @Min(1900) @Max(2100) Integer birthYear,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leavingDate,
        @NotNull PersonStatus status,
        @NotNull Integer version) {

    static PersonForm of(Person p) {
        return new PersonForm(
                p.firstName,
                p.lastName,
                p.email,
                p.department,
                p.site,
                p.jobTitle,
                p.managerNumber,
                p.hireDate,
                p.careerStartYear,
                p.languages,
                p.birthYear,
                p.leavingDate,
                p.status,
                p.version);
    }

    void applyTo(Person p) {
        p.firstName = firstName.strip();
        p.lastName = lastName.strip();
        p.email = blankToNull(email);
        p.department = department.strip();
        p.site = site.strip();
        p.jobTitle = blankToNull(jobTitle);
        p.managerNumber = blankToNull(managerNumber);
        p.hireDate = hireDate;
        p.careerStartYear = careerStartYear;
        p.languages = languages == null || languages.isBlank() ? "fr" : languages.replaceAll("\\s", "");
        p.birthYear = birthYear;
        p.leavingDate = leavingDate;
        p.status = status;
        p.version = version;
        p.refreshKeys();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
