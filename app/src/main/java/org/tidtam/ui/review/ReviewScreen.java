package org.tidtam.ui.review;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Span;
import org.tidtam.registry.LetterProposal;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.SourceView;
import org.tidtam.ui.common.UiContext;
import org.tidtam.ui.detail.FollowUpOffer;
import org.tidtam.ui.letterform.LetterFormView;
import org.tidtam.ui.letterform.LetterFormViewModel;

/**
 * The new-letter screen: the letter form, with the letter's text beside it instead of a blank text box.
 * Paste (Ctrl+V when the focus is not in an editable field, or when the clipboard holds several lines,
 * which no single field takes; Ctrl+Shift+V always), drop a file or text on the window, or open a file
 * (Ctrl+O); the form fills in, the words each value came from are highlighted, and focusing a field or a
 * deadline marks its words. Saving (Ctrl+S) warns first when the letter is already in the register.
 */
public final class ReviewScreen {
    static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PASTE_LETTER =
            new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private final UiContext ctx;
    private final ReviewViewModel review;
    private final LetterFormView form;
    private final SourceView source;
    private final LetterChooser chooser;
    private final Label warnings = new Label();
    private Node typedText;

    public ReviewScreen(UiContext ctx, ReviewServices services, Consumer<Letter> onSaved) {
        this.ctx = ctx;
        this.review = new ReviewViewModel(services, ctx.runner(), ctx.messages());
        var model = new LetterFormViewModel(ctx.store(), ctx.messages(), ctx.user(), null, ctx.now());
        model.deadlinesFrom(review::accepted);
        model.saveWith(review::register);
        // a letter that postpones or cancels an earlier one's meeting asks first (org.tidtam.followup)
        this.form = new LetterFormView(ctx, model, saved -> afterSave(saved, onSaved));
        this.source = new SourceView(ctx.text("review.source"));
        this.chooser = new LetterChooser(ctx, review);
        form.sidePane(this::side);
        form.guardSave(this::checkDuplicates);
        review.proposalProperty().addListener((o, old, p) -> {
            if (p != null) {
                show(model, p);
            }
        });
    }

    public ReviewScreen show(Window owner) {
        form.show(owner);
        install(form.stage().getScene());
        return this;
    }

    public LetterFormView form() { return form; }

    public ReviewViewModel model() { return review; }

