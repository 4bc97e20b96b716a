package org.tidtam.ui.register;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterQuery;

/**
 * What the clerk is looking for beside the year: the search text (number, sender, subject and the
 * letter's text) and the urgency, status and assignee filters; null or blank means "any".
 */
public final class FindFilters {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>();
    private final ObjectProperty<LetterStatus> status = new SimpleObjectProperty<>();
    private final StringProperty assignee = new SimpleStringProperty("");

    public StringProperty textProperty() { return text; }

    public ObjectProperty<Urgency> urgencyProperty() { return urgency; }

    public ObjectProperty<LetterStatus> statusProperty() { return status; }

    public StringProperty assigneeProperty() { return assignee; }

    /** The filters other than the text, which reload at once (the text waits for typing to pause). */
    Observable[] choices() { return new Observable[] {urgency, status, assignee}; }

    RegisterQuery query(Integer yearBe) {
        return new RegisterQuery(yearBe, blankToNull(text.get()), urgency.get(), status.get(),
                blankToNull(assignee.get()));
    }

    /** Something narrows the list besides the year. */
    boolean active() {
        return blankToNull(text.get()) != null || urgency.get() != null || status.get() != null
                || blankToNull(assignee.get()) != null;
    }

    void clearChoices() {
        urgency.set(null);
        status.set(null);
        assignee.set("");
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
