package org.tidtam.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tidtam.extract.ExtractedLetter;
import org.tidtam.letter.ChangeKind;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Letter;
import org.tidtam.letter.Span;

/**
 * Reads what a later letter does to one earlier entry it refers to. The later letter's dates come from the
 * extractor (so ลงวันที่ of cited letters and past dates are already left out); a date that repeats one of
 * the earlier entry's open deadlines is the old date recalled ("ตามที่ … ในวันที่ ๑๕ …"), not the new one.
 * The earlier deadline meant is the one the later letter recalls, else the first open one of the kind the
 * change names (a meeting), else the first open one.
 */
final class FollowUpFinder {
    /** How far after the change word its new date may stand (a clause or two of Thai). */
    private static final int NEW_DATE_REACH = 200;

    private FollowUpFinder() { }

    static Optional<ChangeProposal> propose(Letter later, ExtractedLetter read, Letter earlier) {
        String text = later.fields().text();
        List<Deadline> open = earlier.fields().deadlines().stream().filter(Deadline::isOpen)
                .sorted(Comparator.comparing(Deadline::due, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<ChangeWording.Found> cues = ChangeWording.find(text);
        for (boolean scan : new boolean[] {false, true}) {
            for (ChangeWording.Found cue : cues) {
                Optional<Deadline> fresh = cue.cue() != ChangeWording.Cue.MOVE ? Optional.empty()
                        : scan ? scannedDate(text, cue, read, open) : newDate(cue, read, open);
                if (fresh.isPresent()) {
                    return Optional.of(move(later, read, earlier, open, cue, fresh.get()));
                }
            }
        }
        for (ChangeWording.Cue wanted : List.of(ChangeWording.Cue.CANCEL, ChangeWording.Cue.PLACE)) {
            Optional<ChangeWording.Found> cue = cues.stream().filter(c -> c.cue() == wanted).findFirst();
            if (cue.isPresent()) {
                DeadlineKind hint = cue.get().aboutMeeting() || wanted == ChangeWording.Cue.PLACE ? DeadlineKind.MEETING : null;
                Deadline target = target(open, read, hint);
                ChangeKind kind = wanted == ChangeWording.Cue.CANCEL ? ChangeKind.CANCEL : ChangeKind.CHANGE;
                return Optional.of(proposal(later, earlier, target, kind, null, null, text, cue.get().span()));
            }
        }
        return Optional.empty();
    }

    private static ChangeProposal move(Letter later, ExtractedLetter read, Letter earlier, List<Deadline> open,
                                       ChangeWording.Found cue, Deadline fresh) {
        Deadline target = target(open, read, fresh.kind());
        ChangeKind kind = target.due() == null || fresh.due().isEqual(target.due()) ? ChangeKind.CHANGE
                : fresh.due().isAfter(target.due()) ? ChangeKind.POSTPONE : ChangeKind.ADVANCE;
        Span span = new Span(cue.span().start(), Math.max(cue.span().end(), fresh.span().end()));
        return proposal(later, earlier, target, kind, fresh.due(), fresh.time(), later.fields().text(), span);
    }

    /** The first date after the change word that is not an old date recalled. */
    private static Optional<Deadline> newDate(ChangeWording.Found cue, ExtractedLetter read, List<Deadline> open) {
        int from = cue.span().start();
        return read.deadlines().stream()
                .filter(d -> d.span() != null && d.due() != null && d.span().start() >= from
                        && d.span().start() - from <= NEW_DATE_REACH)
                .filter(d -> open.stream().noneMatch(o -> sameMoment(o, d)))
                .min(Comparator.comparingInt(d -> d.span().start()));
    }

    /**
     * When the extractor has none: the first date on the change word's own line that is neither an old
     * date nor before the later letter's date (so not the ลงวันที่ of a cited letter).
     */
    private static Optional<Deadline> scannedDate(String text, ChangeWording.Found cue, ExtractedLetter read,
                                                  List<Deadline> open) {
        int nl = text.indexOf('\n', cue.span().start());
        int lineEnd = nl < 0 ? text.length() : nl;
        return ScannedDate.first(text, cue.span().start(), lineEnd, read.date(),
                d -> open.stream().noneMatch(o -> sameMoment(o, d))
                        && (read.date() == null || !d.due().isBefore(read.date())))
                .map(d -> withKind(d, open));
    }

    /** A scanned date has no kind of its own: it changes a meeting when the earlier entry has one. */
    private static Deadline withKind(Deadline d, List<Deadline> open) {
        DeadlineKind kind = open.stream().anyMatch(o -> o.kind() == DeadlineKind.MEETING) ? DeadlineKind.MEETING
                : open.get(0).kind();
        return Deadline.proposed(kind, d.due(), d.end(), d.time(), null, d.evidence(), d.span(), d.confidence());
    }

    private static Deadline target(List<Deadline> open, ExtractedLetter read, DeadlineKind hint) {
        Optional<Deadline> recalled = open.stream()
                .filter(o -> read.deadlines().stream().anyMatch(d -> sameMoment(o, d)))
                .filter(o -> hint == null || o.kind() == hint).findFirst();
        return recalled.or(() -> open.stream().filter(o -> o.kind() == hint).findFirst()).orElse(open.get(0));
    }

    private static boolean sameMoment(Deadline a, Deadline b) {
        return a.due() != null && a.due().equals(b.due()) && (b.time() == null || Objects.equals(a.time(), b.time()));
    }

    private static ChangeProposal proposal(Letter later, Letter earlier, Deadline target, ChangeKind kind,
                                           java.time.LocalDate due, java.time.LocalTime time, String text,
                                           Span span) {
        int end = Math.min(span.end(), text.length());
        String words = text.substring(Math.min(span.start(), end), end).strip();
        List<Long> superseded = later.fields().deadlines().stream()
                .filter(d -> d.id() != null && d.isOpen() && d.kind() == target.kind())
                .filter(d -> sameMoment(target, d) || due != null && due.equals(d.due())
                        && (time == null || time.equals(d.time())))
                .map(Deadline::id).toList();
        return new ChangeProposal(later.id(), earlier.id(), earlier.regNo(), earlier.fields().subject(), target, kind,
                due, time, words, span, superseded);
    }
}