    /** Pastes the clipboard's text as the letter. */
    public void pasteLetter() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            Dialogs.showInfo(form.stage(), ctx.messages(), ctx.text("review.paste"), ctx.text("review.paste.empty"));
            return;
        }
        review.paste(text, this::showError);
    }

    public void openFile(File file) {
        if (file != null) {
            review.open(file.toPath(), this::showError);
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("review.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ctx.text("review.open.letters"), "*.txt", "*.md", "*.pdf", "*.docx"),
                new FileChooser.ExtensionFilter(ctx.text("review.open.all"), "*"));
        openFile(chooser.showOpenDialog(form.stage()));
    }

    private Node side(Node textPane) {
        typedText = textPane;
        Button paste = button("pasteLetterButton", "review.paste.button", this::pasteLetter);
        Button open = button("openFileButton", "review.open.button", this::chooseFile);
        Button add = button("addDeadlineButton", "review.deadline.add", this::addDeadline);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, paste, open, chooser.node());
        warnings.setId("reviewWarnings");
        warnings.getStyleClass().add("review-warnings");
        warnings.setWrapText(true);
        warnings.managedProperty().bind(warnings.textProperty().isNotEmpty());
        source.node().setVisible(false);
        StackPane text = new StackPane(textPane, source.node());
        DeadlinesTable table = new DeadlinesTable(ctx, review);
        table.table().getSelectionModel().selectedItemProperty().addListener((o, a, item) ->
                source.mark(item == null ? null : item.proposed().span()));
        Label title = new Label(ctx.text("review.deadlines"));
        title.getStyleClass().add("form-label");
        title.setLabelFor(table.table());
        VBox deadlines = new VBox(6, new javafx.scene.layout.HBox(12, title, add), table.table());
        VBox.setVgrow(table.table(), javafx.scene.layout.Priority.ALWAYS);
        VBox top = new VBox(6, bar, warnings, text);
        VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(top, deadlines);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        split.setPadding(new javafx.geometry.Insets(8));
        split.setId("reviewPane");
        return split;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void install(Scene scene) {
        scene.getStylesheets().add(ReviewScreen.class.getResource("/org/tidtam/ui/review/review.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE_LETTER.match(e) || PASTE.match(e) && pasteMeansLetter(scene)) {
                e.consume();
                pasteLetter();
            }
        });
        scene.getAccelerators().put(OPEN, this::chooseFile);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var board = e.getDragboard();
            if (board.hasFiles() && !board.getFiles().isEmpty()) {
                openFile(board.getFiles().get(0));
            } else if (board.hasString()) {
                review.paste(board.getString(), this::showError);
            }
            e.setDropCompleted(board.hasFiles() || board.hasString());
            e.consume();
        });
        scene.focusOwnerProperty().addListener((o, old, now) -> markField(now));
    }

    /** Plain Ctrl+V pastes the letter unless it is meant for the editable field that has the focus. */
    private static boolean pasteMeansLetter(Scene scene) {
        boolean inField = scene.getFocusOwner() instanceof TextInputControl t && t.isEditable();
        String clip = Clipboard.getSystemClipboard().getString();
        return !inField || clip != null && clip.lines().limit(3).count() >= 3;
    }

    private void show(LetterFormViewModel model, LetterProposal p) {
        model.load(p.draft());
        java.util.List<Span> spans = new java.util.ArrayList<>(review.fieldSpans().values());
        p.draft().deadlines().stream().map(d -> d.span()).filter(java.util.Objects::nonNull).forEach(spans::add);
        source.show(p.text(), spans);
        source.node().setVisible(true);
        typedText.setVisible(false);
        warnings.setText(String.join("\n", review.generalWarnings()));
        markWarnedFields(review.fieldWarnings());
        chooser.show(p);
    }

    private void markWarnedFields(Map<String, String> warned) {
        for (String id : List.of("number", "letterDate", "sender", "recipient", "subject", "urgency", "secrecy")) {
            if (form.stage().getScene() == null || !(form.stage().getScene().lookup("#" + id) instanceof Control c)) {
                continue;
            }
            c.getStyleClass().remove("low-confidence");
            Control tipped = tooltipOwner(c);
            tipped.setTooltip(null);
            if (warned.containsKey(id)) {
                c.getStyleClass().add("low-confidence");
                tipped.setTooltip(new Tooltip(warned.get(id)));
            }
        }
    }

    /** A date picker's text field takes its tooltip from the picker. */
    private static Control tooltipOwner(Control c) {
        Node n = c;
        while (n != null && (!(n instanceof Control k) || k.tooltipProperty().isBound())) {
            n = n.getParent();
        }
        return n instanceof Control k ? k : c;
    }

    private void markField(Node focused) {
        Map<String, Span> spans = review.fieldSpans();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n.getId() != null && spans.containsKey(n.getId())) {
                source.mark(spans.get(n.getId()));
                return;
            }
        }
    }

    private void addDeadline() {
        review.addManual(ctx.now().toLocalDate().plusDays(7));
    }

    private void checkDuplicates(LetterDraft draft, Runnable proceed) {
        review.findDuplicates(draft, rows -> {
            if (rows.isEmpty() || DuplicateDialog.saveAnyway(form.stage(), ctx, rows)) {
                proceed.run();
            }
        }, this::showError);
    }

    private void showError(Throwable e) { Dialogs.showError(form.stage(), ctx.messages(), e); }

    private void afterSave(Letter saved, Consumer<Letter> onSaved) {
        FollowUpOffer.after(ctx, form.stage().getOwner(), saved, () -> onSaved.accept(saved));
    }

    SourceView source() { return source; }
}
