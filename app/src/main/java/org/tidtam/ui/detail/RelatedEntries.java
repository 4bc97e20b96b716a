package org.tidtam.ui.detail;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tidtam.followup.ResolvedReference;
import org.tidtam.store.LetterLink;
import org.tidtam.ui.common.UiContext;

/**
 * The entry's อ้างถึง items (a link to the entry when it is in the register, plain text otherwise) and
 * its links to entries a later letter changed or was changed by; each link opens that entry.
 */
final class RelatedEntries {
    private final UiContext ctx;
    private final LongConsumer open;

    RelatedEntries(UiContext ctx, LongConsumer open) {
        this.ctx = ctx;
        this.open = open;
    }

    Node references(List<ResolvedReference> refs) {
        VBox box = box("detailReferences");
        if (refs.isEmpty()) {
            box.getChildren().add(new Label(ctx.text("detail.references.none")));
        }
        for (int i = 0; i < refs.size(); i++) {
            ResolvedReference r = refs.get(i);
            String text = r.reference().text();
            if (r.entry() == null) {
                Label plain = new Label(ctx.text("detail.reference.notInRegister", text));
                plain.setId("reference-" + i);
                plain.setWrapText(true);
                box.getChildren().add(plain);
            } else {
                box.getChildren().add(link("reference-" + i, r.entry().regNo() + " · " + text, r.entry().id(),
                        ctx.text("detail.reference.open", r.entry().regNo().toString())));
            }
        }
        return box;
    }

    Node links(List<LetterLink> links) {
        VBox box = box("detailLinks");
        if (links.isEmpty()) {
            box.getChildren().add(new Label(ctx.text("detail.links.none")));
        }
        for (int i = 0; i < links.size(); i++) {
            LetterLink l = links.get(i);
            String key = "detail.link." + (l.outgoing() ? "out." : "in.") + l.kind().name();
            String text = ctx.text(key, l.otherRegNo().toString(), l.otherSubject());
            box.getChildren().add(link("link-" + i, text, l.otherId(),
                    ctx.text("detail.reference.open", l.otherRegNo().toString())));
        }
        return box;
    }

    private Hyperlink link(String id, String text, long entryId, String accessible) {
        Hyperlink h = new Hyperlink(text);
        h.setId(id);
        h.setWrapText(true);
        h.setAccessibleText(accessible);
        h.setOnAction(e -> open.accept(entryId));
        return h;
    }

    private static VBox box(String id) {
        VBox box = new VBox(2);
        box.setId(id);
        return box;
    }
}
