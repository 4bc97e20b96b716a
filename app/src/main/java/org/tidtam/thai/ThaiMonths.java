package org.tidtam.thai;

import java.util.Map;

/**
 * Thai month names, full (มกราคม) and abbreviated (ม.ค.), as regular-expression source and as lookup.
 * OCR drops or doubles the dots of abbreviations, so the pattern allows "ม.ค.", "ม.ค", "มค." and "ม. ค.".
 */
public final class ThaiMonths {
    static final String[] FULL = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    static final String[] ABBREVIATED = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
        "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final Map<String, Integer> BY_KEY = buildIndex();

    /** Alternation of every month form, longest first; no capturing groups. */
    public static final String REGEX = buildRegex();

    private ThaiMonths() { }

    /** 1..12 for a month as written ("ธ.ค.", "ธันวาคม", "ธค", "กุมภาพันธ"), 0 if it is none. */
    public static int parse(CharSequence written) {
        Integer m = BY_KEY.get(key(written));
        return m == null ? 0 : m;
    }

    /** The full name of month 1..12. */
    public static String fullName(int month) { return FULL[month - 1]; }

    private static String key(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != ' ' && c != '์') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Map<String, Integer> buildIndex() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            m.put(key(FULL[i]), i + 1);
            m.put(key(ABBREVIATED[i]), i + 1);
        }
        return Map.copyOf(m);
    }

    private static String splitBeforeSuffix(String name) {
        for (String suffix : new String[] {"คม", "ยน", "พันธ์?"}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length()) + " ?" + suffix;
            }
        }
        return name;
    }

    private static String buildRegex() {
        StringBuilder b = new StringBuilder("(?:");
        for (String full : FULL) {
            // The final consonant with ์ (กุมภาพันธ์) is often lost by OCR, and OCR may split a name where
            // its suffix starts ("มีนา คม", "เมษา ยน", "กุมภา พันธ์").
            String name = full.endsWith("์") ? full.substring(0, full.length() - 1) + "์?" : full;
            b.append(splitBeforeSuffix(name)).append('|');
        }
        for (int i = 0; i < ABBREVIATED.length; i++) {
            String[] parts = ABBREVIATED[i].split("\\.");
            b.append(parts[0]).append("\\.?\\s?").append(parts[1]).append("\\.?");
            // ก.ค.ศ. and similar committee names are not months.
            b.append("(?![ก-ฮ]\\.)");
            b.append(i < ABBREVIATED.length - 1 ? "|" : "");
        }
        return b.append(')').toString();
    }
}
