package org.tidtam.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tidtam.app.Core;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.Secrecy;
import org.tidtam.letter.Urgency;

/**
 * A register with letters and deadlines in the week of Monday 13 January 2025 (2568), today being
 * Wednesday the 15th, and a save dialog stand-in that records what it was asked.
 */
final class ReportFixtures {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 15, 10, 0);
    static final String SECRET_SUBJECT = "การย้ายข้าราชการระดับสูง";

    private ReportFixtures() { }

    /** Registers the week's letters into the fixture's register (today being {@link #NOW}). */
    static void seed(Core core) {
        var store = core.registerStore();
        store.register(letter("กรมการปกครอง", "ขอเชิญประชุมชี้แจงแนวทางการจัดเก็บภาษี", at(2025, 1, 13), Urgency.MOST_URGENT,
                Secrecy.NORMAL, Deadline.manual(DeadlineKind.MEETING, day(2025, 1, 17), LocalTime.of(13, 30), "เข้าประชุม")), "clerk");
        store.register(letter("สำนักงานจังหวัดขอนแก่น", "ขอให้รายงานผลการเบิกจ่ายงบประมาณ", at(2025, 1, 14), Urgency.NORMAL,
                Secrecy.NORMAL, Deadline.manual(DeadlineKind.REPORT, day(2025, 1, 10), null, "รายงานผล")), "clerk");
        store.register(letter("กรมการปกครอง", SECRET_SUBJECT, at(2025, 1, 14), Urgency.NORMAL, Secrecy.SECRET,
                Deadline.manual(DeadlineKind.REPLY, day(2025, 1, 21), null, "ตอบยืนยัน")), "clerk");
        var earlier = store.register(letter("กรมบัญชีกลาง", "ขอให้ส่งแบบสำรวจข้อมูลบุคลากร", at(2025, 1, 6), Urgency.URGENT,
                Secrecy.NORMAL, Deadline.manual(DeadlineKind.SUBMIT, day(2025, 1, 14), null, "ส่งแบบสำรวจ")), "clerk");
        core.deadlineStore().markDone(earlier.fields().deadlines().get(0).id(), "ส่งแล้ว", null, "clerk", day(2025, 1, 14));
    }

    static LetterDraft letter(String sender, String subject, LocalDateTime received, Urgency urgency, Secrecy secrecy,
                              Deadline deadline) {
        return new LetterDraft("มท 0322/ว " + (Math.abs(subject.hashCode()) % 9000 + 1000), received.toLocalDate().minusDays(3),
                sender, "นายอำเภอเมืองขอนแก่น", subject, urgency, secrecy, received, "", "สำนักปลัด", "นางสาวมาลี", "",
                "", List.of(deadline), null, null);
    }

    static LocalDateTime at(int y, int m, int d) { return LocalDateTime.of(y, m, d, 9, 30); }

    static LocalDate day(int y, int m, int d) { return LocalDate.of(y, m, d); }

    /** Returns the given file for every save request and keeps the requests. */
    static final class FixedChooser implements SaveChooser {
        final List<SaveRequest> requests = new ArrayList<>();
        private final Path file;

        FixedChooser(Path file) { this.file = file; }

        @Override
        public Optional<SaveTarget> choose(Window owner, SaveRequest request) {
            requests.add(request);
            return Optional.of(new SaveTarget(file, false));
        }
    }

    /** Clicks the button with this text in the dialog with this id. */
    static void clickDialogButton(FxRobot robot, String paneId, String text) {
        DialogPane pane = robot.lookup(paneId).queryAs(DialogPane.class);
        Node button = pane.lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.getText().equals(text)).findFirst().orElseThrow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
