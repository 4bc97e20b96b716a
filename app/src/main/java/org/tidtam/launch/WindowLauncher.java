package org.tidtam.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the window in a second JVM with {@link WindowJvm}'s options when Tidtam was started as a plain
 * {@code java -jar tidtam.jar}: a jar cannot name its own JVM options. The first JVM waits only while the
 * class archive is being written (the first start for a jar), so later starts leave one JVM running.
 */
public final class WindowLauncher {
    /** -Dtidtam.relaunch=false keeps the window in the JVM the user started. */
    public static final String RELAUNCH = "tidtam.relaunch";

    private final Path jar;
    private final Path java;
    private final Path cacheDir;

    WindowLauncher(Path jar, Path java, Path cacheDir) {
        this.jar = jar;
        this.java = java;
        this.cacheDir = cacheDir;
    }

    /** The launcher for this JVM, or null when the window should start here (see {@link WindowJvm#userTuned}). */
    public static WindowLauncher forThisJvm(Path cacheDir) {
        if (Boolean.getBoolean(WindowJvm.TUNED) || "false".equals(System.getProperty(RELAUNCH))) {
            return null;
        }
        String classPath = System.getProperty("java.class.path", "");
        Path jar = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                ? Path.of(classPath) : null;
        if (jar == null || !Files.isRegularFile(jar)
                || WindowJvm.userTuned(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            return null;
        }
        Path java = ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
        return new WindowLauncher(jar.toAbsolutePath(), java, cacheDir);
    }

    /**
     * Starts the window's JVM and returns the exit code to end this one with: the window's own when this
     * JVM waited for it, else 0.
     */
    public int launch(String[] args) throws IOException, InterruptedException {
        StartArchive archive = archive();
        StartArchive.Use use = use(archive);
        Process window = new ProcessBuilder(command(use, args)).inheritIO().start();
        if (use == null || !use.writing()) {
            return 0;
        }
        int code = window.waitFor();
        if (code == 0) {
            archive.promote(use);
        } else {
            archive.discard(use);
        }
        return code;
    }

    List<String> command(StartArchive.Use use, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> inherited = ManagementFactory.getRuntimeMXBean().getInputArguments();
        command.addAll(WindowJvm.options(use, inherited, started));
        command.add("-cp");
        command.add(jar.toString());
        command.add("org.tidtam.Main");
        command.addAll(List.of(args));
        return command;
    }

    /** Null when the cache folder cannot be written: the window then starts without an archive. */
    private static StartArchive.Use use(StartArchive archive) {
        try {
            return archive == null ? null : archive.use();
        } catch (IOException e) {
            return null;
        }
    }

    /** Null when the archive cannot be named (the jar vanished): the window then starts without one. */
    private StartArchive archive() {
        try {
            return StartArchive.of(cacheDir, jar, Runtime.version().toString());
        } catch (IOException e) {
            return null;
        }
    }
}
