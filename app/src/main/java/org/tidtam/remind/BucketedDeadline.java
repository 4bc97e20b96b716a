package org.tidtam.remind;

/**
 * A deadline placed on the dashboard.
 *
 * @param entry    the deadline and its letter
 * @param bucket   where it shows
 * @param daysLeft days from today to its due day (negative: days overdue, counted from its last day;
 *                 0 while a period runs); 0 for {@link Bucket#UNDATED}
 */
public record BucketedDeadline(DeadlineEntry entry, Bucket bucket, long daysLeft) { }
