package org.tidtam.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.letter.DeadlineKind;

/**
 * Chooses a deadline's kind from the words before its date (its clause). A request starts a clause
 * (ขอให้, ให้, โปรด, ขอความร่วมมือ, ขอเชิญ); the nearest request followed by a verb names the act, and the
 * first verb after it is the main one. Events are meetings when meeting words stand around them, periods
 * when they span days, else they take the verb's kind.
 */
final class KindChooser {
    /**
     * "ขอให้" is a request even glued to the word before it, as Thai prints it ("จังหวัดนครราชสีมาจึงขอให้…");
     * a bare "ให้" only after a space or a request word, since inside words and after verbs it means "to, for".
     */
    private static final Pattern REQUEST = Pattern.compile(
            "(?:จึง|โดย|และ)?ขอให้(?!แล้ว|ทัน|เป็น|กับ|แก่|ได้|ความ)"
            + "|(?<![ก-๛])(?:โดย|และ|จึง|ทั้งนี้)?ให้(?!แล้ว|ทัน|เป็น|กับ|แก่|ได้|ความ)"
            + "|โปรด|กรุณา|ขอความร่วมมือ|ขอความอนุเคราะห์|ขอเชิญ|ขอแจ้ง");
    private static final int MAX_REQUESTS = 16;

    /** The chosen kind and the verb rule behind it (null when none). */
    record Choice(DeadlineKind kind, KindRules.Hit verb, String why) {
        /** Where the verb stands, or {@code fallback} when there is none. */
        int verbStart(int fallback) { return verb == null ? fallback : verb.start(); }
    }

    private KindChooser() { }

    static Choice forDueBy(String text, int clauseStart, int dateStart) {
        KindRules.Hit verb = mainVerb(text, clauseStart, dateStart);
        return verb == null ? new Choice(DeadlineKind.OTHER, null, "no verb: OTHER")
                : new Choice(verb.rule().kind(), verb, verb.rule().toString());
    }

    static Choice forEvent(String text, int clauseStart, int dateStart, int afterEnd, int rightEnd,
                           boolean range) {
        if (KindRules.MEETING_WORDS.matcher(text).region(clauseStart, dateStart).find()
                || KindRules.MEETING_WORDS.matcher(text).region(afterEnd, Math.max(afterEnd, rightEnd)).find()) {
            return new Choice(DeadlineKind.MEETING, null, "meeting words around the date: MEETING");
        }
        if (range) {
            return new Choice(DeadlineKind.PERIOD, null, "a span of days without meeting words: PERIOD");
        }
        return forDueBy(text, clauseStart, dateStart);
    }

    private static KindRules.Hit mainVerb(String text, int clauseStart, int dateStart) {
        int[] starts = requests(text, clauseStart, dateStart);
        for (int i = starts.length - 1; i >= 0; i--) {
            KindRules.Hit verb = KindRules.first(text, starts[i], dateStart);
            if (verb != null) {
                return actAfterMeeting(text, verb, dateStart);
            }
        }
        KindRules.Hit verb = KindRules.first(text, clauseStart, dateStart);
        return verb == null ? null : actAfterMeeting(text, verb, dateStart);
    }

    /**
     * A date something is due by is not the meeting itself: in "คัดเลือกผู้เข้ารับการอบรม และส่งแบบตอบรับ
     * ภายใน …" the meeting is the object and the act due is the next verb (REPLY). A meeting verb stands only
     * when no other verb follows it before the date.
     */
    private static KindRules.Hit actAfterMeeting(String text, KindRules.Hit verb, int dateStart) {
        KindRules.Hit v = verb;
        for (int guard = 0; v != null && v.rule().kind() == DeadlineKind.MEETING && guard < 8; guard++) {
            KindRules.Hit next = KindRules.first(text, v.start() + 1, dateStart);
            if (next == null) {
                return v;
            }
            v = next;
        }
        return v == null ? verb : v;
    }

    /** Starts of the last few requests in the clause, in text order. */
    private static int[] requests(String text, int from, int to) {
        int[] ring = new int[MAX_REQUESTS];
        int count = 0;
        Matcher m = REQUEST.matcher(text);
        m.region(from, to);
        while (m.find()) {
            ring[count % MAX_REQUESTS] = m.start();
            count++;
        }
        int n = Math.min(count, MAX_REQUESTS);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = ring[(count - n + i) % MAX_REQUESTS];
        }
        return out;
    }
}
