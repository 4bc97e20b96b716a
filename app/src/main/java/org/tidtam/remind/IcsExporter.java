package org.tidtam.remind;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Priority;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.tidtam.i18n.Messages;

/**
 * Writes deadlines as an iCalendar file that calendar programs import and, on a second import, update
 * rather than duplicate: each event's UID is "deadline-&lt;id&gt;@tidtam", and its SEQUENCE (minutes since
 * 2024-01-01 UTC at export) and DTSTAMP grow with every export. Alarms follow the reminder policy.
 * Date-only deadlines are all-day events; a deadline with a time is a one-hour event in Asia/Bangkok.
 * Lines fold at 75 octets, not characters, so Thai text stays within RFC 5545's limit.
 */
public final class IcsExporter {
    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");
    public static final Duration TIMED_LENGTH = Duration.ofHours(1);
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    /** ical4j folds at a number of characters; 25 Thai characters of 3 octets stay within 75 octets. */
    private static final int FOLD_CHARS = 25;

    private final ReminderPolicy policy;
    private final Messages messages;
    private final Clock clock;

    public IcsExporter(ReminderPolicy policy, Messages messages, Clock clock) {
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    public void write(List<DeadlineEvent> events, Writer out) throws IOException {
        new CalendarOutputter(true, FOLD_CHARS).output(build(events), out);
        out.flush();
    }

    /** The calendar object, for callers that want to inspect it. */
    public Calendar build(List<DeadlineEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tidtam//Tidtam deadlines//TH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", messages.get("remind.ics.calendarName")));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE.getId()));
        if (events.stream().anyMatch(DeadlineEvent::isTimed)) {
            calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry()
                    .getTimeZone(ZONE.getId()).getVTimeZone());
        }
        Instant now = clock.instant();
        events.forEach(e -> calendar.add(event(e, now)));
        return calendar;
    }

    private VEvent event(DeadlineEvent e, Instant now) {
        VEvent event = e.isTimed()
                ? new VEvent(e.due().atTime(e.time()).atZone(ZONE), e.due().atTime(e.time()).atZone(ZONE)
                        .plus(TIMED_LENGTH), IcsText.summary(e, messages))
                : new VEvent(e.due(), (e.end() == null ? e.due() : e.end()).plusDays(1), IcsText.summary(e, messages));
        event.add(new Uid(e.uid()));
        event.replace(new DtStamp(now)); // the constructor stamps the wall clock
        event.add(new LastModified(now));
        event.add(new Sequence(sequence(now)));
        event.add(new Description(IcsText.description(e, messages)));
        event.add(new Categories(e.kind().name()));
        event.add(new Priority(IcsText.priority(e.urgency())));
        alarms(e).forEach(event::add);
        return event;
    }

    private List<VAlarm> alarms(DeadlineEvent e) {
        LocalDateTime start = e.isTimed() ? e.due().atTime(e.time()) : e.due().atStartOfDay();
        return policy.rulesFor(e.kind(), e.urgency()).stream().map(rule -> {
            LocalDateTime fires = e.due().minusDays(rule.daysBefore()).atTime(rule.at());
            VAlarm alarm = new VAlarm(Duration.between(start, fires));
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(IcsText.alarm(e, rule, messages)));
            return alarm;
        }).toList();
    }

    private static int sequence(Instant now) {
        return (int) Math.max(0, Duration.between(SEQUENCE_EPOCH, now).toMinutes());
    }
}
