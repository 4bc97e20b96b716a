package org.tidtam.ui.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.remind.Bucket;
import org.tidtam.remind.BucketedDeadline;
import org.tidtam.remind.DeadlineBuckets;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.Reminder;
import org.tidtam.store.DeadlineQuery;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;

/**
 * The dashboard's state: open deadlines by bucket under the kind/unit/officer filters, and the reminders
 * due now. Loads and changes go through the task runner; only handlers touch the properties.
 */
public final class DashboardViewModel {
    /** At most this many overdue (the latest) and this many coming deadlines are loaded. */
    static final int SHOWN_PER_SIDE = 1000;
    /** Overdue deadlines counted at most (then "more than 100,000"): cheap enough for the minute's reload. */
    static final long OVERDUE_COUNT_LIMIT = 100_000;
    private final DeadlineServices services;
    private final TaskRunner runner;
    private final Clock clock;
    private final String user;
    private final Consumer<Throwable> onError;
    private final Map<Bucket, ObservableList<BucketedDeadline>> buckets = new EnumMap<>(Bucket.class);
    private final ObservableList<Reminder> reminders = FXCollections.observableArrayList();
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableList<String> officers = FXCollections.observableArrayList();
    private final ObjectProperty<DeadlineKind> kind = new SimpleObjectProperty<>();
    private final StringProperty unit = new SimpleStringProperty();
    private final StringProperty officer = new SimpleStringProperty();
    private final ObjectProperty<BucketedDeadline> selected = new SimpleObjectProperty<>();
    private final Set<String> announced = new HashSet<>();
    private Consumer<List<Reminder>> onNewReminders = r -> { };
    private final javafx.beans.property.LongProperty overdueTotal = new javafx.beans.property.SimpleLongProperty();
    /** The buckets in the order the dashboard offers them, most urgent first. */
    static final List<Bucket> ORDER = List.of(Bucket.OVERDUE, Bucket.TODAY, Bucket.THIS_WEEK, Bucket.NEXT_TWO_WEEKS,
            Bucket.LATER, Bucket.UNDATED);
    private final ObjectProperty<Bucket> shownBucket = new SimpleObjectProperty<>(Bucket.OVERDUE);
    /** Until the clerk picks a bucket, each load shows the most urgent one that has deadlines. */
    private boolean bucketPicked;

    public DashboardViewModel(DeadlineServices services, TaskRunner runner, Clock clock, String user,
                              Consumer<Throwable> onError) {
        this.services = services;
        this.runner = runner;
        this.clock = clock;
        this.user = user;
        this.onError = onError;
        for (Bucket b : Bucket.values()) {
            buckets.put(b, FXCollections.observableArrayList());
        }
        kind.addListener((o, a, b) -> refresh());
        unit.addListener((o, a, b) -> refresh());
        officer.addListener((o, a, b) -> refresh());
    }

    public ObservableList<BucketedDeadline> bucket(Bucket b) { return buckets.get(b); }

    /** The bucket the table lists. */
    public ObjectProperty<Bucket> shownBucket() { return shownBucket; }

    /** The clerk's own choice: kept over later loads unless that bucket empties. */
    void pick(Bucket b) {
        bucketPicked = true;
        shownBucket.set(b);
    }

    public ObservableList<Reminder> reminders() { return reminders; }

    /** All overdue deadlines when the dashboard shows only the newest SHOWN_PER_SIDE of them, else 0. */
    public javafx.beans.property.ReadOnlyLongProperty overdueTotal() { return overdueTotal; }

    static int shownPerSide() { return SHOWN_PER_SIDE; }

    static long overdueCountLimit() { return OVERDUE_COUNT_LIMIT; }

    public ObservableList<String> units() { return units; }

    public ObservableList<String> officers() { return officers; }

    public ObjectProperty<DeadlineKind> kindFilter() { return kind; }

    public StringProperty unitFilter() { return unit; }

    public StringProperty officerFilter() { return officer; }

    public ObjectProperty<BucketedDeadline> selectedProperty() { return selected; }

    public LocalDate today() { return LocalDate.now(clock); }

    /** Called on the FX thread with reminders not announced before in this session (for the tray). */
    public void setOnNewReminders(Consumer<List<Reminder>> action) { this.onNewReminders = action; }

