package org.tidtam.store;

import java.util.List;

/**
 * Links between entries, and the one write that makes them: applying a later letter's change to an
 * earlier entry's deadline. Failures the user must hear about are TidtamExceptions "detail.followup.*".
 */
public interface LinkStore {

    /** Links from and to the entry, oldest first. */
    List<LetterLink> linksOf(long letterId);

    /**
     * In one transaction: moves the earlier deadline (or dismisses it for a CANCEL) with audit rows on the
     * earlier entry, dismisses the later letter's superseded deadlines, and stores the link.
     *
     * @return the link as seen from the later letter
     */
    LetterLink apply(DeadlineChange change, String user);
}
