package org.tidtam.thai;

/**
 * Cleans OCR and PDF text for matching in one pass, keeping a map back to the original offsets:
 * <ul>
 *   <li>Thai digits become Arabic (๖281 → 6281), so one pattern reads both and mixed numbers;</li>
 *   <li>decomposed sara am becomes ำ (ทํา → ทำ, น ํ ้ า → น้ำ);</li>
 *   <li>a tone mark stored before an upper vowel is put after it (PDF order ท ่ ี → ที่);</li>
 *   <li>curly quotes become straight, no-break and odd spaces become a space, zero-width characters and
 *       soft hyphens are dropped, CR is dropped;</li>
 *   <li>HTML tags (&lt;p&gt;, &lt;input …/&gt;) become a space, so table cells stay apart.</li>
 * </ul>
 */
public final class OcrNormalizer {
    private static final char NIKHAHIT = '\u0E4D';
    private static final char SARA_AA = '\u0E32';
    private static final char SARA_AM = '\u0E33';
    private static final int MAX_TAG = 300;

    private OcrNormalizer() { }

    public static NormalizedText normalize(String original) {
        String s = original == null ? "" : original;
        int n = s.length();
        char[] out = new char[n];
        int[] map = new int[n + 1];
        int[] ends = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '<') {
                int close = tagEnd(s, i);
                if (close > 0) {
                    out[k] = ' ';
                    ends[k] = close + 1;
                    map[k++] = i;
                    i = close;
                    continue;
                }
            }
            if (c == NIKHAHIT) {
                int aa = saraAaAfter(s, i);
                if (aa > 0) {
                    k = emitSaraAm(s, i, aa, out, map, ends, k);
                    i = aa;
                    continue;
                }
            }
            if (isTone(c) && i + 1 < n && isUpperVowel(s.charAt(i + 1))) {
                out[k] = s.charAt(i + 1);
                ends[k] = i + 2;
                map[k++] = i;
                out[k] = c;
                ends[k] = i + 2;
                map[k++] = i;
                i++;
                continue;
            }
            char m = map(c);
            if (m != 0) {
                out[k] = m;
                ends[k] = i + 1;
                map[k++] = i;
            }
        }
        map[k] = n;
        int[] offsets = java.util.Arrays.copyOf(map, k + 1);
        return new NormalizedText(new String(out, 0, k), offsets, java.util.Arrays.copyOf(ends, k));
    }

    /** ํ then า, maybe with a tone mark between (น ํ ้ า): index of the า, else -1. */
    private static int saraAaAfter(String s, int i) {
        if (i + 1 < s.length() && s.charAt(i + 1) == SARA_AA) {
            return i + 1;
        }
        if (i + 2 < s.length() && isTone(s.charAt(i + 1)) && s.charAt(i + 2) == SARA_AA) {
            return i + 2;
        }
        return -1;
    }

    private static int emitSaraAm(String s, int nikhahit, int aa, char[] out, int[] map, int[] ends, int k) {
        int at = k;
        if (aa - nikhahit == 2) {
            out[at] = s.charAt(nikhahit + 1);
            ends[at] = aa + 1;
            map[at++] = nikhahit;
        }
        out[at] = SARA_AM;
        ends[at] = aa + 1;
        map[at++] = nikhahit;
        return at;
    }

    private static int tagEnd(String s, int lt) {
        if (lt + 1 >= s.length()) {
            return -1;
        }
        char next = s.charAt(lt + 1);
        if (!(next == '/' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))) {
            return -1;
        }
        int limit = Math.min(s.length(), lt + MAX_TAG);
        for (int j = lt + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == '>') {
                return j;
            }
            if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** The cleaned character, or 0 to drop it. */
    static char map(char c) {
        if (c >= '๐' && c <= '๙') {
            return (char) ('0' + (c - '๐'));
        }
        switch (c) {
            case '\r', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD':
                return 0;
            case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u3000':
                return ' ';
            case '“', '”', '„', '″':
                return '"';
            case '‘', '’':
                return '\'';
            case '–', '—', '−':
                return '-';
            default:
                return c == 0 ? ' ' : c;
        }
    }

    static boolean isTone(char c) { return c >= '\u0E48' && c <= '\u0E4B'; }

    static boolean isUpperVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E37') || c == '\u0E47';
    }
}
