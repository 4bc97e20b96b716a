package org.tidtam.cli;

/** Exit codes of every command, as `--help` documents them. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Nothing was found (or, for `remind` and `check`, there are findings to act on). */
    public static final int NOTHING_OR_FINDINGS = 1;
    /** Bad input or an error; one line on stderr says what. */
    public static final int ERROR = 2;

    private ExitCodes() { }
}
