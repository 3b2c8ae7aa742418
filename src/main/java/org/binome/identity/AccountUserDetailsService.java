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
                .findByUsername(normalised)
                .map(AccountUserDetailsService::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    static BinomeUser toUser(UserAccount account) {
        var authorities = new ArrayList<GrantedAuthority>();
        account.roleSet().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        if (account.mustChangePassword) {
            authorities.add(new SimpleGrantedAuthority(BinomeUser.PASSWORD_CHANGE_REQUIRED));
        }
        return new BinomeUser(
                account.id,
                account.username,
                account.passwordHash,
                account.enabled,
                authorities,
                account.displayName,
                account.employeeNumber,
                account.locale);
    }
}
