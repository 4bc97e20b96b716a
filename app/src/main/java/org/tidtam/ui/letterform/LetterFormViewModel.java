package org.tidtam.ui.letterform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.LetterValidator;
import org.tidtam.letter.Validation;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterStore;
import org.tidtam.thai.ThaiDateFormat;

/**
 * The new-letter / edit-entry form's state: one property per field (dates as the text the clerk typed, so
 * a bad date can be quoted back), validation into per-field messages, and the save itself. save() is the
 * only method meant for a worker thread; it touches no property.
 */
public final class LetterFormViewModel {
    private final RegisterStore store;
    private final Messages messages;
    private final String user;
    private final Letter editing;
    private LetterDraft base;
    private java.util.function.Supplier<List<org.tidtam.letter.Deadline>> deadlines = () -> base.deadlines();
    private java.util.function.Function<LetterDraft, Letter> saver;
    private final FormSnapshot initial;

    final StringProperty number = new SimpleStringProperty("");
    final StringProperty letterDate = new SimpleStringProperty("");
    final StringProperty sender = new SimpleStringProperty("");
    final StringProperty recipient = new SimpleStringProperty("");
    final StringProperty subject = new SimpleStringProperty("");
    final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(Urgency.NORMAL);
    final ObjectProperty<Secrecy> secrecy = new SimpleObjectProperty<>(Secrecy.NORMAL);
    final StringProperty receivedDate = new SimpleStringProperty("");
    final StringProperty receivedTime = new SimpleStringProperty("");
    final StringProperty action = new SimpleStringProperty("");
    final StringProperty remarks = new SimpleStringProperty("");
    final StringProperty unit = new SimpleStringProperty("");
    final StringProperty officer = new SimpleStringProperty("");
    final ObjectProperty<LetterStatus> status = new SimpleObjectProperty<>(LetterStatus.RECEIVED);
    private final javafx.collections.ObservableList<String> unitChoices = FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<String> officerChoices = FXCollections.observableArrayList();
    private RoutingChoices choices = RoutingChoices.NONE;
    private boolean filling;
    /** The status chosen when the draft was validated: save() runs on a worker and reads no property. */
    private volatile LetterStatus statusToSave = LetterStatus.RECEIVED;
    final StringProperty text = new SimpleStringProperty("");
    /** The validator names fields as the draft does; the form names its date fields apart. */
    private static final Map<String, String> FORM_FIELD = Map.of("date", "letterDate", "receivedAt", "receivedDate");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    /** A form for a new letter (editing null, received now) or for correcting an entry. */
    public LetterFormViewModel(RegisterStore store, Messages messages, String user, Letter editing,
                               LocalDateTime now) {
        this.store = store;
        this.messages = messages;
        this.user = user;
        this.editing = editing;
        this.base = editing != null ? editing.fields() : LetterDraft.empty(now);
        status.set(editing != null ? editing.status() : LetterStatus.RECEIVED);
        fill(base);
        unit.addListener((o, old, now2) -> routed(old, officer.get(), now2));
        officer.addListener((o, old, now2) -> routed(unit.get(), old, now2));
        this.initial = snapshot();
    }

    public boolean isEditing() { return editing != null; }

    /** Offers the directory's active units and officers; names typed in are still taken. */
    public void offer(List<org.tidtam.letter.Unit> units, List<org.tidtam.letter.Officer> officers) {
        offer(new RoutingChoices(units, officers));
    }

    void offer(RoutingChoices offered) {
        choices = offered;
        unitChoices.setAll(choices.unitNames());
        offerOfficers();
    }

    /** The units offered for the unit field. */
    public javafx.collections.ObservableList<String> unitChoices() { return unitChoices; }

    /** The officers offered: those of the chosen unit, or all when it has none listed. */
    public javafx.collections.ObservableList<String> officerChoices() { return officerChoices; }

