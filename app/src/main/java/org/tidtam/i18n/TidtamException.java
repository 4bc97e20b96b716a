package org.tidtam.i18n;

import java.util.Arrays;

/**
 * A problem the user must be told about: bad input, an unusable file, a locked database. It carries a
 * message key and the values to quote, so each front shows it in the user's language; getMessage() is
 * English for logs.
 */
public class TidtamException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public TidtamException(String key, Object... args) {
        this(null, key, args);
    }

    public TidtamException(Throwable cause, String key, Object... args) {
        super(Messages.english().get(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() { return key; }

    public Object[] args() { return args.clone(); }

    @Override
    public String toString() { return "TidtamException[" + key + " " + Arrays.toString(args) + "]"; }
}
