package org.tidtam.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/** One line of the register table: the regulation's columns, without the letter's full text. */
public record RegisterRow(long id, RegistrationNumber regNo, LocalDateTime receivedAt, String number,
                          LocalDate date, String sender, String recipient, String subject, Urgency urgency,
                          Secrecy secrecy, String action, String remarks, String unit, String officer,
                          LetterStatus status, boolean cancelled) { }
