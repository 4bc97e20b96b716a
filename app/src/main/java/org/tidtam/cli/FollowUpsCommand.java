package org.tidtam.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.followup.ChangeProposal;
import org.tidtam.followup.ChangeText;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Letter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `followups YEAR/NUMBER [--apply]`: the changes a registered letter makes to earlier entries' deadlines. */
@Command(name = "followups", mixinStandardHelpOptions = true,
        description = "Show the changes a registered letter makes (postpone, bring forward, change, cancel) to the "
                + "deadlines of the earlier entries it refers to; --apply makes them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no changes", "1:changes found (and applied with --apply)", "2:bad input or error"})
final class FollowUpsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "YEAR/NUMBER", description = "Registration number of the later letter, e.g. 2568/15.")
    String regNo;
    @Option(names = "--apply", description = "Apply every change shown (each with its audit rows and a link).")
    boolean apply;

    @Override
    public Integer call() {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        var no = CliInput.regNo(regNo);
        try (Core core = Core.open(config)) {
            Letter later = core.registerStore().find(no)
                    .orElseThrow(() -> new TidtamException("register.notFound", no.toString()));
            List<ChangeProposal> found = core.followUps().proposals(later.id());
            for (ChangeProposal p : found) {
                ctx.out().println(ChangeText.line(config.messages(), p));
                ctx.out().println("  " + ChangeText.evidence(config.messages(), p));
                if (apply) {
                    core.followUps().accept(p, config.user());
                }
            }
            return found.isEmpty() ? ExitCodes.OK : ExitCodes.NOTHING_OR_FINDINGS;
        }
    }
}
