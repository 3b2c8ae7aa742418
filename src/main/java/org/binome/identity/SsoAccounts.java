package org.binome.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a person signed in by the identity provider to the directory: by the employee-number claim when one is
 * configured, else by the e-mail claim. A person of the directory without an account gets one (active, without a
 * password: they sign in through the provider); someone absent from the directory, or who has left, is refused and no
 * account is made; a disabled account stays disabled. With a groups claim, the provider's groups decide the
 * administrator, sponsor and facilitator roles at each sign-in, and each change is in the account's history.
 */
@Component
class SsoAccounts {

    /** Why a signed-in identity was refused: the error code the sign-in page explains. */
    static final String UNKNOWN = "binome_unknown_person";

    static final String LEFT = "binome_person_left";
    static final String DISABLED = "binome_account_disabled";
    static final String NO_CLAIM = "binome_no_claim";
    static final String TAKEN = "binome_username_taken";

    private final SsoSettings settings;
    private final EmployeeDirectory directory;
    private final UserAccountRepository repository;
    private final AccountAudit audit;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<NamedRoles> namedRoles;

    SsoAccounts(
            SsoSettings settings,
            EmployeeDirectory directory,
            UserAccountRepository repository,
            AccountAudit audit,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<NamedRoles> namedRoles) {
        this.namedRoles = namedRoles;
        this.settings = settings;
        this.directory = directory;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    BinomeUser signIn(OidcUser identity) {
        var employee = employee(identity.getClaims());
        if (employee.left()) {
            throw refused(LEFT);
        }
        var account = repository
                .findFirstByEmployeeNumberOrderByIdAsc(employee.employeeNumber())
                .orElseGet(() -> open(employee));
        if (account.status == AccountStatus.DISABLED) {
            throw refused(DISABLED);
        }
        boolean changed = false;
        if (account.status == AccountStatus.INVITED) {
            // Signing in through the provider is accepting the invitation.
            account.changeStatus(AccountStatus.ACTIVE);
            changed = true;
        }
        if (settings.mapsGroups()) {
            changed |= applyGroups(account, groups(identity.getClaims().get(settings.groupsClaim())));
        }
        if (changed) {
            account.touchAccess();
            account = repository.save(account);
        }
        return AccountUserDetailsService.toSessionUser(account);
    }

    private EmployeeDirectory.Employee employee(Map<String, Object> claims) {
        var number = text(claims, settings.employeeNumberClaim());
        if (number.isPresent()) {
            return directory.find(List.of(number.get())).stream().findFirst().orElseThrow(() -> refused(UNKNOWN));
        }
        var email = text(claims, settings.emailClaim());
        if (email.isEmpty()) {
            throw refused(NO_CLAIM);
        }
        return directory.findByEmail(email.get()).orElseThrow(() -> refused(UNKNOWN));
    }

    private UserAccount open(EmployeeDirectory.Employee employee) {
        if (employee.email() == null || employee.email().isBlank()) {
            throw refused(NO_CLAIM);
        }
        if (repository.findByUsername(Accounts.normalise(employee.email())).isPresent()) {
            throw refused(TAKEN);
        }
        var account = UserAccount.invited(
                employee.employeeNumber(), employee.fullName(), employee.email(), employee.language(), clock.instant());
        account.changeStatus(AccountStatus.ACTIVE);
        // roles named elsewhere (a programme's sponsor), unless the provider's groups decide the roles
        var named = EnumSet.noneOf(Role.class);
        if (!settings.mapsGroups()) {
            namedRoles
                    .orderedStream()
                    .forEach(source -> source.of(List.of(employee.employeeNumber()))
                            .values()
                            .forEach(named::addAll));
        }
        named.retainAll(AccountAdministration.GRANTABLE);
        var roles = account.roleSet();
        roles.addAll(named);
        account.setRoles(roles);
        account = repository.save(account);
        audit.record(account.id, "sso", "created-by-sso", null);
        for (var role : named) {
            audit.record(account.id, "sso", "role-granted", role.name());
        }
        return account;
    }

    private boolean applyGroups(UserAccount account, List<String> groups) {
        var wanted = settings.rolesOf(groups);
        var roles = account.roleSet();
        boolean changed = false;
        for (var role : EnumSet.copyOf(AccountAdministration.GRANTABLE)) {
            boolean has = roles.contains(role);
            if (wanted.contains(role) != has) {
                if (has) {
                    roles.remove(role);
                } else {
                    roles.add(role);
                }
                audit.record(account.id, "sso", has ? "role-revoked" : "role-granted", role.name());
                changed = true;
            }
        }
        if (changed) {
            account.setRoles(roles);
        }
        return changed;
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text && !text.isBlank()) {
            return List.of(text.split("[,\\s]+"));
        }
        return List.of();
    }

    private static Optional<String> text(Map<String, Object> claims, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        var value = claims.get(name);
        return value == null || String.valueOf(value).isBlank()
                ? Optional.empty()
                : Optional.of(String.valueOf(value).strip());
    }

    private static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
