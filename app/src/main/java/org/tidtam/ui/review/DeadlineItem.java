package org.tidtam.ui.review;

import java.time.LocalDate;
import java.time.LocalTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;

/**
 * One row of the deadlines table: a proposed (or hand-made) deadline the clerk accepts, rejects or edits.
 * The evidence and span stay as read; an edit of the day, time, kind or action replaces only those.
 */
public final class DeadlineItem {
    private final Deadline proposed;
    private final String warning;
    final BooleanProperty accepted = new SimpleBooleanProperty(true);
    final ObjectProperty<DeadlineKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    final ObjectProperty<LocalTime> time = new SimpleObjectProperty<>();
    final StringProperty action = new SimpleStringProperty("");

    /** @param warning the low-confidence message to show, or null */
    DeadlineItem(Deadline proposed, String warning) {
        this.proposed = proposed;
        this.warning = warning;
        kind.set(proposed.kind());
        due.set(proposed.due());
        time.set(proposed.time());
        action.set(proposed.action());
    }

    public Deadline proposed() { return proposed; }

    public String warning() { return warning; }

    public boolean isLowConfidence() { return warning != null; }

    public BooleanProperty acceptedProperty() { return accepted; }

    public ObjectProperty<DeadlineKind> kindProperty() { return kind; }

    public ObjectProperty<LocalDate> dueProperty() { return due; }

    public ObjectProperty<LocalTime> timeProperty() { return time; }

    public StringProperty actionProperty() { return action; }

    /** The deadline as the clerk left it; a relative one keeps its rule until a day is typed. */
    public Deadline toDeadline() {
        Deadline p = proposed;
        LocalDate end = p.end() != null && due.get() != null && !p.end().isBefore(due.get()) ? p.end() : null;
        return new Deadline(null, kind.get(), due.get(), end, time.get(), due.get() == null || due.get().equals(p.due()) ? p.relative() : null,
                action.get(), p.evidence(), p.span(), p.confidence(), p.status(), null, null, null);
    }
}
