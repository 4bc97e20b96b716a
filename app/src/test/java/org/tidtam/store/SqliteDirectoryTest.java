package org.tidtam.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterStatus;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;

class SqliteDirectoryTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T02:00:00Z"), ZoneId.of("Asia/Bangkok"));
    @TempDir Path dir;
    Database db;
    SqliteDirectory directory;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        directory = new SqliteDirectory(db);
    }

    @AfterEach
    void close() { db.close(); }

    @Test
    void addsRenamesAndDeactivatesUnitsAndOfficers() {
        Unit admin = directory.addUnit("  ฝ่ายบริหาร   งานทั่วไป ");
        directory.addUnit("กลุ่มงานการเงิน");
        Officer malee = directory.addOfficer("นางสาวมาลี ใจดี", admin.name());
        directory.addOfficer("นายสมชาย", "");

        assertThat(admin.name()).isEqualTo("ฝ่ายบริหาร งานทั่วไป");
        assertThat(directory.units()).extracting(Unit::name).containsExactly("กลุ่มงานการเงิน", "ฝ่ายบริหาร งานทั่วไป");
        assertThat(malee.unit()).isEqualTo("ฝ่ายบริหาร งานทั่วไป");

        directory.renameUnit(admin.id(), "ฝ่ายอำนวยการ");
        assertThat(directory.officers()).filteredOn(o -> o.id().equals(malee.id()))
                .singleElement().extracting(Officer::unit).isEqualTo("ฝ่ายอำนวยการ");

        directory.setUnitActive(admin.id(), false);
        directory.setOfficerActive(malee.id(), false);
        assertThat(directory.activeUnits()).extracting(Unit::name).containsExactly("กลุ่มงานการเงิน");
        assertThat(directory.activeOfficers()).extracting(Officer::name).containsExactly("นายสมชาย");
        assertThat(directory.units()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ฝ่ายปกครอง,   ฝ่ายปกครอง,      มีหน่วยงานชื่อ 'ฝ่ายปกครอง' อยู่แล้ว
            Finance,     finance,         มีหน่วยงานชื่อ 'finance' อยู่แล้ว
            ฝ่ายปกครอง,   ' ',             กรุณาระบุชื่อหน่วยงาน
            """)
    void aDuplicateOrBlankUnitIsRefusedInThaiAndNothingIsWritten(String first, String second, String message) {
        directory.addUnit(first);
        assertThatThrownBy(() -> directory.addUnit(second))
                .isInstanceOfSatisfying(TidtamException.class,
                        e -> assertThat(Messages.thai().of(e)).contains(message));
        assertThat(directory.units()).extracting(Unit::name).containsExactly(first);
    }

    @Test
    void aDuplicateOfficerIsRefusedEvenInAnotherUnit() {
        directory.addUnit("ฝ่ายปกครอง");
        directory.addOfficer("นายสมชาย", "ฝ่ายปกครอง");
        assertThatThrownBy(() -> directory.addOfficer("นายสมชาย", ""))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(Messages.thai().of(e))
                        .isEqualTo("มีเจ้าหน้าที่ชื่อ 'นายสมชาย' อยู่แล้ว กรุณาใช้ชื่ออื่น"));
        assertThat(directory.officers()).hasSize(1);
    }

    @Test
    void anOfficerInAnUnknownUnitIsRefused() {
        assertThatThrownBy(() -> directory.addOfficer("นายสมชาย", "ฝ่ายที่ไม่มี"))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(e.key())
                        .isEqualTo("settings.directory.unknownUnit"));
    }

    @Test
    void aNameALetterUsesCannotBeDeletedButCanBeDeactivated() {
        Unit unit = directory.addUnit("ฝ่ายปกครอง");
        Officer officer = directory.addOfficer("นายสมชาย", "ฝ่ายปกครอง");
        Officer typo = directory.addOfficer("นายสมชัย", "");
        SqliteRegisterStore store = new SqliteRegisterStore(db, CLOCK);
        LetterDraft d = Drafts.sample();
        store.register(new LetterDraft(d.number(), d.date(), d.sender(), d.recipient(), d.subject(), d.urgency(),
                d.secrecy(), d.receivedAt(), d.action(), "ฝ่ายปกครอง", "นายสมชาย", d.remarks(), d.text(),
                d.deadlines(), null, null), "clerk");

        assertThatThrownBy(() -> directory.deleteOfficer(officer.id()))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(Messages.thai().of(e))
                        .startsWith("ลบเจ้าหน้าที่ 'นายสมชาย' ไม่ได้ เพราะมีหนังสือ 1 ฉบับ"));
        assertThatThrownBy(() -> directory.deleteUnit(unit.id()))
                .isInstanceOfSatisfying(TidtamException.class, e -> assertThat(Messages.thai().of(e))
                        .contains("ให้ปิดการใช้งานแทน"));
        directory.deleteOfficer(typo.id());
        directory.setUnitActive(unit.id(), false);

        assertThat(directory.officers()).extracting(Officer::name).containsExactly("นายสมชาย");
        assertThat(directory.units()).singleElement().extracting(Unit::active).isEqualTo(false);
    }

    @Test
    void twoUnitsCanSwapNamesInOneSave() {
        Unit a = directory.addUnit("ก");
        Unit b = directory.addUnit("ข");
        directory.replace(List.of(a.renamed("ข"), b.renamed("ก")), List.of());
        assertThat(directory.units()).extracting(Unit::id, Unit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(b.id(), "ก"),
                        org.assertj.core.groups.Tuple.tuple(a.id(), "ข"));
    }

    @Test
    void theRoutingStatusChangesWithItsAuditRow() {
        SqliteRegisterStore store = new SqliteRegisterStore(db, CLOCK);
        var letter = store.register(Drafts.sample(), "clerk");
        var updated = store.update(letter.id(), letter.fields(), LetterStatus.ASSIGNED, "somchai");
        assertThat(updated.status()).isEqualTo(LetterStatus.ASSIGNED);
        assertThat(store.history(letter.id())).last()
                .satisfies(a -> assertThat(a.field()).isEqualTo("status"))
                .satisfies(a -> assertThat(a.oldValue()).isEqualTo("RECEIVED"))
                .satisfies(a -> assertThat(a.newValue()).isEqualTo("ASSIGNED"));
        assertThat(new AuditVerifier(db).verify().intact()).isTrue();
    }
}
