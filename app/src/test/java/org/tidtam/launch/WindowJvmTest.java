package org.tidtam.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowJvmTest {

    @Test
    void systemPropertiesAloneLeaveTheChoiceToTidtam() {
        assertThat(WindowJvm.userTuned(List.of())).isFalse();
        assertThat(WindowJvm.userTuned(List.of("-Dtidtam.exitWhenReady=true", "-Dfile.encoding=UTF-8"))).isFalse();
    }

    @Test
    void aHeapSizeCollectorOrAgentIsTheUsersChoice() {
        assertThat(WindowJvm.userTuned(List.of("-Xmx2g"))).isTrue();
        assertThat(WindowJvm.userTuned(List.of("-Dx=1", "-XX:+UseG1GC"))).isTrue();
        assertThat(WindowJvm.userTuned(List.of("-javaagent:/x.jar"))).isTrue();
    }

    @Test
    void optionsPutOursFirstThenTheArchiveThenTheUsersProperties() {
        StartArchive.Use reading = new StartArchive.Use(Path.of("/c/start-k.jsa"), false);
        List<String> options = WindowJvm.options(reading, List.of("-Dtidtam.exitWhenReady=true", "-Dtidtam.tuned=false"), 1234);

        assertThat(options).startsWith("-XX:+UseSerialGC").contains("-XX:TieredStopAtLevel=1")
                .contains("-XX:SharedArchiveFile=" + Path.of("/c/start-k.jsa"))
                .contains("-Dtidtam.tuned=true", "-Dtidtam.launchedAt=1234", "-Dtidtam.exitWhenReady=true")
                .doesNotContain("-Dtidtam.tuned=false");
    }

    @Test
    void theFirstStartWritesTheArchiveAtExit() {
        StartArchive.Use writing = new StartArchive.Use(Path.of("/c/start-k-1.part"), true);

        assertThat(WindowJvm.options(writing, List.of(), 1))
                .contains("-XX:ArchiveClassesAtExit=" + Path.of("/c/start-k-1.part"));
        assertThat(WindowJvm.options(null, List.of(), 1)).noneMatch(o -> o.contains("Archive"));
    }
}
