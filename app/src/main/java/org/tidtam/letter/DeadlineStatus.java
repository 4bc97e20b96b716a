package org.tidtam.letter;

public enum DeadlineStatus { OPEN, DONE, DISMISSED }
