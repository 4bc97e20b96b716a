package org.tidtam.registry;

import java.util.List;

/**
 * The end of an import: one outcome per file in the order they were taken.
 *
 * @param outcomes  per file: registered, duplicate skipped or failed
 * @param total     files found (after expanding folders); more than outcomes when cancelled
 * @param cancelled true when the clerk stopped it between two files
 * @param dryRun    true when nothing was written
 */
public record ImportSummary(List<FileOutcome> outcomes, int total, boolean cancelled, boolean dryRun) {
    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    public List<FileOutcome.Registered> registered() { return of(FileOutcome.Registered.class); }

    public List<FileOutcome.Duplicate> duplicates() { return of(FileOutcome.Duplicate.class); }

    public List<FileOutcome.Failed> failed() { return of(FileOutcome.Failed.class); }

    /** Every file registered or skipped as a duplicate, and not cancelled. */
    public boolean allOk() { return failed().isEmpty() && !cancelled; }

    private <T extends FileOutcome> List<T> of(Class<T> type) {
        return outcomes.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
