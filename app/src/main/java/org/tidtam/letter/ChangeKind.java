package org.tidtam.letter;

/**
 * How a later letter changes an earlier entry's deadline: เลื่อน to a later day (POSTPONE), to an earlier
 * day (ADVANCE), ยกเลิก/งด (CANCEL), or another day-time-place change on the same day (CHANGE).
 */
public enum ChangeKind { POSTPONE, ADVANCE, CANCEL, CHANGE }
