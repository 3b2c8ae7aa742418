package org.binome.identity;

import java.util.ArrayList;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private static final int MAX_USERNAME_LENGTH = 100;

    private final UserAccountRepository repository;

    AccountUserDetailsService(UserAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var normalised = Accounts.normalise(username);
        if (normalised.isEmpty() || normalised.length() > MAX_USERNAME_LENGTH) {
            throw new UsernameNotFoundException("unknown account");
        }
        return repository
                .findBySignInName(normalised)
                // An invited person has no password yet: only their invitation link lets them in.
                .filter(account -> account.status != AccountStatus.INVITED && account.passwordHash != null)
                .map(AccountUserDetailsService::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** The principal kept in the session: the same, without the password hash. */
    static BinomeUser toSessionUser(UserAccount account) {
        var user = toUser(account, "");
        user.eraseCredentials();
        return user;
    }

    static BinomeUser toUser(UserAccount account) {
        return toUser(account, account.passwordHash);
    }

    private static BinomeUser toUser(UserAccount account, String passwordHash) {
        var authorities = new ArrayList<GrantedAuthority>();
        account.roleSet().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        if (account.mustChangePassword) {
            authorities.add(new SimpleGrantedAuthority(BinomeUser.PASSWORD_CHANGE_REQUIRED));
        }
        return new BinomeUser(
                account.id,
                account.username,
                passwordHash,
                account.status != AccountStatus.DISABLED,
                authorities,
                account.displayName,
                account.employeeNumber,
                account.locale,
                account.accessStamp);
    }
}
