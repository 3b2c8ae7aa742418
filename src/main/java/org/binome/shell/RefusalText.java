package org.binome.shell;

import org.binome.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The translated explanation of a refusal, with every argument in its place, for pages that show a refusal in place
 * ({@code shell/problem :: alert(${refusal})}); a Thymeleaf message expression would pass the arguments as one array.
 */
@Component("refusalText")
class RefusalText {

    private final MessageSource messages;

    RefusalText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(RuleViolation refusal) {
        return messages.getMessage(refusal.key(), refusal.arguments(), refusal.key(), LocaleContextHolder.getLocale());
    }
}
