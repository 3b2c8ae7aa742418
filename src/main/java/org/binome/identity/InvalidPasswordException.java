package org.binome.identity;

/** A password that breaks the password policy; the message is a message key. */
public class InvalidPasswordException extends RuntimeException {
    public InvalidPasswordException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
