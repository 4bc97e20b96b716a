package org.tidtam.report;

import java.time.LocalDate;
import java.time.LocalTime;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.DeadlineStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;

/**
 * A deadline as listed in the summary; texts of classified letters are already masked.
 *
 * @param daysLeft days from the summary's reference day to the due day (negative: that many days late);
 *                 for a deadline done, days from the day it was done to the due day (negative: done late)
 */
public record DeadlineLine(DeadlineKind kind, LocalDate due, LocalTime time, String what,
                           RegistrationNumber regNo, String letterNumber, String letterSubject, String assignee,
                           DeadlineStatus status, LocalDate doneOn, long daysLeft, Secrecy secrecy) { }
