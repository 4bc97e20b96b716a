package org.tidtam.store;

/** Told how far a long job (bulk load, index build) has got; the CLI prints it to stderr. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (stage, done) -> { };

    void progress(String stage, long done);
}
