package org.tidtam.ui.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tidtam.extract.Trace;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Span;
import org.tidtam.registry.LetterProposal;
import org.tidtam.registry.ProposalWarning;
import org.tidtam.store.RegisterRow;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.TaskRunner;

/**
 * The review's state: the proposal read from pasted text or a file, its deadlines as table rows, where each
 * form field's words stand in the text, and what the clerk should check. Reading, extraction, the
 * duplicate look-up and the save run on the task runner; handlers touch properties on the FX thread.
 */
public final class ReviewViewModel {
    /** Extractor trace names → the form's field ids. */
    static final Map<String, String> FORM_FIELD = Map.of("number", "number", "date", "letterDate",
            "sender", "sender", "to", "recipient", "subject", "subject", "urgency", "urgency", "secrecy", "secrecy");
    private final ReviewServices services;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObjectProperty<LetterProposal> proposal = new SimpleObjectProperty<>();
    private final ObservableList<DeadlineItem> deadlines = FXCollections.observableArrayList();

    public ReviewViewModel(ReviewServices services, TaskRunner runner, Messages messages) {
        this.services = services;
        this.runner = runner;
        this.messages = messages;
    }

    public ReadOnlyObjectProperty<LetterProposal> proposalProperty() { return proposal; }

    public ObservableList<DeadlineItem> deadlines() { return deadlines; }

    /** Reads pasted text off the FX thread; errors go to onError. */
    public void paste(String text, Consumer<Throwable> onError) {
        runner.submit(BackgroundTask.of(() -> services.proposals().fromText(text))
                .onSuccess(this::show).onError(Throwable.class, onError::accept));
    }

    /** Reads a file off the FX thread (e.g. a PDF without text fails with intake.* and its name). */
    public void open(Path file, Consumer<Throwable> onError) {
        runner.submit(BackgroundTask.of(() -> services.proposals().fromFile(file))
                .onSuccess(this::show).onError(Throwable.class, onError::accept));
    }

    /** Registers another letter of the same file (0-based). */
    public void choose(int index) {
        LetterProposal p = proposal.get();
        if (p != null && index != p.index()) {
            show(services.proposals().choose(p, index));
        }
    }

    /** A deadline typed by hand: due on the given day, accepted. */
    public DeadlineItem addManual(java.time.LocalDate day) {
        DeadlineItem item = new DeadlineItem(Deadline.manual(org.tidtam.letter.DeadlineKind.OTHER, day, null, ""),
                null);
        deadlines.add(item);
        return item;
    }

    /** The deadlines the clerk accepted, as edited. */
    public List<Deadline> accepted() {
        return deadlines.stream().filter(d -> d.accepted.get()).map(DeadlineItem::toDeadline).toList();
    }

    /** Existing entries the draft would duplicate; looked up on the worker, answered on the FX thread. */
    public void findDuplicates(LetterDraft draft, Consumer<List<RegisterRow>> answer, Consumer<Throwable> onError) {
        runner.submit(BackgroundTask.of(() -> services.duplicates().find(draft))
                .onSuccess(answer).onError(Throwable.class, onError::accept));
    }

    /**
     * Saves with the original file kept (pasted text has none); a classified letter keeps only its register
     * fields unless the office's setting says otherwise. Runs on a worker thread.
     */
    public Letter register(LetterDraft draft) {
        LetterProposal p = proposal.get();
        return services.registrar().register(draft, p == null ? null : p.file(),
                services.keepClassifiedContent().getAsBoolean());
    }

    /** Form field id → the words it was read from, offsets into the proposal's text. */
    public Map<String, Span> fieldSpans() {
        Map<String, Span> out = new LinkedHashMap<>();
        LetterProposal p = proposal.get();
        if (p == null || p.letter().isEmpty()) {
            return out;
        }
        for (Trace t : p.letter().get().trace()) {
            String id = FORM_FIELD.get(t.field());
            if (id != null && t.span() != null) {
                out.putIfAbsent(id, t.span());
            }
        }
        return out;
    }

    /** Form field id → what the clerk should check there (missing, classified). */
    public Map<String, String> fieldWarnings() {
        Map<String, String> out = new LinkedHashMap<>();
        LetterProposal p = proposal.get();
        if (p != null) {
            for (ProposalWarning w : p.warnings()) {
                String id = FORM_FIELD.get(w.field());
                if (id != null) {
                    out.merge(id, w.message(messages), (a, b) -> a + "\n" + b);
                }
            }
        }
        return out;
    }

    /** Warnings not tied to one field (encoding, several letters): shown above the text. */
    public List<String> generalWarnings() {
        List<String> out = new ArrayList<>();
        LetterProposal p = proposal.get();
        if (p != null) {
            p.warnings().stream().filter(w -> w.field().equals("file") || w.field().equals("letter"))
                    .forEach(w -> out.add(w.message(messages)));
        }
        return out;
    }

    private void show(LetterProposal p) {
        List<DeadlineItem> items = new ArrayList<>();
        List<Deadline> proposed = p.draft().deadlines();
        for (int i = 0; i < proposed.size(); i++) {
            items.add(new DeadlineItem(proposed.get(i), warningFor(p, "deadlines[" + i + "]")));
        }
        deadlines.setAll(items);
        proposal.set(null); // the same text pasted again is an equal record: still a new reading
        proposal.set(p);
    }

    private String warningFor(LetterProposal p, String field) {
        return p.warnings().stream().filter(w -> w.field().equals(field)).map(w -> w.message(messages))
                .findFirst().orElse(null);
    }
}
