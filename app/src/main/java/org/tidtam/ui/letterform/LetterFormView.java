package org.tidtam.ui.letterform;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tidtam.ui.common.FormKeys;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.store.NameField;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.SuggestionField;
import org.tidtam.ui.common.ThaiDatePickers;
import org.tidtam.ui.common.UiContext;

/**
 * The new-letter / edit-entry window: the register's fields on the left in Tab order, the letter's full
 * text on the right (where a later screen shows the source beside the fields). Ctrl+S saves, Esc closes
 * and asks first when something was typed.
 */
public final class LetterFormView {
    static final int SUGGESTIONS = 10;
    private final UiContext ctx;
    private final LetterFormViewModel model;
    private final Consumer<Letter> onSaved;
    private final Stage stage = new Stage();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FormFields fields;
    private java.util.function.UnaryOperator<Node> side = n -> n;
    private SaveGuard guard = (draft, proceed) -> proceed.run();
    /** Editable lists commit typed text on Enter or leaving them; save commits it too (Ctrl+S from inside). */
    private final List<ComboBox<String>> routingBoxes = new java.util.ArrayList<>();

    /** A check before saving that may ask the clerk (duplicates) and then calls proceed, or not. */
    @FunctionalInterface
    public interface SaveGuard {
        void check(LetterDraft draft, Runnable proceed);
    }

    public LetterFormView(UiContext ctx, LetterFormViewModel model, Consumer<Letter> onSaved) {
        this.ctx = ctx;
        this.model = model;
        this.onSaved = onSaved;
        this.fields = new FormFields(model.errors());
    }

