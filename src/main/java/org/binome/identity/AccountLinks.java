package org.binome.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What the single-use links do: an invitation link lets the invited person choose their password (the account becomes
 * active); a reset link lets a person who forgot theirs choose a new one, and ends every session of the account.
 * Asking for a reset link answers the same whether or not the account exists, and is throttled per account and per
 * address.
 */
@Service
class AccountLinks {

    private final SignInMethods methods;
    private final UserAccountRepository repository;
    private final AccountTokens tokens;
    private final AccountAudit audit;
    private final AccountSessions sessions;
    private final AccountMessages messages;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration resetValidity;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    AccountLinks(
            UserAccountRepository repository,
            AccountTokens tokens,
            AccountAudit audit,
            AccountSessions sessions,
            AccountMessages messages,
            PasswordEncoder encoder,
            JdbcClient jdbc,
            SignInMethods methods,
            Clock clock,
            @Value("${binome.accounts.reset-validity:1h}") Duration resetValidity,
            @Value("${binome.accounts.reset-max-per-account:3}") int perAccount,
            @Value("${binome.accounts.reset-max-per-address:10}") int perAddress,
            @Value("${binome.accounts.reset-window:1h}") Duration window) {
        this.repository = repository;
        this.methods = methods;
        this.tokens = tokens;
        this.audit = audit;
        this.sessions = sessions;
        this.messages = messages;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.clock = clock;
        this.resetValidity = resetValidity;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Whose link this is, if it still works: the page greets them by name. */
    @Transactional(readOnly = true)
    Optional<String> holder(String token, String purpose) {
        return tokens.find(token, purpose)
                .flatMap(valid -> repository.findById(valid.accountId()))
                .filter(account -> usable(account, purpose))
                .map(account -> account.displayName);
    }

    /**
     * Whether this still valid link was issued to someone who, since, signs in with the company account only (local
     * passwords were switched off): the page says so instead of offering a password form.
     */
    @Transactional(readOnly = true)
    boolean forCompanyAccount(String token, String purpose) {
        return tokens.find(token, purpose)
                .flatMap(valid -> repository.findById(valid.accountId()))
                .filter(account -> usable(account, purpose))
                .filter(account -> !methods.passwordFor(account.username))
                .isPresent();
    }

    /**
     * Sets the password chosen through a link. Returns false when the link no longer works (nothing changed); form
     * problems are recorded in {@code errors} (nothing changed either, and the link still works).
     */
    @Transactional
    boolean choosePassword(String token, String purpose, String password, String confirmation, Errors errors) {
        var valid = tokens.find(token, purpose);
        var account = valid.flatMap(v -> repository.findById(v.accountId()))
                .filter(a -> usable(a, purpose))
                .filter(a -> methods.passwordFor(a.username));
        if (account.isEmpty()) {
            return false;
        }
        PasswordPolicy.violation(password).ifPresent(key -> errors.rejectValue("password", key));
        if (password != null && !password.equals(confirmation)) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return true;
        }
        if (!tokens.use(valid.get())) {
            return false;
        }
        var holder = account.get();
        holder.passwordHash = encoder.encode(password);
        holder.mustChangePassword = false;
        holder.changeStatus(AccountStatus.ACTIVE);
        holder.touchAccess();
        repository.save(holder);
        if (AccountTokens.INVITATION.equals(purpose)) {
            audit.record(holder.id, holder.username, "activated", null);
        } else {
            tokens.revokePending(holder.id, AccountTokens.RESET);
            audit.record(holder.id, holder.username, "password-reset", null);
            sessions.endAll(holder.username, null);
            messages.tell(holder.username, "account.password-reset", Map.of(), null);
        }
        return true;
    }

    private static boolean usable(UserAccount account, String purpose) {
        return AccountTokens.INVITATION.equals(purpose)
                ? account.status == AccountStatus.INVITED
                : account.status == AccountStatus.ACTIVE;
    }

    /**
     * Sends a reset link to the account with this sign-in name, if there is one that may have it and neither it nor
     * the address asked too often. The caller answers the same in every case.
     */
    @Transactional
    void requestReset(String name, String address) {
        var normalised = Accounts.normalise(name);
        if (normalised.isEmpty() || normalised.length() > 254) {
            return;
        }
        var accountKey = "reset-account:" + Tokens.digest(normalised);
        var addressKey = "reset-address:" + Tokens.digest(address == null ? "" : address);
        var since = Timestamp.from(clock.instant().minus(window));
        jdbc.sql("delete from password_reset_request where requested_at <= ?")
                .param(since)
                .update();
        boolean throttled = count(accountKey, since) >= perAccount || count(addressKey, since) >= perAddress;
        for (var key : new String[] {accountKey, addressKey}) {
            jdbc.sql("insert into password_reset_request (throttle_key, requested_at) values (?, ?)")
                    .params(key, Timestamp.from(clock.instant()))
                    .update();
        }
        if (throttled) {
            return;
        }
        repository
                .findBySignInName(normalised)
                .filter(account -> account.status == AccountStatus.ACTIVE)
                .filter(account -> account.email != null && !account.email.isBlank())
                .ifPresent(account -> {
                    if (!methods.passwordFor(account.username)) {
                        // No password to reset: the e-mail says to sign in with the company account instead.
                        audit.record(account.id, account.username, "reset-requested-sso", null);
                        messages.sendLink(
                                account.username,
                                "account.reset.sso",
                                "/login",
                                Map.of(),
                                "reset-sso:" + account.id + ":" + clock.millis());
                        return;
                    }
                    var token = tokens.issue(account.id, AccountTokens.RESET, resetValidity, account.username);
                    audit.record(account.id, account.username, "reset-requested", null);
                    messages.sendLink(
                            account.username,
                            "account.reset",
                            "/password/reset?token=" + token,
                            Map.of("minutes", resetValidity.toMinutes()),
                            "reset:" + account.id + ":" + Tokens.digest(token).substring(0, 16));
                });
    }

    private long count(String key, Timestamp since) {
        return jdbc.sql("select count(*) from password_reset_request where throttle_key = ? and requested_at > ?")
                .params(key, since)
                .query(Long.class)
                .single();
    }
}
