package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

class KeptSecurityContextsTests {

    private final org.springframework.core.convert.ConversionService conversions =
            KeptSecurityContexts.conversions(getClass().getClassLoader());

    private byte[] stored(Object value) {
        return conversions.convert(value, byte[].class);
    }

    private Object read(byte[] bytes) {
        return conversions.convert(bytes, Object.class);
    }

    private static SecurityContextImpl signedIn(BinomeUser user) {
        return new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void eachReadOfAStoredContextGivesItsOwnContextOfThePersonStored() {
        var bytes = stored(signedIn(TestUsers.employee("ML00042", Role.ADMIN)));

        var first = (SecurityContextImpl) read(bytes);
        var second = (SecurityContextImpl) read(bytes.clone());

        assertThat(first.getAuthentication().getName()).isEqualTo("user-ml00042");
        assertThat(((BinomeUser) first.getAuthentication().getPrincipal()).employeeNumber())
                .isEqualTo("ML00042");
        assertThat(first.getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly(Role.ADMIN.authority());
        assertThat(second).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aRequestSigningOutChangesNoOtherRequestSContext() {
        var bytes = stored(signedIn(TestUsers.employee("ML00042", Role.PARTICIPANT)));
        var signingOut = (SecurityContextImpl) read(bytes);

        signingOut.setAuthentication(null);

        var next = (SecurityContextImpl) read(bytes);
        assertThat(next.getAuthentication()).isNotNull();
        assertThat(next.getAuthentication().getName()).isEqualTo("user-ml00042");
    }

    @Test
    void otherBytesGiveTheirOwnPersonAndOtherValuesReadAsStored() {
        var admin = stored(signedIn(TestUsers.employee("ML00001", Role.ADMIN)));
        var participant = stored(signedIn(TestUsers.employee("ML00002", Role.PARTICIPANT)));
        read(admin);

        assertThat(((SecurityContextImpl) read(participant)).getAuthentication().getName())
                .isEqualTo("user-ml00002");
        assertThat(((SecurityContextImpl) read(admin)).getAuthentication().getName())
                .isEqualTo("user-ml00001");
        var at = Instant.parse("2026-12-06T02:30:00Z");
        assertThat(read(stored(at))).isEqualTo(at);
        assertThat(read(stored("fr"))).isEqualTo("fr");
        assertThat(read(stored(new SecurityContextImpl()))).isEqualTo(new SecurityContextImpl());
    }

    @Test
    void beyondWhatIsKeptEveryPersonIsStillReadRight() {
        for (int i = 0; i < KeptSecurityContexts.KEPT + 10; i++) {
            var number = "ML%05d".formatted(i);
            var bytes = stored(signedIn(TestUsers.employee(number, Role.PARTICIPANT)));
            assertThat(((BinomeUser) ((SecurityContextImpl) read(bytes))
                                    .getAuthentication()
                                    .getPrincipal())
                            .employeeNumber())
                    .isEqualTo(number);
        }
    }
}
