package org.tidtam.store;

import java.util.ArrayList;
import java.util.List;

/** A RegisterQuery as a WHERE clause over letters l, with its parameters in order. */
record RegisterFilter(String where, List<Object> params) {

    static RegisterFilter of(RegisterQuery q) { return of(q, true); }

    /**
     * The filter without its text condition when withText is false. A text of three characters or more is
     * never part of the SQL: {@link SearchPager} walks the indexes and checks these conditions on its hits.
     */
    static RegisterFilter of(RegisterQuery q, boolean withText) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.yearBe() != null) {
            parts.add("l.reg_year = ?");
            params.add(q.yearBe());
        }
        if (withText && q.text() != null && !q.text().isBlank() && SearchIndex.isShort(q.text())) {
            parts.add(SearchIndex.shortCondition(q.text(), params));
        }
        if (q.urgency() != null) {
            parts.add("l.urgency = ?");
            params.add(q.urgency().name());
        }
        if (q.status() != null) {
            parts.add("l.status = ?");
            params.add(q.status().name());
        }
        if (q.assignee() != null && !q.assignee().isBlank()) {
            parts.add("(l.unit = ? OR l.officer = ?)");
            params.add(q.assignee().strip());
            params.add(q.assignee().strip());
        }
        return new RegisterFilter(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), List.copyOf(params));
    }

    void bind(java.sql.PreparedStatement ps) throws java.sql.SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
