package org.binome.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.binome.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invites employees of the directory: each gets an account (a participant, no password yet) and an e-mail in their
 * language with a single-use link to choose their password. Large audiences are invited in the background, a chunk
 * per transaction, with progress kept in {@code invitation_job}. Nobody already invited or active is invited again
 * unless the administrator asks to resend; people who cannot be invited are reported with the reason.
 */
@Service
class AccountInvitations {

    private static final Logger log = LoggerFactory.getLogger(AccountInvitations.class);
    static final int CHUNK = 250;

    /** Why someone could not be invited (message keys {@code invitations.reason.*}). */
    static final String UNKNOWN = "unknown";

    static final String LEFT = "left";
    static final String NO_EMAIL = "no-email";
    static final String EMAIL_TAKEN = "email-taken";
    static final String DISABLED = "disabled";

    private final SignInMethods methods;
    private final UserAccountRepository repository;
    private final AccountTokens tokens;
    private final AccountAudit audit;
    private final AccountMessages messages;
    private final InvitationJobs jobs;
    private final BulkInvitations bulk;
    private final EmployeeDirectory directory;
    private final ObjectProvider<InvitationSources> sources;
    private final ObjectProvider<NamedRoles> namedRoles;
    private final TransactionTemplate chunk;
    private final Clock clock;
    private final Duration validity;
    /** Spring Boot's task executor: its threads are named, bounded by {@code spring.task.execution.*}, stopped with the context. */
    private final TaskExecutor background;

