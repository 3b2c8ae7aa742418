package org.binome.programs;

import org.binome.privacy.ConsentLedger;
import org.binome.privacy.ConsentWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Withdrawing one's consent to an application's processing, from the privacy page, withdraws the application. */
@Component
class ConsentWithdrawals {

    private final ApplicationRepository applications;
    private final Volunteering volunteering;

    ConsentWithdrawals(ApplicationRepository applications, Volunteering volunteering) {
        this.applications = applications;
        this.volunteering = volunteering;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawal) {
        if (withdrawal.purpose() != ConsentLedger.Purpose.PROGRAMME_APPLICATION
                || withdrawal.reference() == null
                || !withdrawal.reference().startsWith("programme:")) {
            return;
        }
        long programId = Long.parseLong(withdrawal.reference().substring("programme:".length()));
        applications
                .findByProgramIdAndEmployeeNumber(programId, withdrawal.employeeNumber())
                .filter(application -> application.status != ApplicationStatus.WITHDRAWN)
                .ifPresent(application -> volunteering.withdraw(programId, withdrawal.employeeNumber()));
    }
}
