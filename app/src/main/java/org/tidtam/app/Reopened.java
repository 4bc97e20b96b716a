package org.tidtam.app;

/**
 * A Core opened again after work on its closed database file ({@link Core#reopenAfter}).
 *
 * @param core    the new Core, to use from now on
 * @param value   what the work returned, null when it failed
 * @param failure why the work failed (the file was then left as the work left it), null when it succeeded
 */
public record Reopened<T>(Core core, T value, RuntimeException failure) {
    public Reopened {
        java.util.Objects.requireNonNull(core, "core");
    }

    public boolean succeeded() { return failure == null; }
}
