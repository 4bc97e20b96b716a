package org.tidtam.ui.common;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.tidtam.i18n.TidtamException;
import org.tidtam.thai.ThaiDateFormat;

/**
 * Date pickers in พ.ศ. The chronology alone is not enough: the text field would still show the ISO year,
 * so the converter formats with a Buddhist-era formatter and reads what clerks type (25/12/2567,
 * ๒๕/๑๒/๒๕๖๗, 25 ธ.ค. 2567).
 */
public final class ThaiDatePickers {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d/M/yyyy").withChronology(ThaiBuddhistChronology.INSTANCE);

    private ThaiDatePickers() { }

    public static DatePicker create(String id, String accessibleText) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(accessibleText);
        picker.setChronology(ThaiBuddhistChronology.INSTANCE);
        picker.setEditable(true);
        picker.setPromptText(prompt(Locale.getDefault()));
        picker.getEditor().setId(id + "Text");
        picker.setConverter(converter(picker));
        return picker;
    }

    /**
     * What to type, in the window's language: the window sets the default locale to it (the picker's
     * month names follow that locale too).
     */
    static String prompt(Locale locale) { return "th".equals(locale.getLanguage()) ? "วว/ดด/ปปปป" : "dd/mm/yyyy (B.E.)"; }

    /** "25/12/2567"; the same text ThaiDateFormat.numeric gives. */
    public static String format(LocalDate date) { return date == null ? "" : SHOWN.format(date); }

    /** The date in the text, or null when it is blank or not a date. */
    public static LocalDate parseOrNull(String text) {
        try {
            return ThaiDateFormat.parse(text);
        } catch (TidtamException e) {
            return null;
        }
    }

    /**
     * Text that is not a date leaves the picker's value as it was (and the text as typed), so the form can
     * quote the bad input in its validation message instead of silently clearing it.
     */
    static StringConverter<LocalDate> converter(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) { return format(date); }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return ThaiDateFormat.parse(text);
                } catch (TidtamException e) {
                    return picker.getValue();
                }
            }
        };
    }
}