    /** Reloads deadlines and due reminders under the current filters. */
    public void refresh() {
        DeadlineQuery query = DeadlineQuery.open();
        DeadlineKind k = kind.get();
        String u = unit.get();
        String o = officer.get();
        runner.submit(BackgroundTask.of(() -> load(query, k, u, o)).onSuccess(data -> {
                    org.tidtam.ui.StartMarks.mark("dashboard in");
                    show(data);
                })
                .onError(Throwable.class, onError::accept));
    }

    private DashboardData load(DeadlineQuery query, DeadlineKind k, String u, String o) {
        // bounded: a large register holds millions of open deadlines (docs/decisions/0016)
        List<DeadlineEntry> open = services.deadlines().openAround(today(), SHOWN_PER_SIDE);
        List<DeadlineEntry> shown = open.stream().filter(e -> k == null || e.deadline().kind() == k)
                .filter(e -> u == null || u.isBlank() || u.equals(e.letter().unit()))
                .filter(e -> o == null || o.isBlank() || o.equals(e.letter().officer())).toList();
        List<Reminder> due = services.planner().get().dueNow(open, services.states(), clock);
        long overdue = open.stream().filter(e -> e.deadline().due() != null && e.deadline().due().isBefore(today()))
                .count();
        long overdueTotal = overdue < SHOWN_PER_SIDE ? 0 : services.deadlines().countOverdue(today(), OVERDUE_COUNT_LIMIT);
        return new DashboardData(DeadlineBuckets.classify(shown, clock), distinct(open, true), distinct(open, false), due,
                overdueTotal > overdue ? overdueTotal : 0);
    }

    private static List<String> distinct(List<DeadlineEntry> entries, boolean units) {
        return entries.stream().map(e -> units ? e.letter().unit() : e.letter().officer()).filter(s -> !s.isBlank())
                .distinct().sorted().toList();
    }

    private void show(DashboardData data) {
        boolean hadRows = !bucket(shownBucket.get()).isEmpty();
        data.buckets().forEach((b, rows) -> buckets.get(b).setAll(rows));
        if (!bucketPicked || hadRows && bucket(shownBucket.get()).isEmpty()) {
            ORDER.stream().filter(b -> !bucket(b).isEmpty()).findFirst().ifPresent(shownBucket::set);
        }
        syncChoices(units, data.units());
        syncChoices(officers, data.officers());
        reminders.setAll(data.reminders());
        overdueTotal.set(data.overdueTotal());
        List<Reminder> fresh = data.reminders().stream().filter(r -> announced.add(r.key())).toList();
        if (!fresh.isEmpty()) {
            onNewReminders.accept(fresh);
        }
    }

    private static void syncChoices(ObservableList<String> target, List<String> values) {
        List<String> withAll = new java.util.ArrayList<>();
        withAll.add("");
        withAll.addAll(values);
        if (!Objects.equals(target, withAll)) {
            target.setAll(withAll);
        }
    }

    public void markDone(DeadlineEntry entry, String note, String replyNumber) {
        change(() -> services.deadlines().markDone(entry.id(), note, replyNumber, user, today()));
    }

    public void dismiss(DeadlineEntry entry, String reason) {
        change(() -> services.deadlines().dismiss(entry.id(), reason, user, today()));
    }

    /** Hides the reminder until the given instant; it comes back then (the minute tick re-checks). */
    public void snooze(Reminder reminder, Instant until) {
        change(() -> {
            services.states().snooze(reminder.key(), until);
            return null;
        });
    }

    /** The reminder never shows again. */
    public void acknowledge(Reminder reminder) {
        change(() -> {
            services.states().acknowledge(reminder.key(), clock.instant());
            return null;
        });
    }

    /** The reminder of this deadline that is showing now, if any (what "snooze" on a row acts on). */
    public java.util.Optional<Reminder> reminderOf(DeadlineEntry entry) {
        return reminders.stream().filter(r -> r.entry().id() == entry.id()).findFirst();
    }

    private void change(java.util.concurrent.Callable<?> work) {
        runner.submit(BackgroundTask.of(work).onSuccess(v -> refresh()).onError(Throwable.class, onError::accept));
    }
}
