package org.tidtam.ui.register;

import org.tidtam.store.RegisterQuery;
import org.tidtam.ui.common.UiContext;

/** The register's status line: how many entries the table holds, and for a search how many matched. */
final class CountText {
    private CountText() { }

    static String of(UiContext ctx, RegisterViewModel model) {
        RegisterQuery q = model.shownProperty().get();
        if (model.searchingProperty().get() && filtered(model.query())) {
            return ctx.text("find.searching");
        }
        if (q == null) {
            return "";
        }
        long n = model.countProperty().get();
        String year = q.yearBe() == null ? null : String.valueOf(q.yearBe());
        if (!filtered(q)) {
            return year == null ? ctx.text("find.totalAllYears", n) : ctx.text("ui.register.count", n, year);
        }
        String found = n == 0 ? ctx.text("find.none")
                : n > RegisterViewModel.SEARCH_CAP ? ctx.text("find.countMore", RegisterViewModel.SEARCH_CAP)
                : year == null ? ctx.text("find.countAllYears", n) : ctx.text("find.count", n, year);
        return shortText(q) ? found + " " + ctx.text("find.shortText") : found;
    }

    /** Something besides the year narrows the list. */
    static boolean filtered(RegisterQuery q) {
        return q != null && (q.text() != null || q.urgency() != null || q.status() != null || q.assignee() != null);
    }

    private static boolean shortText(RegisterQuery q) {
        String t = q.text();
        return t != null && t.codePointCount(0, t.length()) < 3;
    }
}
