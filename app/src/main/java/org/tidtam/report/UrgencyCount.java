package org.tidtam.report;

import org.tidtam.letter.Urgency;

/** How many letters of one urgency came in. */
public record UrgencyCount(Urgency urgency, int count) { }
