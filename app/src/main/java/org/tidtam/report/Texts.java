package org.tidtam.report;

/** Small text helpers shared by the report records. */
final class Texts {
    private Texts() { }

    static String clean(String s) { return s == null ? "" : s.strip(); }

    static String assignee(String unit, String officer) {
        String u = clean(unit);
        String o = clean(officer);
        if (o.isEmpty()) {
            return u;
        }
        return u.isEmpty() ? o : o + " (" + u + ")";
    }
}
