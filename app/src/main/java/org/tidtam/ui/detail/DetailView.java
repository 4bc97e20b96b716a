package org.tidtam.ui.detail;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tidtam.letter.Letter;
import org.tidtam.store.Attachment;
import org.tidtam.ui.audit.AuditView;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.SourceView;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/**
 * An entry's detail window: its register fields, the letter's text with every deadline's words
 * highlighted (the selected deadline's marked and scrolled to), its deadlines with their status, its
 * references and links (each opens that entry here), and its audit history. Ctrl+E edits, Esc closes,
 * "เปิดแฟ้มต้นฉบับ" opens the kept original. Everything is read on the task runner.
 */
public final class DetailView {
    private final UiContext ctx;
    private final Consumer<Letter> edit;
    private final OriginalOpener opener;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private EntryDetail shown;
    private SourceView source;
    private DeadlineList deadlines;

    /** @param edit opens the entry's edit form (the detail closes first) */
    public DetailView(UiContext ctx, Consumer<Letter> edit) {
        this(ctx, edit, OriginalOpener.desktop(ctx.core().attachmentStore()));
    }

    DetailView(UiContext ctx, Consumer<Letter> edit, OriginalOpener opener) {
        this.ctx = ctx;
        this.edit = Objects.requireNonNull(edit, "edit");
        this.opener = opener;
        root.setId("entryDetail");
        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().add(DetailView.class.getResource(SourceView.STYLESHEET).toExternalForm());
        Styles.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::editShown);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.hide();
            }
        });
        stage.setScene(scene);
    }

    /** Shows the entry, with the deadline of this id (null: none) selected and its words marked. */
    public DetailView open(Window owner, long letterId, Long deadlineId) {
        if (stage.getOwner() == null && owner != null) {
            stage.initOwner(owner);
        }
        ctx.runner().submit(BackgroundTask.of(() -> EntryDetail.load(ctx.core(), letterId))
                .onSuccess(d -> {
                    render(d);
                    deadlines.select(deadlineId);
                    if (!stage.isShowing()) {
                        stage.show();
                    }
                })
                .onError(Throwable.class, e -> Dialogs.showError(stage.isShowing() ? stage : owner, ctx.messages(), e)));
        return this;
    }

    /** Opens the original kept with the entry, without showing its detail. */
    public void openOriginal(Window owner, long letterId) {
        ctx.runner().submit(BackgroundTask.of(() -> {
            var files = ctx.store().attachments(letterId);
            return opener.open(files.isEmpty() ? null : files.get(files.size() - 1));
        }).onError(Throwable.class, e -> Dialogs.showError(owner, ctx.messages(), e)));
    }

    public Stage stage() { return stage; }

    SourceView source() { return source; }

    private void render(EntryDetail d) {
        shown = d;
        Letter letter = d.letter();
        stage.setTitle(ctx.text("detail.title", letter.regNo().toString()));
        source = new SourceView(ctx.text("detail.text"));
        deadlines = new DeadlineList(ctx);
        deadlines.show(letter.fields().deadlines());
        String text = letter.fields().text();
        source.show(text, letter.fields().deadlines().stream().map(x -> EvidenceSpans.of(x, text))
                .filter(Objects::nonNull).toList());
        deadlines.table().getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                source.mark(now == null ? null : EvidenceSpans.of(now, text)));
        VBox top = new VBox(new FieldGrid(ctx).build(letter, d.original()));
        top.setPadding(new Insets(10, 12, 6, 12));
        root.setTop(top);
        SplitPane split = new SplitPane(textPane(letter), sidePane(d));
        split.setDividerPositions(0.46);
        root.setCenter(split);
        root.setBottom(buttons(d.original()));
    }

    private Node textPane(Letter letter) {
        Node body = source.node();
        if (letter.fields().text().isBlank()) {
            Label none = new Label(ctx.text(letter.fields().secrecy().isClassified() ? "detail.text.secret"
                    : "detail.text.none"));
            none.setId("detailNoText");
            none.setWrapText(true);
            body = none;
        }
        VBox box = new VBox(6, title("detail.text"), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node sidePane(EntryDetail d) {
        RelatedEntries related = new RelatedEntries(ctx, id -> open(null, id, null));
        var history = new AuditView(ctx).table();
        history.setPrefSize(520, 200);
        history.setItems(javafx.collections.FXCollections.observableArrayList(d.history()));
        VBox box = new VBox(6, title("detail.deadlines"), deadlines.table(), title("detail.references"),
                related.references(d.references()), title("detail.links"), related.links(d.links()),
                title("detail.history"), history);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node buttons(Attachment original) {
        Button editButton = button("detailEdit", "detail.button.edit", this::editShown);
        Button originalButton = button("openOriginalButton", "detail.button.original", () -> openShownOriginal(original));
        originalButton.setDisable(original == null);
        Button close = button("detailClose", "detail.button.close", stage::hide);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, editButton, originalButton, gap, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 12, 12, 12));
        return bar;
    }

    private void openShownOriginal(Attachment original) {
        ctx.runner().submit(BackgroundTask.of(() -> opener.open(original))
                .onError(Throwable.class, e -> Dialogs.showError(stage, ctx.messages(), e)));
    }

    private void editShown() {
        if (shown != null) {
            stage.hide();
            edit.accept(shown.letter());
        }
    }

    private Label title(String key) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().add("form-label");
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setAccessibleText(ctx.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The marked words (the selected deadline's), for tests and screen readers. */
    String markedText() { return source == null ? "" : source.markedText(); }
}
