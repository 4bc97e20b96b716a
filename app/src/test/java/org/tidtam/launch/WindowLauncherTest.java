package org.tidtam.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowLauncherTest {

    @Test
    void theWindowsJvmRunsMainFromTheSameJarWithTheSameArguments() {
        WindowLauncher launcher = new WindowLauncher(Path.of("/opt/tidtam.jar"), Path.of("/jdk/bin/java"), Path.of("/c"));

        List<String> command = launcher.command(null, new String[] {"--db", "/d/ทะเบียน.db", "--today", "2025-06-15"});

        assertThat(command.get(0)).isEqualTo(Path.of("/jdk/bin/java").toString());
        assertThat(command).containsSubsequence("-XX:+UseSerialGC", "-Dtidtam.tuned=true", "-cp",
                Path.of("/opt/tidtam.jar").toString(), "org.tidtam.Main", "--db", "/d/ทะเบียน.db", "--today", "2025-06-15");
    }

    @Test
    void notUnderTestsOrAnIde() {
        // the test JVM runs from class folders, not one jar: the window would start in place
        assertThat(WindowLauncher.forThisJvm(Path.of("/c"))).isNull();
    }

    @Test
    void theUsersJvmOptionsAreTheWordsBeforeTheJar() {
        assertThat(WindowLauncher.beforeJar(new String[] {"-Dx=1", "-jar", "tidtam.jar", "--db", "a.db"}))
                .containsExactly("-Dx=1");
        assertThat(WindowJvm.userTuned(WindowLauncher.beforeJar(new String[] {"-jar", "tidtam.jar"}))).isFalse();
        assertThat(WindowJvm.userTuned(WindowLauncher.beforeJar(new String[] {"-cp", "x", "org.tidtam.Main"}))).isTrue();
    }
}
