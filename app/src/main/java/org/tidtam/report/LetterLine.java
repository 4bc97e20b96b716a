package org.tidtam.report;

import java.time.LocalDate;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/** A letter received in the week, as listed in the summary; {@code subject} is already masked if classified. */
public record LetterLine(RegistrationNumber regNo, LocalDate receivedOn, String number, LocalDate date,
                         String sender, String subject, String assignee, LetterStatus status, Urgency urgency,
                         Secrecy secrecy) { }
