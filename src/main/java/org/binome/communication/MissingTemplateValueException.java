package org.binome.communication;

/** A message text names a value the notification did not bring, or the text itself does not exist. */
class MissingTemplateValueException extends RuntimeException {

    MissingTemplateValueException(String message) {
        super(message);
    }
}
