package org.tidtam.ui.report;

import java.time.LocalDate;
import java.util.Locale;
import org.tidtam.i18n.Messages;
import org.tidtam.report.ReportFormat;
import org.tidtam.thai.ThaiDateStyle;

/**
 * Default names of exported files, in the user's language with พ.ศ. dates written year first so the files
 * sort by date in a folder: สรุปประจำสัปดาห์_2568-01-13.xlsx.
 */
final class FileNames {
    private FileNames() { }

    static String weekly(Messages m, LocalDate monday, ReportFormat format) {
        return m.get("reportui.file.weekly", be(monday)) + "." + format.extension();
    }

    static String register(Messages m, LocalDate from, LocalDate to, ReportFormat format) {
        return m.get("reportui.file.register", be(from), be(to)) + "." + format.extension();
    }

    static String calendar(Messages m, LocalDate today) {
        return m.get("reportui.file.calendar", be(today)) + ".ics";
    }

    /** 2025-01-13 → "2568-01-13". */
    static String be(LocalDate d) {
        return String.format(Locale.ROOT, "%d-%02d-%02d", ThaiDateStyle.yearBe(d), d.getMonthValue(),
                d.getDayOfMonth());
    }
}
