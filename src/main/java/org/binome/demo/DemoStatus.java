package org.binome.demo;

import org.binome.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Says plainly at start-up whether demo data are on, and whether the published demo passwords open accounts here. */
@Component
@Order(200) // after the demo company and the first administrator
class DemoStatus implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStatus.class);

    private final Accounts accounts;
    private final boolean active;
    private final String reason;

    DemoStatus(
            Accounts accounts,
            @Value("${binome.demo.active:false}") boolean active,
            @Value("${binome.demo.reason:not asked}") String reason) {
        this.accounts = accounts;
        this.active = active;
        this.reason = reason;
    }

    @Override
    public void run(ApplicationArguments args) {
        var demoPasswords = DemoCompany.usernames().stream()
                .anyMatch(username -> accounts.acceptsPassword(username, DemoCompany.DEMO_PASSWORD));
        if (active) {
            log.info("Demo data: ON ({}).", reason);
        } else {
            log.info("Demo data: OFF ({}).", reason);
        }
        if (demoPasswords) {
            log.warn(
                    "Demo passwords: ACTIVE - the demo sign-ins ({}) open accounts with the published password {}."
                            + " Never expose this installation.",
                    String.join(", ", DemoCompany.usernames()),
                    DemoCompany.DEMO_PASSWORD);
        } else {
            log.info("Demo passwords: none - no account accepts the published demo password.");
        }
    }
}
