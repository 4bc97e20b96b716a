package org.tidtam.ui.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.UiContext;

/**
 * The store keeps audited values in a stable form (ISO dates, enum names); the clerk reads them as the
 * register shows them: พ.ศ. dates and Thai words.
 */
final class AuditValues {
    private AuditValues() { }

    static String shown(UiContext ctx, String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("urgency".equals(field) || "secrecy".equals(field) || "status".equals(field)) {
            String key = ("status".equals(field) ? "settings." : "ui.") + field + "." + value;
            String text = ctx.text(key);
            return text.equals(key) ? value : text;
        }
        try {
            if (value.length() == 10) {
                return ThaiDateFormat.shortDate(LocalDate.parse(value), ctx.messages());
            }
            if (value.length() >= 16 && value.charAt(10) == 'T') {
                LocalDateTime at = LocalDateTime.parse(value);
                return ThaiDateFormat.shortDate(at.toLocalDate(), ctx.messages()) + " " + ThaiDateFormat.time(at.toLocalTime());
            }
        } catch (DateTimeParseException e) {
            return value; // not a date after all: show it as stored
        }
        return value;
    }
}
