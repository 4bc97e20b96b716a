package org.tidtam.extract;

import org.tidtam.thai.ThaiDigits;

/** The comparisons of shared/tools/score.py: numbers with digits and spaces normalised, senders by
 * containment, subjects by ≥ 90% similarity. */
final class GoldComparison {
    private GoldComparison() { }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        return ThaiDigits.toArabic(s).replace('“', '"').replace('”', '"').replace("ํา", "ำ").replaceAll("\\s+", "");
    }

    static boolean sameNumber(String gold, String pred) {
        return java.util.Objects.equals(norm(gold), norm(pred));
    }

    static boolean sameSender(String gold, String pred) {
        String a = senderNorm(gold);
        String b = senderNorm(pred);
        return (a == null && b == null) || (a != null && b != null && (a.contains(b) || b.contains(a)));
    }

    static boolean similar(String gold, String pred) {
        String a = norm(gold);
        String b = norm(pred);
        return (a == null && b == null) || (a != null && b != null && ratio(a, b) >= 0.9);
    }

    private static String senderNorm(String s) {
        String n = norm(s);
        return n == null ? null : n.replace("ศาลากลาง", "").replace("อุดรดิตถ์", "อุตรดิตถ์");
    }

    /** 2·LCS / (|a| + |b|): close to difflib's ratio for these strings. */
    static double ratio(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[b.length()] / (a.length() + b.length());
    }
}
