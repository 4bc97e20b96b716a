package org.tidtam.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.thai.ClockTime;
import org.tidtam.thai.DateMatch;
import org.tidtam.thai.ResolvedDate;

/**
 * Finds the deadlines of one letter: each written date is judged by the first {@link CueRules} rule that
 * applies to the words around it, given a kind by {@link KindChooser}, and given evidence from the cue word
 * to the end of its time. Relative deadlines come from {@link RelativeCue}. {@link DeadlineMerger} then
 * keeps one deadline per day and kind.
 */
final class DeadlineFinder {
    private static final int LEFT = 48;
    private static final int RIGHT = 30;
    private static final int CLAUSE = 320;
    private static final int EVENT_CLAUSE = 200;
    private static final int MEETING_RIGHT = 70;
    private static final double WEEKDAY_MISMATCH = 0.5;
    private static final int MAX_EVIDENCE_LEAD = 160;
    private final Source src;
    private final List<Trace> trace;
    /** Set by {@link #judge} when the date was an "as of" or cited-document date inside a noun phrase. */
    private boolean skippedInline;
    /** Old days of postponements seen in the letter being read. */
    private final List<LocalDate> postponed = new ArrayList<>();

    DeadlineFinder(Source src, List<Trace> trace) {
        this.src = src;
        this.trace = trace;
    }

    List<Deadline> find(List<DateMatch> dates, int segStart, int segEnd, LocalDate reference, IntPredicate quiet) {
        List<Deadline> out = new ArrayList<>();
        postponed.clear();
        int previousEnd = segStart;
        for (int i = firstAtOrAfter(dates, segStart); i < dates.size() && dates.get(i).start() < segEnd; i++) {
            DateMatch d = dates.get(i);
            skippedInline = false;
            Deadline dl = quiet.test(d.start()) ? null : judge(d, segStart, segEnd, previousEnd, reference);
            if (dl != null) {
                out.add(dl);
            }
            // A clause ends at a deadline's date; a date inside a noun phrase ("งบทดลอง ณ วันที่ …") does not end it.
            if (dl != null || !skippedInline) {
                previousEnd = d.end();
            }
        }
        relative(segStart, segEnd, out);
        dropPostponed(out);
        return DeadlineMerger.merge(out);
    }

    /**
     * A postponement replaces its old day everywhere in the letter: "ตามที่ได้เชิญประชุมในวันพุธที่ ๕ มีนาคม …
     * นั้น … ขอเลื่อนจากเดิมวันพุธที่ ๕ มีนาคม เป็นวันพุธที่ ๑๒ มีนาคม" leaves only the 12th.
     */
    private void dropPostponed(List<Deadline> out) {
        for (LocalDate old : postponed) {
            if (out.removeIf(dl -> old.equals(dl.due()))) {
                trace.add(new Trace("skipped", old.toString(), "PostponedEverywhere (the old day of a "
                        + "postponement is no deadline anywhere in the letter)", null));
            }
        }
    }

    /** Index of the first date starting at or after {@code offset} (dates are in text order). */
    private static int firstAtOrAfter(List<DateMatch> dates, int offset) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Deadline judge(DateMatch d, int segStart, int segEnd, int previousEnd, LocalDate reference) {
        skippedInline = false;
        String text = src.text;
        ClockTime time = ClockTime.after(text, d.end());
        int afterEnd = time != null ? time.endOffset() : d.end();
        String before = text.substring(Math.max(segStart, d.start() - LEFT), d.start());
        String after = text.substring(Math.min(afterEnd, segEnd), Math.min(segEnd, afterEnd + RIGHT));
        for (CueRule rule : CueRules.ALL) {
            int at = rule.match(before, after, d.isRange(), time != null);
            if (at >= 0) {
                int cueStart = d.start() - before.length() + at;
                return apply(rule, d, time, cueStart, afterEnd, segStart, segEnd, previousEnd, reference);
            }
        }
        skip(d, "NoCue (a date with no deadline words around it)");
        return null;
    }

