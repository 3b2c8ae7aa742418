package org.binome.identity;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** A person replaces their password; the first administrator must do it before anything else. */
@Service
class PasswordChange {

    private final UserAccountRepository repository;
    private final PasswordEncoder encoder;

    PasswordChange(UserAccountRepository repository, PasswordEncoder encoder) {
        this.repository = repository;
        this.encoder = encoder;
    }

    /** Checks the form, records each problem against its field, and changes the password only when there is none. */
    @Transactional
    void change(long accountId, PasswordChangeForm form, Errors errors) {
        var account = repository.findById(accountId).orElseThrow(() -> new OptimisticLockingFailureException("gone"));
        if (form.currentPassword() == null
                || form.currentPassword().length() > 200
                || !encoder.matches(form.currentPassword(), account.passwordHash)) {
            errors.rejectValue("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.violation(form.newPassword()).ifPresent(key -> errors.rejectValue("newPassword", key));
        if (form.newPassword() != null && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (!errors.hasErrors() && form.newPassword().equals(form.currentPassword())) {
            errors.rejectValue("newPassword", "password.sameAsCurrent");
        }
        if (errors.hasErrors()) {
            return;
        }
        account.passwordHash = encoder.encode(form.newPassword());
        account.mustChangePassword = false;
        account.touchAccess();
        repository.save(account);
    }

    @Transactional(readOnly = true)
    BinomeUser reload(long accountId) {
        return repository
                .findById(accountId)
                .map(AccountUserDetailsService::toSessionUser)
                .orElseThrow();
    }
}
