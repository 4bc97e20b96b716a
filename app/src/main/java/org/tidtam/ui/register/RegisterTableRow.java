package org.tidtam.ui.register;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import org.tidtam.letter.Urgency;
import org.tidtam.store.RegisterRow;

/**
 * A register line: struck through when cancelled (its reason in the tooltip, fetched when first shown),
 * tinted when urgent. The look is in tidtam.css under the pseudo-classes :cancelled and :urgent.
 */
final class RegisterTableRow extends TableRow<RegisterRow> {
    static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

    private final BiConsumer<Long, Consumer<String>> reasons;
    private final String cancelledText;

    RegisterTableRow(BiConsumer<Long, Consumer<String>> reasons, String cancelledText) {
        this.reasons = reasons;
        this.cancelledText = cancelledText;
    }

    @Override
    protected void updateItem(RegisterRow row, boolean empty) {
        super.updateItem(row, empty);
        boolean cancelled = !empty && row != null && row.cancelled();
        pseudoClassStateChanged(CANCELLED, cancelled);
        pseudoClassStateChanged(URGENT, !empty && row != null && row.urgency() != Urgency.NORMAL);
        setTooltip(cancelled ? reasonTooltip(row.id()) : null);
        setAccessibleText(row == null ? null : row.regNo() + " " + row.subject() + (cancelled ? " " + cancelledText : ""));
    }

    private Tooltip reasonTooltip(long id) {
        Tooltip tip = new Tooltip(cancelledText);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setOnShowing(e -> reasons.accept(id, tip::setText));
        return tip;
    }
}
