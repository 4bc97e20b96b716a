package org.tidtam.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the reminder table as typed: for a deadline kind, the days before ("7, 3, 1"), whether to
 * remind on the day, and the time of day; for an urgency, extra days before and a reminder on receipt.
 *
 * @param key a DeadlineKind or Urgency name
 */
record ReminderRow(String key, StringProperty daysBefore, BooleanProperty onTheDay, StringProperty time) {
    ReminderRow(String key) {
        this(key, new SimpleStringProperty(""), new SimpleBooleanProperty(), new SimpleStringProperty(""));
    }

    void set(String days, boolean onDay, String at) {
        daysBefore.set(days);
        onTheDay.set(onDay);
        time.set(at);
    }

    Object state() { return java.util.List.of(daysBefore.get(), onTheDay.get(), time.get()); }
}
