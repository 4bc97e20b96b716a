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
    private final long launchedAt = System.currentTimeMillis();

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
        if (jar == null || !Files.isRegularFile(jar) || WindowJvm.userTuned(jvmOptions())) {
            return null;
        }
        Path java = ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
        return new WindowLauncher(jar.toAbsolutePath(), java, cacheDir);
    }

    /**
     * The options this JVM was started with. From the process's own command line where the OS gives it
     * (the words before -jar): the management bean that also knows them takes 50–70 ms to load, a
     * tenth of the whole start's budget; it is the fallback (Windows does not give the arguments).
     */
    static List<String> jvmOptions() {
        return ProcessHandle.current().info().arguments().map(WindowLauncher::beforeJar)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static List<String> beforeJar(String[] words) {
        List<String> options = new ArrayList<>();
        for (String w : words) {
            if (w.equals("-jar")) {
                return options;
            }
            options.add(w);
        }
        return List.of("(no -jar)"); // not a jar start: counts as the user's own choice
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
        command.addAll(WindowJvm.options(use, jvmOptions(), launchedAt));
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
