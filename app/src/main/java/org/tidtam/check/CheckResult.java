package org.tidtam.check;

import java.util.List;
import java.util.Objects;

/**
 * One check's outcome.
 *
 * @param id      stable name for scripts and JSON: integrity, audit, search-index, backup
 * @param title   what was checked, in the user's language
 * @param ok      true when nothing is wrong
 * @param summary one line: "ok", or what is wrong
 * @param details where it is wrong, one line each (empty when ok)
 */
public record CheckResult(String id, String title, boolean ok, String summary, List<String> details) {
    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        details = List.copyOf(details);
    }
}
