package org.tidtam.ui.common;

/**
 * How far a long task has come: {@code done} steps of {@code total}, and a line saying what it is doing
 * (for an import, the file being read).
 */
public record ProgressUpdate(long done, long total, String message) {
    public ProgressUpdate {
        if (done < 0 || total < 0) {
            throw new IllegalArgumentException("progress must not be negative: " + done + " of " + total);
        }
        message = message == null ? "" : message;
    }

    /** 0..1 for a progress bar; indeterminate (-1) while the total is unknown. */
    public double fraction() { return total == 0 ? -1 : Math.min(1.0, (double) done / total); }
}
