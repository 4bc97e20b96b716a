package org.tidtam.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tidtam.letter.RegistrationNumber;

/**
 * One row of the printed incoming register, in the regulation's columns (เลขทะเบียนรับ, ที่, ลงวันที่, จาก,
 * ถึง, เรื่อง, การปฏิบัติ, หมายเหตุ); {@code subject} is masked for classified letters unless asked otherwise.
 */
public record RegisterLine(RegistrationNumber regNo, LocalDateTime receivedAt, String number, LocalDate date,
                           String sender, String recipient, String subject, String action, String remarks,
                           boolean cancelled) { }
