package org.tidtam.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.letter.RelativeRule;

/**
 * "ภายใน ๗ วัน นับแต่วันที่ได้รับหนังสือ", "ภายใน ๕ วันทำการ": a deadline counted from an event, with no day
 * yet. Counted from receipt unless the words say the letter's date; a count from any other event (the end
 * of a project, an announcement) is not a deadline of the recipient's and is skipped.
 */
final class RelativeCue {
    static final String EXAMPLE = "ภายใน ๗ วันทำการ นับแต่วันที่ได้รับหนังสือ";
    private static final Pattern WITHIN_DAYS = Pattern.compile(
            "ภายใน(?:ระยะเวลา|กำหนด)?\\s?(\\d{1,3})\\s?(?:\\([^)\\n]{1,20}\\)\\s?)?(?:วัน(ทำการ)?(?!ที่)"
            + "|(เดือน|สัปดาห์)(?!\\s?(?:" + org.tidtam.thai.ThaiMonths.REGEX + ")))");
    /** A month counts as 30 days and a week as 7: "ภายใน ๑ เดือน นับแต่วันที่ได้รับหนังสือนี้" → 30 days. */
    private static final int DAYS_IN_MONTH = 30;
    private static final Pattern FROM_RECEIPT = Pattern.compile("ได้รับ|รับหนังสือ");
    private static final Pattern FROM_LETTER = Pattern.compile("ลงใน|ของหนังสือ|หนังสือฉบับนี้|ที่ลงนาม|ลงวันที่|วันที่ในหนังสือ");
    private static final Pattern OTHER_EVENT = Pattern.compile("หลัง|สิ้นสุด|เสร็จ|ประกาศ|ก่อน|อนุมัติ|ทราบผล");
    private static final int LOOK_AHEAD = 50;
    private static final Pattern COUNTED = Pattern.compile("นับ|หลัง(?:จาก)?(?=(?:วันที่)?ได้รับ)");
    private static final int COUNTED_WITHIN = 10;

    /** A relative deadline found, its words' end in the text and how sure it is. */
    record Found(int start, int end, RelativeRule rule, double confidence, String why) { }

    private RelativeCue() { }

    static Matcher matcher(String text, int from, int to) {
        Matcher m = WITHIN_DAYS.matcher(text);
        m.region(from, to);
        return m;
    }

    /** Reads the match {@code m} (just found), or null when it counts from some other event. */
    static Found read(String text, Matcher m, int segEnd) {
        int days = Integer.parseInt(m.group(1)) * unitDays(m.group(3));
        boolean business = m.group(2) != null;
        String after = text.substring(m.end(), Math.min(segEnd, m.end() + LOOK_AHEAD));
        int end = m.end();
        int nab = countedFrom(after);
        String counted = nab >= 0 ? after.substring(nab) : "";
        RelativeRule.From from;
        double c;
        if (FROM_RECEIPT.matcher(counted).find()) {
            from = RelativeRule.From.RECEIPT;
            c = 0.95;
            end = endOfClause(text, m.end() + nab, segEnd);
        } else if (FROM_LETTER.matcher(counted).find()) {
            from = RelativeRule.From.LETTER_DATE;
            c = 0.9;
            end = endOfClause(text, m.end() + nab, segEnd);
        } else if (!counted.isEmpty() || OTHER_EVENT.matcher(after.substring(0, Math.min(after.length(), 12))).find()) {
            return null;
        } else {
            from = RelativeRule.From.RECEIPT;
            c = 0.7;
        }
        if (days == 0) {
            return null;
        }
        return new Found(m.start(), end, new RelativeRule(days, business, from), c,
                from == RelativeRule.From.RECEIPT ? "counted from receipt" : "counted from the letter's date");
    }

    /**
     * Where the words naming the starting event begin: "นับแต่…", "นับถัดจาก…", "หลังจากได้รับหนังสือ"
     * (after receipt is a count from receipt too); -1 when none stands right after the count.
     */
    private static int countedFrom(String after) {
        Matcher m = COUNTED.matcher(after);
        return m.find() && m.start() < COUNTED_WITHIN ? m.start() : -1;
    }

    private static int unitDays(String unit) {
        if (unit == null) {
            return 1;
        }
        return unit.equals("เดือน") ? DAYS_IN_MONTH : 7;
    }

    private static int endOfClause(String text, int from, int segEnd) {
        int limit = Math.min(segEnd, from + 40);
        int k = text.indexOf("หนังสือ", from);
        if (k >= 0 && k + "หนังสือ".length() <= limit) {
            return k + "หนังสือ".length();
        }
        int nl = text.indexOf('\n', from);
        return nl >= 0 && nl < limit ? nl : limit;
    }
}
