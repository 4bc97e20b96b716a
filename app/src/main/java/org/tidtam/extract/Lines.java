package org.tidtam.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into {@link Line}s, trimming Markdown list, heading, quote and table marks. */
final class Lines {
    private Lines() { }

    static List<Line> of(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int from = 0;
        int index = 0;
        while (from <= n) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            out.add(clean(text, index++, from, to));
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return out;
    }

    private static Line clean(String text, int index, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && isDecoration(text.charAt(s))) {
            s++;
        }
        while (e > s && (isDecoration(text.charAt(e - 1)) && text.charAt(e - 1) != '.'
                && text.charAt(e - 1) != ')')) {
            e--;
        }
        return new Line(index, s, e, text.substring(s, e), text.substring(from, to).isBlank());
    }

    private static boolean isDecoration(char c) {
        return c == ' ' || c == '\t' || c == '#' || c == '-' || c == '*' || c == '>' || c == '|' || c == '_'
                || c == '•';
    }
}
