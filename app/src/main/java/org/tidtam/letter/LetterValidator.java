package org.tidtam.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a draft before it is registered or saved: sender and subject are required, years must lie within
 * พ.ศ. 2400–2700; a letter received before its own date is only a warning (the date may be misprinted).
 * Impossible dates (30 February) cannot reach here: they fail where the text is parsed.
 */
public final class LetterValidator {
    public static final int MIN_YEAR_BE = 2400;
    public static final int MAX_YEAR_BE = 2700;
    private static final int BE_OFFSET = 543;

    private LetterValidator() { }

    public static Validation validate(LetterDraft d) {
        List<Validation.Problem> errors = new ArrayList<>();
        List<Validation.Problem> warnings = new ArrayList<>();
        if (d.sender().isEmpty()) {
            errors.add(problem("sender", "register.sender.missing"));
        }
        if (d.subject().isEmpty()) {
            errors.add(problem("subject", "register.subject.missing"));
        }
        if (d.receivedAt() == null) {
            errors.add(problem("receivedAt", "register.received.missing"));
        } else {
            checkYear("receivedAt", d.receivedAt().toLocalDate(), errors);
        }
        checkYear("date", d.date(), errors);
        d.deadlines().forEach(dl -> checkYear("deadlines", dl.due(), errors));
        if (d.date() != null && d.receivedAt() != null && d.receivedAt().toLocalDate().isBefore(d.date())) {
            warnings.add(problem("receivedAt", "register.received.beforeDate",
                    d.receivedAt().toLocalDate(), d.date()));
        }
        return new Validation(errors, warnings);
    }

    public static int yearBe(LocalDate date) { return date.getYear() + BE_OFFSET; }

    private static void checkYear(String field, LocalDate date, List<Validation.Problem> errors) {
        if (date != null && (yearBe(date) < MIN_YEAR_BE || yearBe(date) > MAX_YEAR_BE)) {
            errors.add(problem(field, "errors.date.yearRange", String.valueOf(yearBe(date))));
        }
    }

    private static Validation.Problem problem(String field, String key, Object... args) {
        return new Validation.Problem(field, key, List.of(args));
    }
}
