package org.tidtam.ui.common;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * Earlier values offered under a text field as the clerk types (from the second character on). Down and
 * Up move the highlight (the first is highlighted), Enter takes it, Esc closes the list without closing the
 * dialog (the popup takes the key before the window does), Tab moves on without taking anything, a click
 * takes a value. Lookups run through the task runner; an answer for text no longer in the field is dropped.
 */
public final class SuggestionField {
    public static final int MIN_CHARS = 2;
    static final int VISIBLE_ROWS = 8;
    static final double ROW_HEIGHT = 32;
    private static final Logger LOG = Logger.getLogger(SuggestionField.class.getName());

    private final TextField field;
    private final TaskRunner runner;
    private final Function<String, List<String>> source;
    private final Popup popup = new Popup();
    private final ListView<String> list = new ListView<>();
    private long asked;
    private boolean filling;

    private SuggestionField(TextField field, TaskRunner runner, Function<String, List<String>> source) {
        this.field = field;
        this.runner = runner;
        this.source = source;
        list.setId(field.getId() == null ? "suggestions" : field.getId() + "Suggestions");
        list.getStyleClass().add("suggestion-list");
        list.setFocusTraversable(false); // the field keeps the keyboard; keys reach the list through it
        list.setFixedCellSize(ROW_HEIGHT);
        list.setOnMouseClicked(e -> accept(list.getSelectionModel().getSelectedItem()));
        Styles.apply(list);
        popup.getContent().add(list);
        popup.setAutoHide(false); // a click elsewhere moves the focus, which closes it; no click is swallowed
        popup.setHideOnEscape(true);
        popup.setConsumeAutoHidingEvents(true);
    }

    /**
     * Offers suggestions under field. source runs on the worker thread with the typed text and answers
     * the values to offer, best first.
     */
    public static SuggestionField attach(TextField field, TaskRunner runner, Function<String, List<String>> source) {
        SuggestionField s = new SuggestionField(field, runner, source);
        field.textProperty().addListener((o, was, now) -> {
            if (!s.filling && field.isFocused()) {
                s.lookup(now);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && (field.getScene() == null || field.getScene().getFocusOwner() != field)) {
                s.hide(); // another field took the focus (not: the window lost it to a click on the list)
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, s::key);
        return s;
    }

    public boolean isShowing() { return popup.isShowing(); }

    /** The values on offer now, best first (for tests and screen readers). */
    public List<String> offered() { return List.copyOf(list.getItems()); }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (isShowing()) {
                    move(1);
                } else {
                    lookup(field.getText());
                }
                e.consume();
            }
            case UP -> {
                if (isShowing()) {
                    move(-1);
                    e.consume();
                }
            }
            case ENTER -> {
                if (isShowing() && list.getSelectionModel().getSelectedItem() != null) {
                    accept(list.getSelectionModel().getSelectedItem());
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (isShowing()) {
                    hide();
                    e.consume();
                }
            }
            case TAB -> hide();
            default -> { }
        }
    }

    private void move(int by) {
        int n = list.getItems().size();
        int at = Math.floorMod(list.getSelectionModel().getSelectedIndex() + by, n);
        list.getSelectionModel().clearAndSelect(at);
        list.scrollTo(Math.max(0, at - VISIBLE_ROWS + 1));
    }

    private void lookup(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.codePointCount(0, typed.length()) < MIN_CHARS) {
            hide();
            return;
        }
        long ask = ++asked;
        runner.submit(BackgroundTask.of(() -> source.apply(typed))
                .onSuccess(found -> {
                    if (ask == asked && field.isFocused() && typed.equals(field.getText().strip())) {
                        show(found.stream().filter(v -> !v.equals(typed)).toList());
                    }
                })
                .onError(Throwable.class, e -> {
                    LOG.log(Level.WARNING, "suggestions for '" + typed + "' failed", e);
                    hide(); // a convenience: the clerk can still type the value
                }));
    }

    private void show(List<String> values) {
        if (values.isEmpty()) {
            hide();
            return;
        }
        list.getItems().setAll(values);
        list.getSelectionModel().clearAndSelect(0);
        list.scrollTo(0);
        list.setPrefHeight(Math.min(values.size(), VISIBLE_ROWS) * ROW_HEIGHT + 4);
        list.setPrefWidth(Math.max(field.getWidth(), 240));
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b != null && !popup.isShowing()) {
            popup.show(field, b.getMinX(), b.getMaxY());
        }
    }

    private void accept(String value) {
        if (value == null) {
            return;
        }
        filling = true;
        try {
            field.setText(value);
            field.positionCaret(value.length());
        } finally {
            filling = false;
        }
        hide();
    }

    private void hide() {
        asked++; // an answer still on its way must not open the list again
        popup.hide();
    }
}
