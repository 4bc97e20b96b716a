package org.tidtam.check;

import java.util.List;

/** Every check's result, in the order they ran. */
public record CheckReport(List<CheckResult> results) {
    public CheckReport {
        results = List.copyOf(results);
    }

    public boolean ok() { return results.stream().allMatch(CheckResult::ok); }

    public long findings() { return results.stream().filter(r -> !r.ok()).count(); }

    /** One line for a status bar: all good, or how many checks found something. */
    public String statusLine(org.tidtam.i18n.Messages m) {
        return ok() ? m.get("check.status.ok") : m.get("check.status.findings", findings(), results.size());
    }
}
