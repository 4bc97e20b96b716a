package org.tidtam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.app.AppConfig;
import org.tidtam.app.Core;
import org.tidtam.followup.FollowUpLetters;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.Letter;

/** followups YEAR/NUMBER [--apply]: shows, then applies, the postponement of an earlier meeting. */
class FollowUpsCliTest {
    @TempDir Path dir;
    Path db;
    Letter first;
    Letter second;

    @BeforeEach
    void seed() {
        db = dir.resolve("tidtam.db");
        try (Core core = Core.open(new AppConfig(db, dir, FollowUpLetters.CLOCK, Messages.thai(), "clerk"))) {
            first = FollowUpLetters.register(core, FollowUpLetters.invitation());
            second = FollowUpLetters.register(core, FollowUpLetters.postponement());
        }
    }

    String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--db", db.toString(), "--today", "2025-01-06"}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        int code = TidtamCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void showsThenAppliesThePostponementOnce() {
        String[] shown = run("followups", second.regNo().toString());
        assertThat(shown[0]).isEqualTo("1");
        assertThat(shown[1].lines().toList()).first().asString().isEqualTo("เลื่อน รายการ " + first.regNo()
                + " \"ขอเชิญประชุมคณะกรรมการพัฒนาจังหวัด\": 15 ม.ค. 2568 09:30 → 22 ม.ค. 2568 13:30");

        assertThat(run("followups", second.regNo().toString(), "--apply")[0]).isEqualTo("1");
        String[] again = run("followups", second.regNo().toString());
        assertThat(again[0]).as("nothing left to change").isEqualTo("0");
        assertThat(again[1]).isEmpty();
        try (Core core = Core.open(new AppConfig(db, dir, FollowUpLetters.CLOCK, Messages.thai(), "clerk"))) {
            assertThat(core.registerStore().get(first.id()).orElseThrow().fields().deadlines().get(0).due())
                    .isEqualTo(LocalDate.of(2025, 1, 22));
        }
    }

    @Test
    void anUnknownNumberIsAThaiErrorAndExitCode2() {
        String[] r = run("followups", "2568/99");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("2568/99");
    }
}
