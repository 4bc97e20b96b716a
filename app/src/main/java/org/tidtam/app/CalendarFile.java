package org.tidtam.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tidtam.remind.DeadlineEvent;
import org.tidtam.remind.IcsExporter;
import org.tidtam.report.SafeFileWriter;
import org.tidtam.store.DeadlineQuery;

/**
 * Every open deadline that has a day, as an iCalendar file with alarms by the stored reminder policy,
 * written atomically (no half-written file; an existing one replaced only when forced). The window's
 * menu item uses it; the command line's {@code export ics} does the same steps.
 */
public final class CalendarFile {
    private CalendarFile() { }

    /** Writes the file; returns how many events it holds. */
    public static int write(Core core, Path out, boolean force) {
        List<DeadlineEvent> events = core.deadlineStore().list(DeadlineQuery.open()).stream()
                .filter(e -> e.deadline().due() != null).map(DeadlineEvent::of).toList();
        AppConfig config = core.config();
        IcsExporter exporter = new IcsExporter(core.settings().reminderPolicy(), config.messages(), config.clock());
        SafeFileWriter.write(out, force, stream -> {
            // the calendar outputter closes its writer; the safe writer closes the stream itself
            Writer w = new FilterWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException { flush(); }
            };
            exporter.write(events, w);
        });
        return events.size();
    }
}
