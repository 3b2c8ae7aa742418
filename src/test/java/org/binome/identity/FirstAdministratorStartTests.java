package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.binome.BinomeApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.NestedExceptionUtils;

/** A guessable BINOME_ADMIN_PASSWORD stops the first start with the property's name and what it needs. */
class FirstAdministratorStartTests {

    @Test
    void aGuessablePasswordStopsTheStartNamingThePropertyAndWithoutPrintingIt() {
        var app = new SpringApplication(BinomeApplication.class);
        app.setAdditionalProfiles("test");
        assertThatThrownBy(() -> app.run("--server.port=0", "--BINOME_ADMIN_PASSWORD=passwordpassword"))
                .satisfies(failure -> {
                    var cause = NestedExceptionUtils.getMostSpecificCause(failure);
                    assertThat(cause).isInstanceOf(InvalidConfigurationPropertyValueException.class);
                    var invalid = (InvalidConfigurationPropertyValueException) cause;
                    assertThat(invalid.getName()).isEqualTo("BINOME_ADMIN_PASSWORD");
                    assertThat(invalid.getValue()).isEqualTo("(hidden)");
                    assertThat(invalid.getReason()).contains("too easy to guess", "unset");
                    assertThat(failure).hasStackTraceContaining("BINOME_ADMIN_PASSWORD");
                    assertThat(invalid.getMessage()).doesNotContain("passwordpassword");
                });
    }

    @Test
    void aShortPasswordSaysHowLongItMustBe() {
        assertThatThrownBy(() -> FirstAdministrator.refuseWeak("Kx-42"))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("at least 12 characters");
        FirstAdministrator.refuseWeak("Lanterne-verte-sur-le-quai-42");
    }
}
