package org.binome.identity;

import org.binome.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Someone left the company: their account is disabled, their sessions end and their pending links stop working. */
@Component
class Deprovisioning {

    private static final Logger log = LoggerFactory.getLogger(Deprovisioning.class);

    private final UserAccountRepository repository;
    private final AccountAdministration administration;
    private final AccountAudit audit;

    Deprovisioning(UserAccountRepository repository, AccountAdministration administration, AccountAudit audit) {
        this.repository = repository;
        this.administration = administration;
        this.audit = audit;
    }

    @Transactional
    void left(String employeeNumber) {
        repository.findByEmployeeNumberIn(java.util.List.of(employeeNumber)).stream()
                .filter(account -> account.status != AccountStatus.DISABLED)
                .forEach(account -> {
                    try {
                        administration.disable(account, "hr", "left");
                    } catch (RuleViolation lastAdministrator) {
                        // Locking everybody out would be worse: the account stays, and its history says why.
                        log.warn("Account {} belongs to someone who left but is the last administrator", account.id);
                        audit.record(account.id, "hr", "left-last-administrator", null);
                    }
                });
    }
}
