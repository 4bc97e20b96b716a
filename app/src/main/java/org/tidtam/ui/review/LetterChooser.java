package org.tidtam.ui.review;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.tidtam.extract.ExtractedLetter;
import org.tidtam.registry.LetterProposal;
import org.tidtam.ui.common.UiContext;

/**
 * Which letter of the file is being registered ("ฉบับที่ 1 จาก 3: ที่ …"), shown only when the file holds
 * more than one; the first by default. Picking another re-reads the draft for it.
 */
final class LetterChooser {
    private final UiContext ctx;
    private final ComboBox<Integer> box = new ComboBox<>();
    private LetterProposal shown;
    private boolean updating;

    LetterChooser(UiContext ctx, ReviewViewModel review) {
        this.ctx = ctx;
        box.setId("letterChooser");
        box.setAccessibleText(ctx.text("review.letter.choose"));
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
        box.setCellFactory(l -> new Named());
        box.setButtonCell(new Named());
        box.valueProperty().addListener((o, a, index) -> {
            if (!updating && index != null) {
                review.choose(index);
            }
        });
    }

    Node node() { return box; }

    void show(LetterProposal p) {
        shown = p;
        updating = true;
        box.setItems(FXCollections.observableArrayList(java.util.stream.IntStream.range(0, p.letterCount())
                .boxed().toList()));
        box.setValue(p.index());
        updating = false;
        box.setVisible(p.letterCount() > 1);
    }

    private String name(int index) {
        ExtractedLetter l = shown.extraction().letters().get(index);
        String number = l.number() == null || l.number().isBlank() ? ctx.text("review.letter.noNumber") : l.number();
        return ctx.text("review.letter.item", index + 1, shown.letterCount(), number);
    }

    private final class Named extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            setText(empty || index == null || shown == null ? null : name(index));
        }
    }
}
