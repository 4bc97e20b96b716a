package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.RegistrationNumber;
import org.tidtam.letter.Urgency;

class SqliteRegisterStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T02:00:00Z"), ZoneId.of("Asia/Bangkok"));
    @TempDir Path dir;
    Database db;
    SqliteRegisterStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        store = new SqliteRegisterStore(db, CLOCK);
    }

    @AfterEach
    void close() { db.close(); }

    @Test
    void registersAndReadsBackEveryField() {
        Letter saved = store.register(Drafts.sample(), "somchai");
        assertThat(saved.regNo()).isEqualTo(new RegistrationNumber(2568, 1));
        assertThat(saved.fields()).usingRecursiveComparison().ignoringFields("deadlines").isEqualTo(Drafts.sample());
        assertThat(saved.fields().deadlines()).hasSize(1);
        assertThat(saved.fields().deadlines().get(0).id()).isNotNull();
        assertThat(saved.createdAt()).isEqualTo(LocalDateTime.of(2025, 3, 10, 9, 0));
        assertThat(store.find(saved.regNo())).contains(saved);
        assertThat(store.history(saved.id())).singleElement()
                .satisfies(a -> assertThat(a.user()).isEqualTo("somchai"))
                .satisfies(a -> assertThat(a.newValue()).isEqualTo("2568/1"));
    }

    @Test
    void numbersRestartAtOneOnTheFirstOfJanuary() {
        assertThat(regNo(LocalDateTime.of(2024, 12, 31, 16, 29))).isEqualTo("2567/1");
        assertThat(regNo(LocalDateTime.of(2024, 12, 31, 23, 59))).isEqualTo("2567/2");
        assertThat(regNo(LocalDateTime.of(2025, 1, 1, 0, 0))).isEqualTo("2568/1");
        assertThat(regNo(LocalDateTime.of(2025, 1, 2, 8, 30))).isEqualTo("2568/2");
        assertThat(regNo(LocalDateTime.of(2024, 12, 31, 17, 0))).isEqualTo("2567/3");
        assertThat(store.years()).containsExactly(2568, 2567);
    }

    @Test
    void twoThreadsSavingAtOnceGetDistinctConsecutiveNumbers() throws Exception {
        // Two Database objects = two connections, as two windows or two processes would have.
        try (Database other = Database.open(db.file())) {
            SqliteRegisterStore second = new SqliteRegisterStore(other, CLOCK);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                RegisterStore target = i % 2 == 0 ? store : second;
                results.add(pool.submit(() -> {
                    start.await();
                    return target.register(Drafts.sample(), "clerk").regNo().number();
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : results) {
                numbers.add(f.get());
            }
            pool.shutdown();
            Collections.sort(numbers);
            assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, 60).boxed().toList());
        }
    }

    @Test
    void aCancelledEntryKeepsItsNumberAndTheNextNumberIsNotReused() {
        Letter first = store.register(Drafts.sample(), "a");
        Letter cancelled = store.cancel(first.id(), "ลงทะเบียนซ้ำ", "b");
        assertThat(cancelled.regNo()).isEqualTo(first.regNo());
        assertThat(cancelled.cancellation().reason()).isEqualTo("ลงทะเบียนซ้ำ");
        assertThat(cancelled.cancellation().by()).isEqualTo("b");
        assertThat(store.register(Drafts.sample(), "a").regNo().number()).isEqualTo(2);
        assertThat(store.page(RegisterQuery.year(2568), 0, 10)).extracting(RegisterRow::cancelled)
                .containsExactly(false, true);
        assertThat(store.history(first.id())).extracting(a -> a.field()).containsExactly("registered", "cancelled");
    }

    @Test
    void cancellingNeedsAReasonAndHappensOnce() {
        Letter l = store.register(Drafts.sample(), "a");
        assertKey(() -> store.cancel(l.id(), "  ", "a"), "register.cancel.reasonMissing");
        store.cancel(l.id(), "ผิดหน่วยงาน", "a");
        assertKey(() -> store.cancel(l.id(), "again", "a"), "register.cancel.already");
        assertKey(() -> store.update(l.id(), Drafts.sample(), "a"), "register.cancelled.noEdit");
        assertThat(store.history(l.id())).hasSize(2);
    }

    @Test
    void anEditWritesOneAuditRowPerChangedField() {
        Letter l = store.register(Drafts.sample(), "a");
        LetterDraft d = l.fields();
        LetterDraft changed = new LetterDraft(d.number(), d.date(), "สำนักงานจังหวัดสกลนคร", d.recipient(),
                "ขอเชิญประชุม (แก้ไข)", Urgency.MOST_URGENT, d.secrecy(), d.receivedAt(), d.action(), d.unit(),
                d.officer(), "โทรแจ้งแล้ว", d.text(), d.deadlines(), d.fileSha256(), d.fileName());
        Letter after = store.update(l.id(), changed, "somsri");
        assertThat(after.fields().sender()).isEqualTo("สำนักงานจังหวัดสกลนคร");
        assertThat(store.history(l.id())).extracting(a -> a.field() + ": " + a.oldValue() + " -> " + a.newValue())
                .containsExactly("registered: null -> 2568/1",
                        "sender: สำนักงานจังหวัดขอนแก่น -> สำนักงานจังหวัดสกลนคร",
                        "subject: ขอเชิญประชุมคณะกรรมการบริหารงานจังหวัด -> ขอเชิญประชุม (แก้ไข)",
                        "urgency: URGENT -> MOST_URGENT", "remarks:  -> โทรแจ้งแล้ว");
        assertThat(store.history(l.id())).last().satisfies(a -> assertThat(a.user()).isEqualTo("somsri"));
        assertThat(store.page(RegisterQuery.all().withText("สกลนคร"), 0, 5)).hasSize(1);
        assertThat(store.page(RegisterQuery.all().withText("สำนักงานจังหวัดขอนแก่น"), 0, 5)).isEmpty();
        store.update(l.id(), changed, "somsri");
        assertThat(store.history(l.id())).hasSize(5);
    }

    @Test
    void theReceivedDateCannotMoveToAnotherYear() {
        Letter l = store.register(Drafts.sample(), "a");
        LetterDraft moved = Drafts.received(LocalDateTime.of(2026, 1, 5, 9, 0));
        assertKey(() -> store.update(l.id(), moved, "a"), "register.received.otherYear");
        assertThat(store.get(l.id())).contains(l);
    }

    @Test
    void badDraftsAreRefusedAndNothingIsWritten() {
        LetterDraft d = Drafts.sample();
        assertKey(() -> store.register(withSender(d, " "), "a"), "register.sender.missing");
        assertKey(() -> store.register(Drafts.on(LocalDate.of(1850, 1, 1)), "a"), "errors.date.yearRange");
        assertThat(store.count(RegisterQuery.all())).isZero();
        assertThat(store.years()).isEmpty();
    }

    @Test
    void pagesNewestFirstAndSearchesThaiSubstrings() {
        for (int i = 0; i < 25; i++) {
            store.register(Drafts.sample(), "a");
        }
        store.register(withSender(Drafts.sample(), "กรมส่งเสริมการปกครองท้องถิ่น"), "a");
        assertThat(store.page(RegisterQuery.year(2568), 0, 10)).extracting(r -> r.regNo().number())
                .containsExactly(26, 25, 24, 23, 22, 21, 20, 19, 18, 17);
        assertThat(store.page(RegisterQuery.year(2568), 20, 10)).hasSize(6);
        assertThat(store.count(RegisterQuery.year(2568))).isEqualTo(26);
        assertThat(store.count(RegisterQuery.year(2567))).isZero();
        assertThat(store.count(RegisterQuery.all().withText("ปกครองท้อง"))).isEqualTo(1);
        assertThat(store.count(RegisterQuery.all().withText("ขก"))).isEqualTo(26);
        assertThat(store.count(RegisterQuery.all().withText("ห้องประชุมศาลากลาง"))).isEqualTo(26);
        assertThat(store.count(RegisterQuery.all().withText("ไม่มีคำนี้"))).isZero();
        assertThat(store.page(RegisterQuery.all().withText("ปกครองท้อง"), 0, 5)).extracting(r -> r.regNo().number())
                .containsExactly(26);
        assertThat(store.page(RegisterQuery.all().withText("ห้องประชุมศาลากลาง"), 3, 4))
                .extracting(r -> r.regNo().number()).containsExactly(23, 22, 21, 20);
        assertThat(store.page(RegisterQuery.year(2567).withText("ห้องประชุมศาลากลาง"), 0, 4)).isEmpty();
        assertThat(store.page(RegisterQuery.year(2568).withText("ขก"), 0, 2)).extracting(r -> r.regNo().number())
                .containsExactly(26, 25);
        assertThat(store.count(new RegisterQuery(null, null, Urgency.MOST_URGENT, null, null))).isZero();
    }

    static LetterDraft withSender(LetterDraft d, String sender) {
        return new LetterDraft(d.number(), d.date(), sender, d.recipient(), d.subject(), d.urgency(), d.secrecy(),
                d.receivedAt(), d.action(), d.unit(), d.officer(), d.remarks(), d.text(), d.deadlines(),
                d.fileSha256(), d.fileName());
    }

    private String regNo(LocalDateTime received) {
        return store.register(Drafts.received(received), "a").regNo().toString();
    }

    static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