    /**
     * Narrows the officers to the unit; fills the unit from a listed officer; and when the letter gets its
     * first assignee while still รับแล้ว, proposes มอบหมายแล้ว (the clerk may change it back).
     */
    private void routed(String unitBefore, String officerBefore, String changed) {
        if (filling) {
            return;
        }
        offerOfficers();
        if (blank(unit.get())) {
            choices.unitOf(officer.get()).ifPresent(unit::set);
        }
        boolean wasUnassigned = blank(unitBefore) && blank(officerBefore);
        if (wasUnassigned && !blank(changed) && status.get() == LetterStatus.RECEIVED) {
            status.set(LetterStatus.ASSIGNED);
        }
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    /** An editable list's value is null until something is chosen or typed. */
    private static String orEmpty(String s) { return s == null ? "" : s.strip(); }

    /** Only when the list changes: a list reset while its field is being edited would disturb it. */
    private void offerOfficers() {
        List<String> next = choices.officerNames(unit.get());
        if (!officerChoices.equals(next)) {
            officerChoices.setAll(next);
        }
    }

    public Letter editing() { return editing; }

    /** Field name → message for the fields that failed the last validation. */
    public ObservableMap<String, String> errors() { return errors; }

    public boolean isDirty() { return !snapshot().equals(initial); }

    /** Checks every field; on success the draft to save, else empty with {@link #errors()} filled. */
    public Optional<LetterDraft> validate() {
        errors.clear();
        LocalDate date = date("letterDate", letterDate.get());
        LocalDate received = date("receivedDate", receivedDate.get());
        LocalTime time = time(receivedTime.get());
        if (received == null && !errors.containsKey("receivedDate")) {
            errors.put("receivedDate", messages.get("ui.form.required"));
        }
        if (time == null && !errors.containsKey("receivedTime")) {
            errors.put("receivedTime", messages.get("ui.form.required"));
        }
        if (!errors.isEmpty()) {
            require("sender", sender.get(), "register.sender.missing");
            require("subject", subject.get(), "register.subject.missing");
            return Optional.empty();
        }
        LetterDraft draft = new LetterDraft(number.get(), date, sender.get(), recipient.get(), subject.get(),
                urgency.get(), secrecy.get(), received.atTime(time),
                action.get(), unit.get(), officer.get(), remarks.get(), text.get(), deadlines.get(),
                base.fileSha256(), base.fileName());
        for (Validation.Problem p : LetterValidator.validate(draft).errors()) {
            errors.putIfAbsent(FORM_FIELD.getOrDefault(p.field(), p.field()), messages.get(p.key(), p.args().toArray()));
        }
        statusToSave = status.get();
        return errors.isEmpty() ? Optional.of(draft) : Optional.empty();
    }

    /**
     * Fills the form with a proposed draft (read from a file or pasted text); its file hash and name go
     * with the saved draft. The form stays dirty, so closing asks before the reading is lost.
     */
    public void load(LetterDraft proposed) {
        base = proposed;
        fill(proposed);
    }

    /** Where the saved draft's deadlines come from (the review's accepted ones); default: the base draft's. */
    public void deadlinesFrom(java.util.function.Supplier<List<org.tidtam.letter.Deadline>> source) {
        this.deadlines = source;
    }

    /** Saves new entries another way (with the original file); runs on a worker thread like save(). */
    public void saveWith(java.util.function.Function<LetterDraft, Letter> newEntrySaver) {
        this.saver = newEntrySaver;
    }

    /** The regulation allows it (a letter may be back-dated), but it is usually a typing slip: warn. */
    public static boolean receivedBeforeLetterDate(LetterDraft draft) {
        return draft.date() != null && draft.receivedAt().toLocalDate().isBefore(draft.date());
    }

    /** Stores the draft: a new entry, or an audited edit. Runs on a worker thread. */
    public Letter save(LetterDraft draft) {
        LetterStatus chosen = statusToSave;
        if (editing != null) {
            return store.update(editing.id(), draft, chosen, user);
        }
        Letter saved = saver != null ? saver.apply(draft) : store.register(draft, user);
        // a new entry is registered as รับแล้ว; an assignment made in the same form follows as its own audit row
        return chosen == saved.status() ? saved : store.update(saved.id(), saved.fields(), chosen, user);
    }

    private void fill(LetterDraft d) {
        filling = true;
        unit.set(d.unit());
        officer.set(d.officer());
        filling = false;
        offerOfficers();
        number.set(d.number());
        letterDate.set(ThaiDateFormat.numeric(d.date()));
        sender.set(d.sender());
        recipient.set(d.recipient());
        subject.set(d.subject());
        urgency.set(d.urgency());
        secrecy.set(d.secrecy());
        receivedDate.set(ThaiDateFormat.numeric(d.receivedAt().toLocalDate()));
        receivedTime.set(ThaiDateFormat.time(d.receivedAt().toLocalTime()));
        action.set(d.action());
        remarks.set(d.remarks());
        text.set(d.text());
    }

    private LocalDate date(String field, String value) {
        try {
            return ThaiDateFormat.parse(value);
        } catch (TidtamException e) {
            errors.put(field, messages.of(e));
            return null;
        }
    }

    private LocalTime time(String value) {
        try {
            return ThaiDateFormat.parseTime(value);
        } catch (TidtamException e) {
            errors.put("receivedTime", messages.of(e));
            return null;
        }
    }

    private void require(String field, String value, String key) {
        if (value == null || value.isBlank()) {
            errors.put(field, messages.get(key));
        }
    }

    private record FormSnapshot(List<Object> values) { }

    private FormSnapshot snapshot() {
        return new FormSnapshot(List.of(number.get(), letterDate.get(), sender.get(), recipient.get(),
                subject.get(), urgency.get(), secrecy.get(), receivedDate.get(), receivedTime.get(), action.get(),
                remarks.get(), text.get(), orEmpty(unit.get()), orEmpty(officer.get()), status.get()));
    }
}
