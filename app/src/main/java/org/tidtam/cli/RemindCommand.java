package org.tidtam.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.remind.Reminder;
import org.tidtam.remind.ReminderText;
import org.tidtam.store.DeadlineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `remind`: the reminders due now by the policy, for an OS scheduler (exit 1 when there are some). */
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = "Print the reminders due now by the reminder policy (acknowledged ones are left out).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no reminders due", "1:reminders are due", "2:bad input or error"})
final class RemindCommand implements Callable<Integer> {
    /** One reminder in JSON. */
    record ReminderJson(String key, String trigger, int daysBefore, String firesAt, String text, DeadlineJson deadline) { }

    @Spec CommandSpec spec;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = CliContext.of(spec);
        AppConfig config = ctx.config();
        List<Reminder> due;
        try (Core core = Core.open(config)) {
            due = core.reminderPlanner().dueNow(core.deadlineStore().list(DeadlineQuery.open()),
                    core.reminderStates(), config.clock());
        }
        if (json) {
            Json.MAPPER.writeValue(ctx.out(), due.stream().map(r -> new ReminderJson(r.key(), r.trigger().name(),
                    r.daysBefore(), r.firesAt().toString(), ReminderText.line(r, config.messages(), config.today()),
                    DeadlineJson.of(r.entry(), config.today()))).toList());
            ctx.out().println();
        } else {
            due.forEach(r -> ctx.out().println(r.entry().id() + "\t" + ReminderText.line(r, config.messages(), config.today())));
        }
        if (due.isEmpty() && !json) {
            ctx.err().println(config.messages().get("remind.cli.noReminders"));
        }
        return due.isEmpty() ? ExitCodes.OK : ExitCodes.NOTHING_OR_FINDINGS;
    }
}
