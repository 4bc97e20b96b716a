package org.tidtam.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;

/**
 * One deadline per day (or relative rule) and kind within a letter: the same meeting in the body, the
 * agenda and the reply form is one meeting. The first statement is kept, taking a start time or end day
 * from a later one when it lacks them; an OTHER on a day that also has a named kind is dropped.
 */
final class DeadlineMerger {
    private DeadlineMerger() { }

    static List<Deadline> merge(List<Deadline> found) {
        Map<String, Deadline> byKey = new LinkedHashMap<>();
        for (Deadline d : found) {
            byKey.merge(key(d, d.kind()), d, DeadlineMerger::combine);
        }
        List<Deadline> out = new ArrayList<>();
        for (Deadline d : byKey.values()) {
            if (d.kind() != DeadlineKind.OTHER || !hasNamedKind(byKey, d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean hasNamedKind(Map<String, Deadline> byKey, Deadline other) {
        for (DeadlineKind k : DeadlineKind.values()) {
            if (k != DeadlineKind.OTHER && byKey.containsKey(key(other, k))) {
                return true;
            }
        }
        return false;
    }

    private static String key(Deadline d, DeadlineKind kind) {
        return kind + "|" + (d.due() != null ? d.due() : Objects.toString(d.relative()));
    }

    private static Deadline combine(Deadline first, Deadline later) {
        if ((first.time() != null || later.time() == null) && (first.end() != null || later.end() == null)) {
            return first;
        }
        return Deadline.proposed(first.kind(), first.due(), first.end() != null ? first.end() : later.end(),
                first.time() != null ? first.time() : later.time(), first.relative(), first.evidence(),
                first.span(), Math.max(first.confidence(), later.confidence()));
    }
}
