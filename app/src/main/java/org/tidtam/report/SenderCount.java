package org.tidtam.report;

/** How many letters came from one sender. */
public record SenderCount(String sender, int count) { }
