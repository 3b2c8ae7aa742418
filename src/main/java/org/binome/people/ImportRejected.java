package org.binome.people;

/** A file, or a request, the HR import refuses as a whole; the key names the translated explanation. */
class ImportRejected extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    ImportRejected(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments;
    }
}
