package org.binome.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to an account: roles, disabling and re-enabling, invitations. Each change checks the version
 * the administrator saw (two administrators on one account: the second is told, nothing is overwritten), keeps at
 * least one active administrator, is recorded in the account's history and told to the person. A change of what the
 * account may do moves its access stamp, so its open sessions reload it at their next request.
 */
@Service
class AccountAdministration {

    /** The roles an administrator grants; PARTICIPANT comes with every account of an employee. */
    static final Set<Role> GRANTABLE = EnumSet.of(Role.ADMIN, Role.SPONSOR, Role.FACILITATOR);

    private final UserAccountRepository repository;
    private final AccountAudit audit;
    private final AccountSessions sessions;
    private final AccountMessages messages;
    private final JdbcClient jdbc;
    private final AccountInvitations invitations;

    AccountAdministration(
            UserAccountRepository repository,
            AccountAudit audit,
            AccountSessions sessions,
            AccountMessages messages,
            JdbcClient jdbc,
            AccountInvitations invitations) {
        this.repository = repository;
        this.audit = audit;
        this.sessions = sessions;
        this.messages = messages;
        this.jdbc = jdbc;
        this.invitations = invitations;
    }

    @Transactional
    void grant(long accountId, int seenVersion, Role role, String actor) {
        changeRole(accountId, seenVersion, role, true, actor);
    }

    @Transactional
    void revoke(long accountId, int seenVersion, Role role, String actor) {
        changeRole(accountId, seenVersion, role, false, actor);
    }

    private void changeRole(long accountId, int seenVersion, Role role, boolean granted, String actor) {
        if (!GRANTABLE.contains(role)) {
            throw RuleViolation.invalid("accounts.error.roleNotGrantable");
        }
        var account = load(accountId, seenVersion);
        if (!granted && role == Role.ADMIN && account.roleSet().contains(role)) {
            keepOneAdministrator(account);
        }
        apply(account, role, granted, actor);
    }

    /**
     * Gives {@code role} to those of these accounts that lack it, as {@link #grant} does but without a version read
     * on a page: the role follows from what the administrator did elsewhere (naming a programme's sponsors). Disabled
     * accounts are left alone. Returns how many accounts were granted it.
     */
    @Transactional
    int grantAll(java.util.List<UserAccount> accounts, Role role, String actor) {
        if (!GRANTABLE.contains(role)) {
            throw RuleViolation.invalid("accounts.error.roleNotGrantable");
        }
        int granted = 0;
        for (var account : accounts) {
            if (account.status != AccountStatus.DISABLED && apply(account, role, true, actor)) {
                granted++;
            }
        }
        return granted;
    }

    /** Grants or revokes, recorded and told; false when the account already was so. */
    private boolean apply(UserAccount account, Role role, boolean granted, String actor) {
        var roles = account.roleSet();
        if (roles.contains(role) == granted) {
            return false;
        }
        if (granted) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
        account.setRoles(roles);
        account.touchAccess();
        repository.save(account);
        audit.record(account.id, actor, granted ? "role-granted" : "role-revoked", role.name());
        messages.tell(
                account.username,
                granted ? "account.role-granted" : "account.role-revoked",
                Map.of(
                        "role",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {"role." + role.name()}, role.name())),
                "/");
        return true;
    }

    @Transactional
    void disable(long accountId, int seenVersion, String actor) {
        var account = load(accountId, seenVersion);
        if (account.status == AccountStatus.DISABLED) {
            return;
        }
        disable(account, actor, "disabled");
    }

    /** Disables the account (for whatever reason), ends its sessions and revokes its pending links. */
    void disable(UserAccount account, String actor, String action) {
        keepOneAdministrator(account);
        account.changeStatus(AccountStatus.DISABLED);
        account.touchAccess();
        repository.save(account);
        invitations.revokePending(account.id);
        audit.record(account.id, actor, action, null);
        sessions.endAll(account.username, null);
        messages.tell(account.username, "account.disabled", Map.of(), null);
    }

    @Transactional
    void enable(long accountId, int seenVersion, String actor) {
        var account = load(accountId, seenVersion);
        if (account.status != AccountStatus.DISABLED) {
            return;
        }
        account.changeStatus(account.passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE);
        account.touchAccess();
        repository.save(account);
        audit.record(account.id, actor, "enabled", null);
        messages.tell(account.username, "account.enabled", Map.of(), "/");
    }

    @Transactional
    void revokeInvitation(long accountId, int seenVersion, String actor) {
        var account = load(accountId, seenVersion);
        if (account.status != AccountStatus.INVITED || invitations.revokePending(account.id) == 0) {
            throw RuleViolation.conflict("accounts.error.noPendingInvitation");
        }
        // The version moves, so that another administrator's page showing the invitation is out of date.
        account.touchAccess();
        repository.save(account);
        audit.record(account.id, actor, "invitation-revoked", null);
    }

    @Transactional
    void resendInvitation(long accountId, int seenVersion, String actor) {
        var account = load(accountId, seenVersion);
        if (account.status != AccountStatus.INVITED) {
            throw RuleViolation.conflict("accounts.error.notInvited");
        }
        account.touchAccess();
        repository.save(account);
        invitations.issue(account, actor);
    }

    private UserAccount load(long accountId, int seenVersion) {
        var account =
                repository.findById(accountId).orElseThrow(() -> RuleViolation.notFound("accounts.error.notFound"));
        if (account.version != seenVersion) {
            throw RuleViolation.conflict("accounts.error.conflict");
        }
        return account;
    }

    /**
     * Refuses a change that would leave no active administrator. The active administrators' rows are locked first, so
     * that two administrators removing each other at the same moment cannot both succeed.
     */
    private void keepOneAdministrator(UserAccount account) {
        if (account.status != AccountStatus.ACTIVE || !account.roleSet().contains(Role.ADMIN)) {
            return;
        }
        var administrators = jdbc.sql(
                        "select id from user_account where status = 'ACTIVE' and roles like '%ADMIN%'" + " for update")
                .query(Long.class)
                .list();
        if (administrators.stream().noneMatch(id -> id != account.id)) {
            throw RuleViolation.conflict("accounts.error.lastAdministrator");
        }
    }
}
