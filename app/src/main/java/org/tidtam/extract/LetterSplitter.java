package org.tidtam.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where each letter of a file begins. A letter begins at a number line (ที่ …/…, or a bare
 * "อต 0017.5/ว 178" line) or a บันทึกข้อความ heading, moved up over the urgency lines above it, once the
 * letter before already has its own number, and only when a letter's head follows (a date, เรื่อง, เรียน,
 * ถึง, an address). Numbers cited inside sentences never start a line, so they never split; agendas and
 * reply forms have no number line, so they stay with the letter that encloses them.
 */
final class LetterSplitter {
    private static final int HEAD_LOOKAHEAD = 20;
    private static final int URGENCY_LOOKBACK = 4;

    private LetterSplitter() { }

    /** Index of the first line of each letter; the first letter always starts at line 0. */
    static List<Integer> starts(List<Line> lines) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean haveNumber = false;
        boolean haveMemo = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean memo = HeaderPatterns.MEMO.matcher(l.text()).lookingAt();
            boolean number = !memo && isNumberLine(l);
            if (!memo && !number) {
                continue;
            }
            if ((haveNumber || (memo && haveMemo)) && headFollows(lines, i)) {
                starts.add(moveUp(lines, i, starts.get(starts.size() - 1)));
                haveNumber = false;
                haveMemo = false;
            }
            haveNumber |= number;
            haveMemo |= memo;
        }
        return starts;
    }

    static boolean isNumberLine(Line l) {
        String full = l.text();
        boolean numbered = full.startsWith("ที่");
        if (!numbered && !HeaderPatterns.BARE_NUMBER_START.matcher(full).lookingAt()) {
            return false;
        }
        String t = Columns.left(full);
        if (t.length() > 120) {
            return false;
        }
        return numbered ? HeaderPatterns.NUMBER.matcher(t).lookingAt()
                : HeaderPatterns.BARE_NUMBER.matcher(t).lookingAt();
    }

    private static boolean headFollows(List<Line> lines, int i) {
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < HEAD_LOOKAHEAD; j++) {
            Line l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            seen++;
            String t = l.text();
            if (HeaderPatterns.SUBJECT.matcher(t).lookingAt() || HeaderPatterns.TO.matcher(t).lookingAt()
                    || HeaderPatterns.MEMO_DATE.matcher(t).lookingAt() || HeaderReader.isDateLine(t)) {
                return true;
            }
        }
        return false;
    }

    private static int moveUp(List<Line> lines, int i, int floor) {
        int start = i;
        int looked = 0;
        for (int j = i - 1; j > floor && looked < URGENCY_LOOKBACK; j--) {
            Line l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            looked++;
            if (HeaderPatterns.URGENCY.matcher(l.text()).lookingAt() || HeaderPatterns.MEMO.matcher(l.text()).lookingAt()
                    || l.text().startsWith("ลับ") || l.text().startsWith("(สำเนา")) {
                start = j;
            } else {
                break;
            }
        }
        return start;
    }
}