    AccountInvitations(
            UserAccountRepository repository,
            AccountTokens tokens,
            AccountAudit audit,
            AccountMessages messages,
            InvitationJobs jobs,
            BulkInvitations bulk,
            EmployeeDirectory directory,
            ObjectProvider<InvitationSources> sources,
            ObjectProvider<NamedRoles> namedRoles,
            PlatformTransactionManager transactions,
            SignInMethods methods,
            Clock clock,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            @Value("${binome.accounts.invitation-validity:7d}") Duration validity) {
        this.background = background;
        this.repository = repository;
        this.methods = methods;
        this.tokens = tokens;
        this.audit = audit;
        this.messages = messages;
        this.jobs = jobs;
        this.bulk = bulk;
        this.directory = directory;
        this.sources = sources;
        this.namedRoles = namedRoles;
        this.chunk = new TransactionTemplate(transactions);
        this.clock = clock;
        this.validity = validity;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedJobs() {
        int interrupted = jobs.interruptRunning();
        if (interrupted > 0) {
            log.warn("{} bulk invitation(s) were interrupted by a stop; start them again to finish", interrupted);
        }
    }

    Duration validity() {
        return validity;
    }

    List<InvitationSources.Source> programmes() {
        var source = sources.getIfAvailable();
        return source == null ? List.of() : source.programmes();
    }

    /** Starts inviting the audience in the background; the job's page follows its progress. */
    long start(InvitationAudience audience, boolean resend, String actor) {
        var numbers = resolve(audience);
        long id = jobs.create(actor, audience.describe(), resend);
        jobs.total(id, numbers.size());
        background.execute(() -> run(id, numbers, resend, actor));
        return id;
    }

    /** Invites in the caller's thread (tests, benchmark); returns the job id. */
    long runNow(InvitationAudience audience, boolean resend, String actor) {
        var numbers = resolve(audience);
        long id = jobs.create(actor, audience.describe(), resend);
        jobs.total(id, numbers.size());
        run(id, numbers, resend, actor);
        return id;
    }

    /** The employee numbers an audience names (refused when nobody). */
    List<String> resolve(InvitationAudience audience) {
        var numbers = switch (audience.kind()) {
            case PERSON -> List.of(audience.value().strip());
            case SELECTION ->
                audience.employeeNumbers().stream()
                        .map(String::strip)
                        .filter(n -> !n.isEmpty())
                        .distinct()
                        .toList();
            case DEPARTMENT -> directory.activeEmployeeNumbers(audience.value(), null);
            case SITE -> directory.activeEmployeeNumbers(null, audience.value());
            case EVERYONE -> directory.activeEmployeeNumbers(null, null);
            case PROGRAMME -> {
                var source = sources.getIfAvailable();
                if (source == null) {
                    yield List.<String>of();
                }
                yield source.eligible(Long.parseLong(audience.value()));
            }
        };
        if (numbers.isEmpty()) {
            throw RuleViolation.invalid("invitations.error.nobody");
        }
        return numbers;
    }

    private void run(long id, List<String> numbers, boolean resend, String actor) {
        try {
            for (int from = 0; from < numbers.size(); from += CHUNK) {
                var part = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
                chunk.executeWithoutResult(status -> inviteChunk(id, part, resend, actor));
            }
            jobs.finish(id, InvitationJobs.Status.FINISHED);
        } catch (RuntimeException e) {
            log.error("Bulk invitation {} stopped", id, e);
            jobs.finish(id, InvitationJobs.Status.INTERRUPTED);
        }
    }

    /**
     * One chunk, set-based: one read of the people, one of their accounts, one of the e-mails already used and one of
     * the pending invitations; then the new accounts, the links, the history and the problems are written in batches.
     * Only the e-mails are written one by one (each in its reader's language).
     */
    private void inviteChunk(long id, List<String> numbers, boolean resend, String actor) {
        var people = new HashMap<String, EmployeeDirectory.Employee>();
        directory.find(numbers).forEach(p -> people.put(p.employeeNumber(), p));
        var accounts = new HashMap<String, UserAccount>();
        repository.findByEmployeeNumberIn(numbers).forEach(a -> accounts.putIfAbsent(a.employeeNumber, a));
        var wantedEmails = new HashSet<String>();
        for (var number : numbers) {
            var person = people.get(number);
            if (person != null && !accounts.containsKey(number) && person.email() != null) {
                wantedEmails.add(emailKey(person.email()));
            }
        }
        var takenEmails = bulk.usedEmails(wantedEmails);
        var pending = resend
                ? Set.<Long>of()
                : bulk.withPendingInvitation(
                        accounts.values().stream().map(a -> a.id).toList());
        var problems = new ArrayList<InvitationJobs.Problem>();
        var newAccounts = new ArrayList<UserAccount>();
        var toIssue = new ArrayList<UserAccount>();
        int skipped = 0;
        var now = clock.instant();
        for (var number : numbers) {
            var person = people.get(number);
            var account = accounts.get(number);
            String reason = null;
            if (person == null) {
                reason = UNKNOWN;
            } else if (person.left()) {
                reason = LEFT;
            } else if (account != null && account.status == AccountStatus.DISABLED) {
                reason = DISABLED;
            } else if (account != null && account.status == AccountStatus.ACTIVE) {
                skipped++;
                continue;
            } else if (account == null
                    && (person.email() == null || person.email().isBlank())) {
                reason = NO_EMAIL;
            } else if (account == null && !takenEmails.add(emailKey(person.email()))) {
                // used by another account, or by someone earlier in this chunk
                reason = EMAIL_TAKEN;
            }
            if (reason != null) {
                problems.add(new InvitationJobs.Problem(number, person == null ? null : person.fullName(), reason));
                continue;
            }
            if (account != null && pending.contains(account.id)) {
                skipped++;
                continue;
            }
            if (account == null) {
                var invited = UserAccount.invited(number, person.fullName(), person.email(), person.language(), now);
                invited.department = person.department();
                newAccounts.add(invited);
            } else {
                toIssue.add(account);
            }
        }
        var named = new HashMap<String, Set<Role>>();
        namedRoles
                .orderedStream()
                .forEach(source -> source.of(
                                newAccounts.stream().map(a -> a.employeeNumber).toList())
                        .forEach((number, roles) -> named.computeIfAbsent(number, n -> EnumSet.noneOf(Role.class))
                                .addAll(roles)));
        for (var invited : newAccounts) {
            var roles = named.getOrDefault(invited.employeeNumber, Set.of());
            if (!roles.isEmpty()) {
                var all = invited.roleSet();
                roles.stream().filter(AccountAdministration.GRANTABLE::contains).forEach(all::add);
                invited.setRoles(all);
            }
        }
        var inserted = bulk.insertInvited(newAccounts);
        for (var invited : inserted) {
            // a named role given with the account is in its history, like one granted in Comptes
            for (var role : named.getOrDefault(invited.employeeNumber, Set.of())) {
                if (AccountAdministration.GRANTABLE.contains(role)) {
                    audit.record(invited.id, actor, "role-granted", role.name());
                }
            }
        }
        toIssue.addAll(inserted);
        var links = bulk.issueInvitations(toIssue, validity, actor);
        var byMethod = links.entrySet().stream()
                .map(link -> link(link.getKey(), link.getValue()))
                .collect(java.util.stream.Collectors.partitioningBy(link -> methods.passwordFor(link.username())));
        if (!byMethod.get(true).isEmpty()) {
            messages.sendLinks("account.invitation", Map.of("days", validity.toDays()), byMethod.get(true));
        }
        // Without local passwords: "sign in with your company account", no link to choose a password.
        var companyAccount = byMethod.get(false).stream()
                .map(link -> new AccountMessages.Link(link.username(), "/login", link.idempotencyKey()))
                .toList();
        if (!companyAccount.isEmpty()) {
            messages.sendLinks("account.invitation.sso", Map.of("days", validity.toDays()), companyAccount);
        }
        jobs.problems(id, problems);
        jobs.progress(id, numbers.size(), toIssue.size(), skipped, problems.size());
    }

    private static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A new invitation link for an invited account (older ones stop working), e-mailed in the person's language. */
    void issue(UserAccount account, String actor) {
        var token = tokens.issue(account.id, AccountTokens.INVITATION, validity, actor);
        audit.record(account.id, actor, "invited", null);
        send(account, token);
    }

    private void send(UserAccount account, String token) {
        var link = link(account, token);
        // Without local passwords, the invitation says to sign in with the company account; nobody chooses a password.
        boolean password = methods.passwordFor(account.username);
        messages.sendLink(
                link.username(),
                password ? "account.invitation" : "account.invitation.sso",
                password ? link.path() : "/login",
                Map.of("days", validity.toDays()),
                link.idempotencyKey());
    }

    private static AccountMessages.Link link(UserAccount account, String token) {
        var tokenId = account.id + ":" + Tokens.digest(token).substring(0, 16);
        return new AccountMessages.Link(account.username, "/invitation?token=" + token, "invitation:" + tokenId);
    }

    int revokePending(long accountId) {
        return tokens.revokePending(accountId, AccountTokens.INVITATION);
    }

    /** People found by a list of employee numbers (for the invitation page's preview). */
    List<String> parseSelection(String text) {
        var numbers = new ArrayList<String>();
        if (text != null) {
            for (var part : text.split("[\\s,;]+")) {
                if (!part.isBlank() && part.length() <= 50) {
                    numbers.add(part.strip());
                }
            }
        }
        return numbers;
    }
}
