package org.binome.privacy;

import org.springframework.context.event.EventListener;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and failed sign-ins, from Spring Security's own events (so privacy needs no identity type). A failure never
 * stores what was typed as the name (people type passwords there): only a short digest, enough to see repeated
 * failures on one name.
 */
@Component
class SignInAudit {

    private static final org.springframework.expression.Expression EMPLOYEE_NUMBER =
            new SpelExpressionParser().parseExpression("employeeNumber()");

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        audit.record(
                authentication.getName(), "SIGN_IN", "session", employeeNumber(authentication.getPrincipal()), null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var typed = String.valueOf(event.getAuthentication().getName());
        audit.record(
                null,
                "SIGN_IN_FAILED",
                "session",
                null,
                "name#"
                        + AuditChain.sha256("sign-in:" + typed.trim().toLowerCase(java.util.Locale.ROOT))
                                .substring(0, 12)
                        + " "
                        + event.getException().getClass().getSimpleName());
    }

    private static String employeeNumber(Object principal) {
        try {
            var context = SimpleEvaluationContext.forReadOnlyDataBinding()
                    .withInstanceMethods()
                    .build();
            return EMPLOYEE_NUMBER.getValue(context, principal, String.class);
        } catch (RuntimeException notAPerson) {
            return null;
        }
    }
}
