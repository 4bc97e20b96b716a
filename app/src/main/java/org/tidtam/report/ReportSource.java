package org.tidtam.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the reports get their rows; the store implements it with two queries. Returning more than asked
 * is harmless (the builders filter), returning less loses rows.
 */
public interface ReportSource extends AutoCloseable {

    /** Every register entry received from {@code from} through {@code to} (by received date), cancelled ones too. */
    List<SummaryLetter> lettersReceived(LocalDate from, LocalDate to);

    /**
     * Every deadline that has a day and is still open, plus those closed (done or dismissed) on or after
     * {@code closedSince}, each with its letter's registration number, number, subject, secrecy and assignee.
     * In SQL: {@code due IS NOT NULL AND (status = 'OPEN' OR done_on >= :closedSince)}.
     */
    List<SummaryDeadline> deadlines(LocalDate closedSince);

    /** The office's setting: show classified letters' subjects (default off: the grade only). */
    default boolean showClassifiedSubjects() { return false; }
    /**
     * The same, but open deadlines due after {@code dueThrough} may be left out: the weekly summary never
     * shows them, and a large register has many (by default they are returned too).
     */
    default List<SummaryDeadline> deadlines(LocalDate closedSince, LocalDate dueThrough) {
        return deadlines(closedSince);
    }

    /** Releases the database connection, if the source holds one. */
    @Override
    default void close() { }
}
