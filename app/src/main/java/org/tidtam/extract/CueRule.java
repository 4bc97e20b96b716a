package org.tidtam.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of words around a written date that says what the date is: a deadline ("ภายในวันที่ …"), an
 * event to attend ("ในวันพุธที่ … เวลา …"), or not a deadline at all ("ลงวันที่ …"). Immutable and
 * thread-safe; {@link CueRules#ALL} lists them in the order they are tried.
 *
 * @param name       short name, shown by {@code extract --explain}
 * @param example    a phrase the rule covers
 * @param role       what a date in this position is
 * @param left       words ending right before the date (matched at the end of the text before it), or null
 * @param right      words starting right after the date and its time, or null
 * @param scope      whether it applies to single dates, ranges, or both
 * @param needsTime  true when the rule applies only if a clock time follows the date
 * @param confidence how sure a date found this way is a deadline of the recipient (0..1)
 */
public record CueRule(String name, String example, Role role, Pattern left, Pattern right, Scope scope,
                      boolean needsTime, double confidence) {

    /** What a date found by the rule is. */
    public enum Role {
        /** A day by which something must be done: the date is the due day (a month: its last day). */
        DUE_BY,
        /** A day or span on which something happens: a meeting or a period. */
        EVENT,
        /** Not a deadline: a cited letter's date, a past event, an effective date. */
        NOT_DEADLINE
    }

    /** Which dates the rule looks at. */
    public enum Scope { ANY, SINGLE, RANGE }

    public CueRule {
        if (name == null || example == null || role == null || scope == null) {
            throw new IllegalArgumentException("a cue rule needs a name, an example, a role and a scope");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
    }

    static CueRule before(String name, String example, Role role, String leftRegex, Scope scope, double c) {
        return new CueRule(name, example, role, Pattern.compile("(?:" + leftRegex + ")\\s{0,3}$"), null, scope,
                false, c);
    }

    static CueRule after(String name, String example, Role role, String rightRegex, double c) {
        return new CueRule(name, example, role, null, Pattern.compile("^\\s{0,3}(?:" + rightRegex + ")"),
                Scope.ANY, false, c);
    }

    /**
     * Where the cue's words start within {@code before} (so evidence can include them), or -1 when the rule
     * does not apply.
     */
    int match(String before, String after, boolean range, boolean timed) {
        if ((scope == Scope.SINGLE && range) || (scope == Scope.RANGE && !range) || (needsTime && !timed)) {
            return -1;
        }
        if (right != null && !right.matcher(after).lookingAt()) {
            return -1;
        }
        if (left == null) {
            return before.length();
        }
        Matcher m = left.matcher(before);
        return m.find() ? m.start() : -1;
    }

    @Override
    public String toString() { return name + " (" + example + " → " + role + ")"; }
}
