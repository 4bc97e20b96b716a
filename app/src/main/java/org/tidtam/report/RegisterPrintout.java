package org.tidtam.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The incoming register for a range of received dates, ready to print and file. Cancelled entries stay in
 * (numbers are never reused) and are marked in the remarks by the writers.
 */
public record RegisterPrintout(LocalDate from, LocalDate to, List<RegisterLine> lines) {
    public RegisterPrintout {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("register range " + from + " – " + to + " is empty");
        }
        lines = List.copyOf(lines);
    }

    /** The entries received from {@code from} through {@code to}, by registration number. */
    public static RegisterPrintout of(LocalDate from, LocalDate to, Collection<SummaryLetter> letters,
                                      SummaryOptions options) {
        SummaryOptions opts = options == null ? SummaryOptions.defaults() : options;
        List<RegisterLine> lines = letters.stream()
                .filter(l -> !l.receivedOn().isBefore(from) && !l.receivedOn().isAfter(to))
                .sorted(Comparator.comparing(SummaryLetter::regNo))
                .map(l -> new RegisterLine(l.regNo(), l.receivedAt(), l.number(), l.date(), l.sender(),
                        l.recipient(), Masking.text(l.subject(), l.secrecy(), opts), action(l), l.remarks(),
                        l.cancelled()))
                .toList();
        return new RegisterPrintout(from, to, lines);
    }

    /** การปฏิบัติ: what the clerk wrote, else to whom it went. */
    private static String action(SummaryLetter l) {
        return l.action().isEmpty() ? l.assignee() : l.action();
    }
}
