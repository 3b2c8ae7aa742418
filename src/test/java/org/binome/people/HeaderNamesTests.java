package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderNamesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Employee ID|EMPLOYEE_NUMBER",
                "EmpID|EMPLOYEE_NUMBER",
                "Worker_ID|EMPLOYEE_NUMBER",
                "Matricule salarié|EMPLOYEE_NUMBER",
                "N° salarié|EMPLOYEE_NUMBER",
                "Person ID External|EMPLOYEE_NUMBER",
                "Job Title|JOB_TITLE",
                "Business Title|JOB_TITLE",
                "Intitulé du poste|JOB_TITLE",
                "Hire Date|HIRE_DATE",
                "Original Hire Date|HIRE_DATE",
                "Date of Hire|HIRE_DATE",
                "DateofHire|HIRE_DATE",
                "HireDate|HIRE_DATE",
                "Hire_Dt|HIRE_DATE",
                "Date d’embauche|HIRE_DATE",
                "DATE D'ENTREE|HIRE_DATE",
                "Termination Date|LEAVING_DATE",
                "Date de sortie|LEAVING_DATE",
                "DateofTermination|LEAVING_DATE",
                "Date of Birth|BIRTH_YEAR",
                "DOB|BIRTH_YEAR",
                "Date de naissance|BIRTH_YEAR",
                "Manager|MANAGER",
                "Supervisor|MANAGER",
                "Reports To|MANAGER",
                "N+1|MANAGER",
                "ManagerName|MANAGER",
                "Mgr_ID|MANAGER",
                "Work Email|EMAIL",
                "Email professionnel|EMAIL",
                "E-mail address|EMAIL",
                "Courriel|EMAIL",
                "Work Location|SITE",
                "Lieu de travail|SITE",
                "Dept|DEPARTMENT",
                "Supervisory Organization|DEPARTMENT",
                "First Name|FIRST_NAME",
                "Prénom|FIRST_NAME",
                "Last Name|LAST_NAME",
                "Nom de famille|LAST_NAME",
                "Employee_Name|FULL_NAME",
                "Nom Prénom|FULL_NAME"
            })
    void majorHrisHeadersAreRecognisedWhateverTheirSpelling(String header, String field) {
        assertThat(HeaderNames.fieldOf(header)).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({"DeptID", "MarriedID", "Salary", "Personal Email", "ManagerID2", "Zip", "Termd"})
    void otherColumnsAreLeftAlone(String header) {
        assertThat(HeaderNames.fieldOf(header)).isNull();
    }

    @org.junit.jupiter.api.Test
    void emptyAndRepeatedHeadersGetUsableNames() {
        assertThat(HeaderNames.cleaned(java.util.Arrays.asList("Nom", "", "Nom", null, "Site")))
                .containsExactly("Nom", "[B]", "Nom (2)", "[D]", "Site");
        assertThat(HeaderNames.columnLetters(27)).isEqualTo("AB");
    }
}
