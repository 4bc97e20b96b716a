package org.tidtam.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.AuditEntry;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.store.RegisterQuery;
import org.tidtam.store.RegisterRow;
import org.tidtam.store.RegisterStore;

/** The register in memory, for screen tests that need no database; counts its page calls. */
public final class FakeRegisterStore implements RegisterStore {
    private final Clock clock;
    private final List<Letter> letters = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    public final AtomicInteger pageCalls = new AtomicInteger();

    public FakeRegisterStore(Clock clock) { this.clock = clock; }

    @Override
    public synchronized Letter register(LetterDraft draft, String user) {
        if (draft.sender().isBlank()) {
            throw new TidtamException("errors.unexpected", "sender");
        }
        int year = draft.receivedAt().getYear() + 543;
        int next = (int) letters.stream().filter(l -> l.regNo().yearBe() == year).count() + 1;
        Letter l = new Letter(letters.size() + 1, new RegistrationNumber(year, next), draft, LetterStatus.RECEIVED,
                null, now());
        letters.add(l);
        log(l.id(), user, "registered", "", l.regNo().toString());
        return l;
    }

    @Override
    public synchronized Optional<Letter> get(long id) {
        return letters.stream().filter(l -> l.id() == id).findFirst();
    }

    @Override
    public synchronized Optional<Letter> find(RegistrationNumber regNo) {
        return letters.stream().filter(l -> l.regNo().equals(regNo)).findFirst();
    }

    @Override
    public synchronized List<RegisterRow> page(RegisterQuery query, int offset, int limit) {
        pageCalls.incrementAndGet();
        return matching(query).skip(offset).limit(limit).map(FakeRegisterStore::row).toList();
    }

    @Override
    public synchronized long count(RegisterQuery query) { return matching(query).count(); }

    @Override
    public void forEachRow(RegisterQuery q, long limit, java.util.function.Consumer<RegisterRow> sink) {
        page(q, 0, (int) (limit == 0 ? Integer.MAX_VALUE : limit)).forEach(sink);
    }

    @Override
    public synchronized Letter update(long id, LetterDraft fields, String user) {
        Letter old = get(id).orElseThrow();
        Map<String, Object[]> pairs = Map.of("sender", new Object[] {old.fields().sender(), fields.sender()},
                "subject", new Object[] {old.fields().subject(), fields.subject()},
                "remarks", new Object[] {old.fields().remarks(), fields.remarks()});
        pairs.forEach((f, v) -> {
            if (!Objects.equals(v[0], v[1])) {
                log(id, user, f, String.valueOf(v[0]), String.valueOf(v[1]));
            }
        });
        return replace(new Letter(id, old.regNo(), fields, old.status(), old.cancellation(), old.createdAt()));
    }

    @Override
    public synchronized Letter cancel(long id, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new TidtamException("errors.unexpected", "reason");
        }
        Letter old = get(id).orElseThrow();
        log(id, user, "cancelled", "", reason);
        return replace(new Letter(id, old.regNo(), old.fields(), old.status(),
                new Letter.Cancellation(reason, user, now()), old.createdAt()));
    }

    @Override
    public synchronized List<AuditEntry> history(long id) {
        return audit.stream().filter(a -> a.letterId() == id).toList();
    }

    @Override
    public synchronized List<Integer> years() {
        return letters.stream().map(l -> l.regNo().yearBe()).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    private java.util.stream.Stream<Letter> matching(RegisterQuery q) {
        return letters.stream().filter(l -> q.yearBe() == null || l.regNo().yearBe() == q.yearBe())
                .sorted(Comparator.comparing(Letter::regNo).reversed());
    }

    private Letter replace(Letter l) {
        letters.set((int) l.id() - 1, l);
        return l;
    }

    private void log(long id, String user, String field, String old, String now) {
        audit.add(new AuditEntry(audit.size() + 1, id, now(), user, field, old, now, ""));
    }

    private LocalDateTime now() { return LocalDateTime.now(clock); }

    static RegisterRow row(Letter l) {
        LetterDraft f = l.fields();
        return new RegisterRow(l.id(), l.regNo(), f.receivedAt(), f.number(), f.date(), f.sender(), f.recipient(),
                f.subject(), f.urgency(), f.secrecy(), f.action(), f.remarks(), f.unit(), f.officer(), l.status(),
                l.isCancelled());
    }
}
