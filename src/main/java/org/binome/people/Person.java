package org.binome.people;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An employee as the HR system knows them; the employee number is the key shared with HR. */
@Table("person")
class Person {

    @Id
    Long id;

    String employeeNumber;
    String firstName;
    String lastName;
    String email;
    String department;
    String site;
    String jobTitle;
    String managerNumber;
    LocalDate hireDate;
    Integer careerStartYear;
    /** Working languages as ISO 639-1 codes, comma separated ("fr,en"). */
    String languages;

    Integer birthYear;
    LocalDate leavingDate;
    PersonStatus status;

    /** Search keys, kept in step with the names by {@link #refreshKeys()}. */
    String lastNameKey;

    String firstNameKey;
    String emailKey;

    /** The identity provider's own id for this person, when SCIM provisions them. */
    String externalId;

    /** Deleted by the identity provider through SCIM: kept (as left) for history, invisible to SCIM. */
    boolean scimDeleted;

    @Version
    Integer version;

    static Person from(NewPerson p) {
        var person = new Person();
        person.employeeNumber = p.employeeNumber();
        person.firstName = p.firstName();
        person.lastName = p.lastName();
        person.email = p.email();
        person.department = p.department();
        person.site = p.site();
        person.jobTitle = p.jobTitle();
        person.managerNumber = p.managerNumber();
        person.hireDate = p.hireDate();
        person.careerStartYear = p.careerStartYear();
        person.languages = String.join(",", p.languages());
        person.birthYear = p.birthYear();
        person.status = PersonStatus.ACTIVE;
        person.refreshKeys();
        return person;
    }

    void refreshKeys() {
        lastNameKey = SearchKeys.fold(lastName);
        firstNameKey = SearchKeys.fold(firstName);
        emailKey = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
    }

    PersonView view() {
        return new PersonView(
                employeeNumber,
                firstName,
                lastName,
                email,
                department,
                site,
                jobTitle,
                managerNumber,
                hireDate,
                careerStartYear,
                languages == null || languages.isBlank()
                        ? java.util.List.of()
                        : java.util.List.of(languages.split(",")),
                birthYear,
                leavingDate,
                status);
    }
}
