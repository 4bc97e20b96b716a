package org.tidtam.report;

import java.time.LocalDate;

/** Letters received and deadlines due on one day of the week (the chart's bars). */
public record DayCount(LocalDate day, int received, int due) { }
