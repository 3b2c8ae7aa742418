package org.binome.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.people.DemoCompanyLoaded;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoCompanyTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoCompany demo;

    @Autowired
    DemoStatus status;

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void theStartUpLogSaysDemoDataAndTheirPublishedPasswordsAreActive(
            org.springframework.boot.test.system.CapturedOutput output) {
        status.run(null);

        assertThat(output.getOut())
                .contains("Demo data: ON (")
                .contains("Demo passwords: ACTIVE")
                .contains(DemoCompany.DEMO_PASSWORD);
    }

    @Test
    void theDemoCompanyIsAboutThreeHundredPeopleInManyDepartmentsAndSites() {
        long people = count("select count(*) from person");
        assertThat(people).isBetween(250L, 350L);
        assertThat(count("select count(distinct department) from person")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(distinct site) from person")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyoneButTheChiefExecutiveReportsToSomeoneInTheCompanyWithoutCycles() {
        var managerOf = new HashMap<String, String>();
        jdbc.sql("select employee_number, manager_number from person").query(rs -> {
            managerOf.put(rs.getString(1), rs.getString(2));
        });
        assertThat(managerOf.values().stream().filter(m -> m == null)).hasSize(1);
        for (var person : managerOf.keySet()) {
            var seen = new HashSet<String>();
            var current = person;
            while (managerOf.get(current) != null) {
                assertThat(managerOf).containsKey(managerOf.get(current));
                assertThat(seen.add(current)).as("cycle through %s", current).isTrue();
                current = managerOf.get(current);
            }
            assertThat(current).isEqualTo(DemoCompanyLoaded.CEO);
        }
    }

    @Test
    void generationsRangeFromDigitalNativesToSeniorExecutives() {
        assertThat(count("select count(*) from person where birth_year >= 1995"))
                .isGreaterThan(30);
        assertThat(count("select count(*) from person where birth_year <= 1970"))
                .isGreaterThan(30);
        assertThat(count("select max(birth_year) - min(birth_year) from person"))
                .isGreaterThanOrEqualTo(35);
    }

    @Test
    void thereIsADemoAccountForEveryRole() {
        var roles = new HashSet<Role>();
        for (var username : DemoCompany.usernames()) {
            roles.addAll(accounts.findByUsername(username).orElseThrow().roles());
        }
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void aSecondStartLoadsNothingAgain() {
        long people = count("select count(*) from person");
        long accountsBefore = count("select count(*) from user_account");

        demo.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from person")).isEqualTo(people);
        assertThat(count("select count(*) from user_account")).isEqualTo(accountsBefore);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
