package org.tidtam.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tidtam.followup.ChangeProposal;
import org.tidtam.followup.ChangeText;
import org.tidtam.letter.Letter;
import org.tidtam.ui.common.Styles;
import org.tidtam.ui.common.UiContext;

/**
 * Asks the clerk which changes a newly saved letter makes to earlier entries: one tick box per proposal
 * (old day → new day, the entry, and the letter's own words), all ticked; the answer is the ticked ones,
 * or empty when the clerk changes nothing.
 */
final class FollowUpDialog {
    private final UiContext ctx;

    FollowUpDialog(UiContext ctx) { this.ctx = ctx; }

    Optional<List<ChangeProposal>> ask(Window owner, Letter saved, List<ChangeProposal> proposals) {
        Dialog<List<ChangeProposal>> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(ctx.text("detail.followup.title"));
        dialog.getDialogPane().setId("followUpDialog");
        List<CheckBox> boxes = new ArrayList<>();
        Label intro = new Label(ctx.text("detail.followup.intro", saved.regNo().toString()));
        intro.setWrapText(true);
        VBox content = new VBox(10, intro);
        for (int i = 0; i < proposals.size(); i++) {
            ChangeProposal p = proposals.get(i);
            CheckBox box = new CheckBox(ChangeText.line(ctx.messages(), p));
            box.setId("followUp-" + i);
            box.setSelected(true);
            box.setWrapText(true);
            Label words = new Label(ChangeText.evidence(ctx.messages(), p));
            words.setId("followUpEvidence-" + i);
            words.setWrapText(true);
            words.getStyleClass().add("followup-evidence");
            boxes.add(box);
            content.getChildren().add(new VBox(2, box, words));
        }
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        ButtonType accept = new ButtonType(ctx.text("detail.followup.accept"), ButtonData.OK_DONE);
        ButtonType reject = new ButtonType(ctx.text("detail.followup.reject"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(accept, reject);
        dialog.setResultConverter(b -> b == accept ? ticked(proposals, boxes) : null);
        Styles.apply(dialog.getDialogPane());
        return dialog.showAndWait().filter(list -> !list.isEmpty());
    }

    private static List<ChangeProposal> ticked(List<ChangeProposal> all, List<CheckBox> boxes) {
        List<ChangeProposal> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (boxes.get(i).isSelected()) {
                out.add(all.get(i));
            }
        }
        return out;
    }
}
