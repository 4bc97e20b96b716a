package org.tidtam.ui.detail;

import java.util.List;
import javafx.stage.Window;
import org.tidtam.followup.ChangeProposal;
import org.tidtam.letter.Letter;
import org.tidtam.ui.common.BackgroundTask;
import org.tidtam.ui.common.Dialogs;
import org.tidtam.ui.common.UiContext;

/**
 * After a letter is saved: looks for the changes it makes to earlier entries' deadlines (on the task
 * runner), asks the clerk, applies the accepted ones, then runs {@code then} (which refreshes the lists),
 * whatever happened. A failure is shown and never undoes the save.
 */
public final class FollowUpOffer {
    private FollowUpOffer() { }

    public static void after(UiContext ctx, Window owner, Letter saved, Runnable then) {
        ctx.runner().submit(BackgroundTask.of(() -> ctx.core().followUps().proposals(saved.id()))
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        then.run();
                    } else {
                        ask(ctx, owner, saved, found, then);
                    }
                })
                .onError(Throwable.class, e -> {
                    Dialogs.showError(owner, ctx.messages(), e);
                    then.run();
                }));
    }

    private static void ask(UiContext ctx, Window owner, Letter saved, List<ChangeProposal> found, Runnable then) {
        var accepted = new FollowUpDialog(ctx).ask(owner, saved, found);
        if (accepted.isEmpty()) {
            then.run();
            return;
        }
        ctx.runner().submit(BackgroundTask.of(() -> {
            accepted.get().forEach(p -> ctx.core().followUps().accept(p, ctx.user()));
            return accepted.get().size();
        }).onSuccess(n -> then.run()).onError(Throwable.class, e -> {
            Dialogs.showError(owner, ctx.messages(), e);
            then.run();
        }));
    }
}
