package org.tidtam.ui.detail;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.thai.ThaiDateFormat;
import org.tidtam.ui.common.UiContext;

/** The entry's deadlines, every status (done and dismissed ones stay in the entry's history). */
final class DeadlineList {
    private final UiContext ctx;
    private final TableView<Deadline> table = new TableView<>();

    DeadlineList(UiContext ctx) {
        this.ctx = ctx;
        table.setId("detailDeadlines");
        table.setAccessibleText(ctx.text("detail.deadlines"));
        table.setPlaceholder(new Label(ctx.text("detail.deadlines.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // wide text scrolls, never squeezed to "…"
        table.setFixedCellSize(32);
        table.setPrefHeight(150);
        table.getColumns().setAll(List.of(
                column("kind", 110, d -> ctx.text("review.kind." + d.kind().name())),
                column("day", 110, this::day),
                column("time", 64, d -> ThaiDateFormat.time(d.time())),
                column("action", 180, d -> d.action().isBlank() ? d.evidence() : d.action()),
                column("status", 150, this::status),
                column("note", 200, this::note)));
    }

    TableView<Deadline> table() { return table; }

    void show(List<Deadline> deadlines) { table.setItems(FXCollections.observableArrayList(deadlines)); }

    /** Selects the deadline of this id (its words are then marked in the text); false when absent. */
    boolean select(Long deadlineId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() != null && table.getItems().get(i).id().equals(deadlineId)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return true;
            }
        }
        return false;
    }

    private String day(Deadline d) {
        if (d.due() == null) {
            return ctx.text(d.relative().business() ? "detail.relative.business" : "detail.relative",
                    d.relative().days());
        }
        String due = ThaiDateFormat.shortDate(d.due(), ctx.messages());
        return d.end() == null ? due : due + " – " + ThaiDateFormat.shortDate(d.end(), ctx.messages());
    }

    private String status(Deadline d) {
        String s = ctx.text("detail.status." + d.status().name());
        return d.status() == DeadlineStatus.OPEN || d.doneOn() == null ? s
                : s + " " + ThaiDateFormat.shortDate(d.doneOn(), ctx.messages());
    }

    private String note(Deadline d) {
        String note = d.doneNote() == null ? "" : d.doneNote();
        return d.replyNumber() == null ? note : (note.isEmpty() ? "" : note + " · ") + d.replyNumber();
    }

    private TableColumn<Deadline, String> column(String name, double width, Function<Deadline, String> value) {
        TableColumn<Deadline, String> c = new TableColumn<>(ctx.text("detail.col." + name));
        c.setId("detail-col-" + name);
        c.setPrefWidth(width);
        c.setCellValueFactory(p -> new ReadOnlyStringWrapper(value.apply(p.getValue())));
        return c;
    }
}