    public void show(Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.text(model.isEditing() ? "ui.form.titleEdit" : "ui.form.titleNew",
                model.isEditing() ? model.editing().regNo().toString() : ""));
        Scene scene = new Scene(layout(), 1120, 700);
        Styles.apply(scene);
        FormKeys.install(stage, scene, this::save, this::closeIfAllowed);
        stage.setScene(scene);
        loadChoices();
        stage.show();
        scene.lookup("#number").requestFocus();
    }

    public Stage stage() { return stage; }

    /** Replaces the text pane right of the fields (the review wraps it); call before show(). */
    public void sidePane(java.util.function.UnaryOperator<Node> wrap) { this.side = wrap; }

    public void guardSave(SaveGuard check) { this.guard = check; }

    private BorderPane layout() {
        SplitPane split = new SplitPane(formPane(), side.apply(textPane()));
        split.setDividerPositions(0.5);
        BorderPane root = new BorderPane(split);
        root.setId("letterForm");
        root.setBottom(buttons());
        return root;
    }

    private Node formPane() {
        fields.text("number", ctx.text("ui.field.number"), model.number);
        datePicker("letterDate", model.letterDate);
        suggest(fields.text("sender", ctx.text("ui.field.sender"), model.sender), NameField.SENDER);
        suggest(fields.text("recipient", ctx.text("ui.field.recipient"), model.recipient), NameField.RECIPIENT);
        fields.text("subject", ctx.text("ui.field.subject"), model.subject);
        choice("urgency", List.of(Urgency.values()), model.urgency, u -> ctx.text("ui.urgency." + u.name()));
        choice("secrecy", List.of(Secrecy.values()), model.secrecy, s -> ctx.text("ui.secrecy." + s.name()));
        datePicker("receivedDate", model.receivedDate);
        TextField time = fields.text("receivedTime", ctx.text("ui.field.receivedTime"), model.receivedTime);
        time.setPromptText("14:30");
        time.setMaxWidth(120);
        fields.text("action", ctx.text("ui.field.action"), model.action);
        routing("unit", model.unitChoices(), model.unit);
        routing("officer", model.officerChoices(), model.officer);
        choice("status", List.of(LetterStatus.values()), model.status, s -> ctx.text("settings.status." + s.name()));
        fields.text("remarks", ctx.text("ui.field.remarks"), model.remarks);
        VBox pane = new VBox(fields.grid());
        pane.setPadding(new Insets(12));
        return new javafx.scene.control.ScrollPane(pane) {{ setFitToWidth(true); }};
    }

    /** Earlier entries' values of the field, offered as the clerk types (nothing typed twice). */
    private void suggest(TextField field, NameField name) {
        SuggestionField.attach(field, ctx.runner(), typed -> ctx.store().suggestions(name, typed, SUGGESTIONS));
    }

    private Node textPane() {
        TextArea area = new TextArea();
        area.setId("text");
        area.setAccessibleText(ctx.text("ui.field.text"));
        area.setWrapText(true);
        area.textProperty().bindBidirectional(model.text);
        FormFields.tabLeaves(area);
        Label label = new Label(ctx.text("ui.field.text"));
        label.getStyleClass().add("form-label");
        label.setLabelFor(area);
        VBox box = new VBox(6, label, area);
        VBox.setVgrow(area, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    /** An editable list: the settings' names to choose from, any other name may be typed. */
    private void routing(String field, javafx.collections.ObservableList<String> offered,
                         javafx.beans.property.StringProperty value) {
        ComboBox<String> box = new ComboBox<>(offered);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        routingBoxes.add(box);
        fields.add(field, ctx.text("ui.field." + field), box, box);
    }

    /** Loads the directory's lists off the FX thread; the fields work without them meanwhile. */
    private void loadChoices() {
        if (ctx.core() == null) {
            return;
        }
        var directory = ctx.core().directory();
        ctx.runner().submit(BackgroundTask.of(() -> new RoutingChoices(directory.units(), directory.officers()))
                .onSuccess(model::offer)
                .onError(Throwable.class, e -> { })); // no lists: the clerk types names, as before
    }

    private void datePicker(String field, javafx.beans.property.StringProperty text) {
        String label = ctx.text("ui.field." + field);
        DatePicker picker = ThaiDatePickers.create(field + "Picker", label);
        picker.setMaxWidth(200);
        picker.setValue(ThaiDatePickers.parseOrNull(text.get())); // the popup opens on the field's month
        picker.getEditor().textProperty().bindBidirectional(text);
        fields.add(field, label, picker, picker.getEditor());
    }

    private <T> void choice(String field, List<T> values, javafx.beans.property.ObjectProperty<T> value,
                            java.util.function.Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableList(values));
        box.valueProperty().bindBidirectional(value);
        box.setCellFactory(l -> named(name));
        box.setButtonCell(named(name));
        fields.add(field, ctx.text("ui.field." + field), box, box);
    }

    private static <T> ListCell<T> named(java.util.function.Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }

    private Node buttons() {
        Label hint = new Label(ctx.text("ui.form.hint"));
        Button save = new Button(ctx.text("ui.action.save"));
        save.setId("saveButton");
        save.setDefaultButton(false);
        save.disableProperty().bind(saving);
        save.setOnAction(e -> save());
        Button close = new Button(ctx.text("ui.action.close"));
        close.setId("closeButton");
        close.setOnAction(e -> closeIfAllowed());
        HBox bar = new HBox(10, hint, new javafx.scene.layout.Region() {{ HBox.setHgrow(this, javafx.scene.layout.Priority.ALWAYS); }}, save, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 12, 12, 12));
        return bar;
    }

    void save() {
        if (saving.get()) {
            return;
        }
        routingBoxes.forEach(ComboBox::commitValue);
        var draft = model.validate();
        if (draft.isEmpty()) {
            focusFirstError();
            return;
        }
        if (LetterFormViewModel.receivedBeforeLetterDate(draft.get()) && !Dialogs.confirm(stage, ctx.messages(),
                ctx.text("ui.form.warningTitle"), ctx.text("ui.form.receivedBeforeDate"), "ui.action.saveAnyway")) {
            return;
        }
        guard.check(draft.get(), () -> store(draft.get()));
    }

    private void store(LetterDraft draft) {
        saving.set(true);
        ctx.runner().submit(BackgroundTask.of(() -> model.save(draft))
                .onSuccess(letter -> {
                    saving.set(false);
                    stage.hide();
                    onSaved.accept(letter);
                })
                .onError(Throwable.class, e -> {
                    saving.set(false);
                    Dialogs.showError(stage, ctx.messages(), e);
                }));
    }

    private void focusFirstError() {
        for (String id : List.of("number", "letterDate", "sender", "recipient", "subject", "receivedDate",
                "receivedTime")) {
            if (model.errors().containsKey(id)) {
                stage.getScene().lookup("#" + id).requestFocus();
                return;
            }
        }
    }

    private void closeIfAllowed() {
        if (!model.isDirty() || Dialogs.confirm(stage, ctx.messages(), ctx.text("ui.form.discardTitle"),
                ctx.text("ui.form.discard"), "ui.action.discard")) {
            stage.hide();
        }
    }
}
