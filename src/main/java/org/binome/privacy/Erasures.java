package org.binome.privacy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasure on request or after leaving: every module removes the person's own private content and replaces their
 * identity by one pseudonym in the rows that others or the counts need. All modules erase in one transaction: a
 * failure anywhere leaves everything as it was.
 */
@Service
class Erasures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<PersonalData> holders;
    private final ErasureRegister register;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    Erasures(
            List<PersonalData> holders,
            ErasureRegister register,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.holders = holders;
        this.register = register;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What stands in the way of erasing this person now (message keys), from every module. */
    List<String> obstacles(String employeeNumber) {
        var keys = new ArrayList<String>();
        holders.forEach(holder -> keys.addAll(holder.obstacles(employeeNumber)));
        return keys;
    }

    /**
     * Erases the person. {@code endRunning}: the administrator accepted to end their running pairs and circles first
     * (the others are told); without it, a running pair or circle refuses the erasure. Returns the pseudonym.
     */
    String erase(String employeeNumber, boolean endRunning, String requestedBy, Reason reason) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            throw RuleViolation.notFound("privacy.person.unknown", "");
        }
        if (register.erasedAs(employeeNumber).isPresent()) {
            throw RuleViolation.conflict("privacy.erasure.alreadyDone", employeeNumber);
        }
        var obstacles = obstacles(employeeNumber);
        if (!obstacles.isEmpty() && !endRunning) {
            throw RuleViolation.conflict(obstacles.get(0), employeeNumber);
        }
        var pseudonym = pseudonym();
        if (!register.begin(employeeNumber, pseudonym, reason.name(), requestedBy)) {
            throw RuleViolation.conflict("privacy.erasure.running", employeeNumber);
        }
        try {
            transaction.executeWithoutResult(status -> {
                for (var holder : holders.stream()
                        .sorted(java.util.Comparator.comparingInt(PersonalData::erasureOrder))
                        .toList()) {
                    holder.erase(employeeNumber, pseudonym);
                }
                audit.pseudonymise(List.of(employeeNumber), pseudonym);
                register.finish(pseudonym);
                audit.record(requestedBy, "PERSON_ERASED", "personal-data", pseudonym, reason.name());
            });
        } catch (RuntimeException e) {
            register.abandon(pseudonym);
            throw e;
        }
        return pseudonym;
    }

    /** Why a person is erased. */
    enum Reason {
        REQUEST,
        RETENTION
    }

    private static String pseudonym() {
        var bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return "ANON-" + HexFormat.of().formatHex(bytes).toUpperCase(java.util.Locale.ROOT);
    }
}
