package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class AccountRepositoryTests {

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anOpenedAccountIsFoundByItsUsernameInAnyCase() {
        accounts.open(account("Claire.Petit", "claire-petit-phrase"));

        var found = accounts.findByUsername("  CLAIRE.petit ").orElseThrow();

        assertThat(found.username()).isEqualTo("claire.petit");
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.PARTICIPANT, Role.SPONSOR);
        assertThat(found.locale()).isEqualTo("fr");
    }

    @Test
    void thePasswordIsStoredOnlyAsADelegatingHash() {
        accounts.open(account("hash.check", "a-long-enough-phrase"));

        var stored = repository.findByUsername("hash.check").orElseThrow().passwordHash;

        assertThat(stored).startsWith("{bcrypt}").doesNotContain("a-long-enough-phrase");
        assertThat(encoder.matches("a-long-enough-phrase", stored)).isTrue();
    }

    @Test
    void aSecondAccountWithTheSameUsernameIsRefused() {
        accounts.open(account("twice", "first-quiet-harbour-phrase"));

        assertThatThrownBy(() -> accounts.open(account("TWICE", "second-quiet-harbour-phrase")))
                .isInstanceOf(DataAccessException.class);
        assertThat(repository.findAll().stream().filter(a -> a.username.equals("twice")))
                .hasSize(1);
    }

    @Test
    void aShortPasswordIsRefusedWithItsReason() {
        assertThatThrownBy(() -> accounts.open(account("short", "elevenchars")))
                .isInstanceOfSatisfying(org.binome.shared.RuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(org.binome.shared.RuleViolation.Kind.INVALID);
                    assertThat(refusal.key()).isEqualTo("password.tooShort");
                });
        assertThat(accounts.findByUsername("short")).isEmpty();
    }

    @Test
    void theChosenLanguageIsRemembered() {
        accounts.open(account("polyglot", "polyglot-passphrase"));

        accounts.rememberLocale("polyglot", Locale.ENGLISH);

        assertThat(accounts.findByUsername("polyglot").orElseThrow().locale()).isEqualTo("en");
    }

    @Test
    void twoConcurrentEditsOfOneAccountNeverSilentlyOverwriteEachOther() {
        accounts.open(account("concurrent", "concurrent-passphrase"));
        var first = repository.findByUsername("concurrent").orElseThrow();
        var second = repository.findByUsername("concurrent").orElseThrow();

        first.displayName = "First edit";
        repository.save(first);
        second.displayName = "Second edit";

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findByUsername("concurrent").orElseThrow().displayName)
                .isEqualTo("First edit");
    }

    private static NewAccount account(String username, String password) {
        return new NewAccount(
                username,
                "Display " + username,
                username + "@example.org",
                password.toCharArray(),
                EnumSet.of(Role.PARTICIPANT, Role.SPONSOR),
                null,
                null,
                false);
    }
}
