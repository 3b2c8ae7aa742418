package org.binome.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.binome.identity.Accounts;
import org.binome.identity.NewAccount;
import org.binome.identity.Role;
import org.binome.people.DemoCompanyLoaded;
import org.binome.people.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads "Maison Lumière", a fictional French company, on the first start of a demo installation: about 300 people in
 * ten departments and five sites, a complete hierarchy and a realistic spread of generations. It never runs twice:
 * a database that already has people or accounts is left as it is.
 */
@Component
@Profile("demo")
@Order(10)
class DemoCompany implements ApplicationRunner {

    static final String DEMO_PASSWORD = "binome-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

    private final Directory directory;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoCompany(Directory directory, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!directory.isEmpty() || accounts.anyExists()) {
            return;
        }
        var today = LocalDate.of(2026, 11, 1);
        var people = new Workforce(new Random(2026), today).build();
        directory.registerAll(people);
        for (var login : DemoLogin.ALL) {
            var person = people.stream()
                    .filter(p -> p.employeeNumber().equals(login.employeeNumber()))
                    .findFirst()
                    .orElseThrow();
            accounts.open(new NewAccount(
                    login.username(),
                    person.firstName() + " " + person.lastName(),
                    person.email(),
                    DEMO_PASSWORD.toCharArray(),
                    login.roles(),
                    "fr",
                    person.employeeNumber(),
                    false));
        }
        // Each module seeds its own demo data, synchronously and in this transaction (see DemoCompanyLoaded).
        events.publishEvent(new DemoCompanyLoaded(people, new Random(2027), LocalDate.now(clock), clock.getZone()));
        var banner = new StringBuilder("\n=== Binôme demo company loaded: ")
                .append(people.size())
                .append(" employees. Demo sign-ins (password ")
                .append(DEMO_PASSWORD)
                .append("):\n");
        for (var login : DemoLogin.ALL) {
            banner.append("    ")
                    .append(String.format("%-12s", login.username()))
                    .append(login.roles())
                    .append('\n');
        }
        log.info("{}", banner);
    }

    /** The demo accounts, each tied to an employee of the generated company. */
    record DemoLogin(String username, String employeeNumber, Set<Role> roles) {
        static final List<DemoLogin> ALL = List.of(
                new DemoLogin("admin", Workforce.HR_PROGRAMME_MANAGER, EnumSet.of(Role.ADMIN, Role.PARTICIPANT)),
                new DemoLogin("sponsor", Workforce.CEO, EnumSet.of(Role.SPONSOR, Role.PARTICIPANT)),
                new DemoLogin("mentor", Workforce.YOUNG_MENTOR, EnumSet.of(Role.PARTICIPANT)),
                new DemoLogin("mentore", Workforce.SENIOR_MENTEE, EnumSet.of(Role.PARTICIPANT)),
                new DemoLogin("animateur", Workforce.FACILITATOR, EnumSet.of(Role.FACILITATOR, Role.PARTICIPANT)));
    }

    static List<String> usernames() {
        var names = new ArrayList<String>();
        DemoLogin.ALL.forEach(l -> names.add(l.username()));
        return names;
    }
}
