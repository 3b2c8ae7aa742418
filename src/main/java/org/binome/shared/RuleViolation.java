package org.binome.shared;

import java.util.Arrays;

/**
 * A rule said no. The domain says what kind of refusal it is and why (a message key and its arguments); only the web
 * layer chooses the HTTP status from the kind and renders the translated explanation.
 */
public class RuleViolation extends RuntimeException {

    /** What kind of refusal this is; the web layer maps each to one status. */
    public enum Kind {
        /** The thing asked for does not exist, or is not visible to the person asking. */
        NOT_FOUND(404),
        /** The thing exists but its state (or someone else's change) does not allow the request now. */
        CONFLICT(409),
        /** What was sent is not acceptable as it is. */
        INVALID(422),
        /** The person may not do this. */
        FORBIDDEN(403);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /**
         * The HTTP status a web page or endpoint answers with for this kind: the one mapping, read by the shell's
         * advice and by controllers that show a refusal in place on their own page (domain code never reads it).
         */
        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String key;
    private final transient Object[] arguments;

    public RuleViolation(Kind kind, String key, Object... arguments) {
        super(kind + ": " + key);
        this.kind = kind;
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static RuleViolation notFound(String key, Object... arguments) {
        return new RuleViolation(Kind.NOT_FOUND, key, arguments);
    }

    public static RuleViolation conflict(String key, Object... arguments) {
        return new RuleViolation(Kind.CONFLICT, key, arguments);
    }

    public static RuleViolation invalid(String key, Object... arguments) {
        return new RuleViolation(Kind.INVALID, key, arguments);
    }

    public static RuleViolation forbidden(String key, Object... arguments) {
        return new RuleViolation(Kind.FORBIDDEN, key, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The message key that explains the refusal to the person. */
    public String key() {
        return key;
    }

    /** The arguments of the message, in order. */
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "RuleViolation[" + kind + ", " + key + ", " + Arrays.toString(arguments) + "]";
    }
}
