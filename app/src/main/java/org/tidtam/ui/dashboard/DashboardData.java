package org.tidtam.ui.dashboard;

import java.util.List;
import java.util.Map;
import org.tidtam.remind.Bucket;
import org.tidtam.remind.BucketedDeadline;
import org.tidtam.remind.Reminder;

/**
 * One load of the dashboard, made off the FX thread: the buckets, the filter choices, the due reminders, and
 * how many deadlines are overdue in all when more are overdue than the dashboard loads (else 0).
 */
record DashboardData(Map<Bucket, List<BucketedDeadline>> buckets, List<String> units, List<String> officers,
                     List<Reminder> reminders, long overdueTotal) { }