    private Deadline apply(CueRule rule, DateMatch d, ClockTime time, int cueStart, int afterEnd, int segStart,
                           int segEnd, int previousEnd, LocalDate reference) {
        if (rule.role() == CueRule.Role.NOT_DEADLINE) {
            skip(d, rule.toString());
            skippedInline = rule == CueRules.AS_OF || rule == CueRules.SIGNED_ON;
            ResolvedDate old = rule == CueRules.POSTPONED_FROM ? d.resolve(reference) : null;
            if (old != null) {
                postponed.add(old.first());
            }
            return null;
        }
        ResolvedDate r = d.resolve(reference);
        if (r == null || (d.isWholeMonth() && !d.isRange() && rule.role() != CueRule.Role.DUE_BY)) {
            skip(d, rule + " but no single day can be read");
            return null;
        }
        LocalDate due = d.isWholeMonth() && rule.role() == CueRule.Role.DUE_BY ? r.last() : r.first();
        LocalDate end = rule.role() == CueRule.Role.DUE_BY ? null : r.last();
        int clauseStart = clauseStart(segStart, previousEnd, d.start());
        KindChooser.Choice kind = rule.role() == CueRule.Role.DUE_BY
                ? KindChooser.forDueBy(src.text, clauseStart, cueStart)
                : KindChooser.forEvent(src.text, eventClauseStart(segStart, d.start()), d.start(), afterEnd,
                        Math.min(segEnd, afterEnd + MEETING_RIGHT), d.isRange());
        double c = confidence(rule, d, r, kind.kind());
        int from = evidenceStart(kind, cueStart);
        Deadline dl = Deadline.proposed(kind.kind(), due, end, time == null ? null : time.start(), null,
                src.words(from, afterEnd), src.span(from, afterEnd), c);
        trace.add(new Trace("deadline", kind.kind() + " " + due + (end == null ? "" : ".." + end)
                + (time == null ? "" : " " + time.start()), "cue " + rule + " · date " + d.form().name()
                + " · kind " + kind.why() + (d.weekdayDisagrees(r) ? " · weekday disagrees" : "")
                + (r.yearInferred() ? " · year from the letter's date" : ""), dl.span()));
        return dl;
    }

    /** Evidence starts at the verb that governs the date when it is near, else at the cue word. */
    private static int evidenceStart(KindChooser.Choice kind, int cueStart) {
        int verb = kind.verbStart(cueStart);
        return verb < cueStart && cueStart - verb <= MAX_EVIDENCE_LEAD ? verb : cueStart;
    }

    /** Meeting words may stand before an earlier date of the same sentence ("เลื่อนการประชุมจาก … เป็น …"). */
    private int eventClauseStart(int segStart, int dateStart) {
        int floor = Math.max(segStart, dateStart - EVENT_CLAUSE);
        return Math.max(floor, paragraphBreak(floor, dateStart));
    }

    private int clauseStart(int segStart, int previousEnd, int dateStart) {
        int floor = Math.max(Math.max(segStart, previousEnd), dateStart - CLAUSE);
        return Math.max(floor, paragraphBreak(floor, dateStart));
    }

    /** The last blank line between floor and to, or -1; looks no further back than floor. */
    private int paragraphBreak(int floor, int to) {
        String t = src.text;
        for (int i = Math.min(to, t.length()) - 1; i > floor; i--) {
            if (t.charAt(i) == '\n' && t.charAt(i - 1) == '\n') {
                return i - 1;
            }
        }
        return -1;
    }

    private static double confidence(CueRule rule, DateMatch d, ResolvedDate r, DeadlineKind kind) {
        double c = rule.confidence();
        if (r.yearInferred()) {
            c -= 0.1;
        }
        if (kind == DeadlineKind.OTHER) {
            c -= 0.1;
        }
        if (d.weekdayDisagrees(r)) {
            c = Math.min(c, WEEKDAY_MISMATCH);
        }
        return Math.max(0, Math.min(1, c));
    }

    private void skip(DateMatch d, String why) {
        trace.add(new Trace("skipped", src.words(d.start(), d.end()), why, src.span(d.start(), d.end())));
    }

    private void relative(int segStart, int segEnd, List<Deadline> out) {
        Matcher m = RelativeCue.matcher(src.text, segStart, segEnd);
        while (m.find()) {
            RelativeCue.Found f = RelativeCue.read(src.text, m, segEnd);
            if (f == null) {
                continue;
            }
            int clauseStart = clauseStart(segStart, Math.max(segStart, f.start() - CLAUSE), f.start());
            KindChooser.Choice kind = KindChooser.forDueBy(src.text, clauseStart, f.start());
            int from = evidenceStart(kind, f.start());
            Deadline dl = Deadline.proposed(kind.kind(), null, null, null, f.rule(),
                    src.words(from, f.end()), src.span(from, f.end()), f.confidence());
            trace.add(new Trace("deadline", kind.kind() + " " + f.rule(), "cue Relative (" + RelativeCue.EXAMPLE
                    + ") · " + f.why() + " · kind " + kind.why(), dl.span()));
            out.add(dl);
        }
    }
}
