package org.binome.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start-up log says plainly whether demo data and the published demo passwords are active: on a company's own
 * installation (no demo, the first administrator), both are off (same application as the identity module's
 * {@code FirstAdministratorTests}).
 */
@SpringBootTest(properties = "BINOME_ADMIN_PASSWORD=installer-chosen-secret")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DemoStatusLogTests {

    @Autowired
    DemoStatus status;

    @Test
    void withoutDemoDataTheLogSaysDemoDataAndDemoPasswordsAreOff(CapturedOutput output) {
        status.run(null);

        assertThat(output.getOut())
                .contains("Demo data: OFF (")
                .contains("Demo passwords: none")
                .doesNotContain("Demo passwords: ACTIVE");
    }
}
