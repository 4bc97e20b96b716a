package org.tidtam.store;

import java.util.List;
import java.util.Optional;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.RegistrationNumber;

/**
 * The incoming register. Entries are never deleted; every change is audited. Failures the user must hear
 * about are {@link org.tidtam.i18n.TidtamException}s with keys under "store." or "register.".
 */
public interface RegisterStore {

    /**
     * Registers a letter: validates it ({@link org.tidtam.letter.LetterValidator}; errors throw a
     * TidtamException, warnings such as "received before its date" do not block: callers that want to show
     * them call the validator first), assigns the next number of the calendar year of its received date
     * atomically (two racing saves never get the same number), stores its deadlines and an audit row, all in
     * one transaction.
     */
    Letter register(LetterDraft draft, String user);

    /**
     * Registers a letter and records the original file kept with it, in the same transaction: after a
     * crash either both are there or neither. The file itself must already be in the data folder
     * (see org.tidtam.registry.AttachmentStore). attachment may be null (no file).
     */
    default Letter register(LetterDraft draft, String user, Attachment attachment) {
        if (attachment == null) {
            return register(draft, user);
        }
        throw new UnsupportedOperationException("this store keeps no attachments");
    }

    /** The files kept with an entry, oldest first. */
    default List<Attachment> attachments(long letterId) { return List.of(); }

    /**
     * Live (not cancelled) entries that may be the same letter: those of the same letter date (null: none)
     * and those whose kept file has this SHA-256 (null: none). The caller decides by number and sender.
     */
    default List<RegisterRow> duplicateCandidates(java.time.LocalDate letterDate, String fileSha256) {
        return List.of();
    }

    Optional<Letter> get(long id);

    Optional<Letter> find(RegistrationNumber regNo);

    /** One page of rows, newest number first within the query; never loads the whole register. */
    List<RegisterRow> page(RegisterQuery query, int offset, int limit);

    long count(RegisterQuery query);

    /**
     * The number of rows of the query when it is at most limit, otherwise limit + 1 ("more than limit"): a
     * common search word matches hundreds of thousands of letters, and counting them all takes a second
     * (docs/decisions/0016); screens show "more than 1,000" instead.
     */
    default long countAtMost(RegisterQuery query, long limit) {
        return Math.min(count(query), limit == Long.MAX_VALUE ? limit : limit + 1);
    }

    /**
     * Hands every row of the query to sink in page order, at most limit rows (0 = all), reading the
     * database once instead of page by page (listings and exports of a whole year).
     */
    default void forEachRow(RegisterQuery query, long limit, java.util.function.Consumer<RegisterRow> sink) {
        final int pageSize = 1000;
        long handed = 0;
        for (int offset = 0; limit == 0 || handed < limit; offset += pageSize) {
            List<RegisterRow> rows = page(query, offset, pageSize);
            for (RegisterRow row : rows) {
                if (limit != 0 && handed >= limit) {
                    return;
                }
                sink.accept(row);
                handed++;
            }
            if (rows.size() < pageSize) {
                return;
            }
        }
    }

    /**
     * Hands every entry received from {@code from} through {@code to} (cancelled ones too) to sink, in
     * received order. Registration years follow the received date, so this default reads the years of the
     * range; the SQLite store reads only the range through an index on the received time.
     */
    default void forEachReceived(java.time.LocalDate from, java.time.LocalDate to,
                                 java.util.function.Consumer<RegisterRow> sink) {
        List<RegisterRow> rows = new java.util.ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            forEachRow(RegisterQuery.year(year + 543), 0, row -> {
                java.time.LocalDate received = row.receivedAt().toLocalDate();
                if (!received.isBefore(from) && !received.isAfter(to)) {
                    rows.add(row);
                }
            });
        }
        rows.sort(java.util.Comparator.comparing(RegisterRow::receivedAt).thenComparing(RegisterRow::id));
        rows.forEach(sink);
    }

    /**
     * The secrecy grade of every classified entry (ลับ, ลับมาก, ลับที่สุด) by id; entries not in the map are
     * not classified. Reports use it to hide subjects without loading each letter.
     */
    default java.util.Map<Long, org.tidtam.letter.Secrecy> classifiedLetters() {
        java.util.Map<Long, org.tidtam.letter.Secrecy> out = new java.util.HashMap<>();
        forEachRow(RegisterQuery.all(), 0, row -> {
            if (row.secrecy() != null && row.secrecy().isClassified()) {
                out.put(row.id(), row.secrecy());
            }
        });
        return out;
    }

    /**
     * Replaces the entry's fields (not its deadlines), writing one audit row per changed field. Numbers
     * never change, so the received date must stay in the entry's year; a cancelled entry cannot be edited.
     */
    Letter update(long id, LetterDraft fields, String user);

    /**
     * As {@link #update(long, LetterDraft, String)}, and sets the routing status (รับแล้ว → มอบหมายแล้ว → …)
     * in the same transaction, audited as field "status". A null status leaves it as it is.
     */
    default Letter update(long id, LetterDraft fields, org.tidtam.letter.LetterStatus status, String user) {
        Letter updated = update(id, fields, user);
        if (status == null || status == updated.status()) {
            return updated;
        }
        throw new UnsupportedOperationException("this store keeps no routing status");
    }

    /** Cancels (ยกเลิก) the entry: it stays in the register with its number; the reason is required. */
    Letter cancel(long id, String reason, String user);

    /** The entry's audit log, oldest first. */
    List<AuditEntry> history(long id);

    /**
     * Values of a field used in earlier entries that start with or contain typed (those that start with it
     * first, then the most used, then the most lately used), at most limit (capped at 200). Blank typed: the
     * most used values. For suggestions as the clerk types and for the assignee filter; answers in a few
     * milliseconds however large the register (it reads a table of distinct values, not the letters).
     */
    default List<String> suggestions(NameField field, String typed, int limit) { return List.of(); }

    /** The พ.ศ. years that have entries, newest first. */
    List<Integer> years();
}
