package org.tidtam.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;

/**
 * One writer per database: a lock file beside it ({@code tidtam.db.lock}) held with an OS file lock for the
 * app's lifetime, holding who took it. A second Tidtam (another window, or another PC on a shared folder)
 * finds it locked and opens the register read-only. The lock dies with its process, so a lock file left by a
 * crash is simply taken over. The OS lock covers one byte far past the text, because Windows locks are
 * mandatory: the holder's text must stay readable to the second instance.
 */
public final class SingleWriterLock implements AutoCloseable {
    public enum Mode { READ_WRITE, READ_ONLY }

    static final long LOCK_POSITION = 1L << 30;
    private static final int MAX_TEXT = 4096;
    private static final Logger LOG = Logger.getLogger(SingleWriterLock.class.getName());
    /**
     * Lock files this JVM holds. A second acquire in the same JVM must not even open the file: on POSIX,
     * closing any descriptor of a file drops every lock the process holds on it.
     */
    private static final Map<Path, LockHolder> HELD_HERE = new ConcurrentHashMap<>();
    private static final LockHolder STARTING = new LockHolder("?", "?", -1, java.time.LocalDateTime.MIN);

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder holder;
    private final LockHolder staleHolder;

    private SingleWriterLock(Path lockFile, FileChannel channel, FileLock lock, LockHolder holder, LockHolder stale) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
        this.staleHolder = stale;
    }

    public static Path lockFileFor(Path database) {
        Path abs = database.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    /** Takes the write lock, or returns a read-only lock naming who holds it. Never blocks. */
    public static SingleWriterLock acquire(Path database, String user, Clock clock) {
        Path file = lockFileFor(database).normalize();
        LockHolder here = HELD_HERE.putIfAbsent(file, STARTING);
        if (here != null) {
            return new SingleWriterLock(file, null, null, here == STARTING ? null : here, null);
        }
        SingleWriterLock result = tryAcquire(file, user, clock);
        if (result.isReadOnly()) {
            HELD_HERE.remove(file, STARTING);
        } else {
            HELD_HERE.put(file, result.holder);
        }
        return result;
    }

    private static SingleWriterLock tryAcquire(Path file, String user, Clock clock) {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            LOG.warning("cannot open lock file " + file + ": " + e);
            return new SingleWriterLock(file, null, null, null, null);
        }
        try {
            FileLock lock = ch.tryLock(LOCK_POSITION, 1, false);
            if (lock == null) {
                return readOnly(file, ch);
            }
            LockHolder stale = readHolder(ch).orElse(null);
            LockHolder me = LockHolder.current(user, clock);
            write(ch, me.toFileText());
            if (stale != null) {
                LOG.info("took over a stale lock left by " + stale);
            }
            return new SingleWriterLock(file, ch, lock, me, stale);
        } catch (OverlappingFileLockException | IOException e) {
            LOG.warning("cannot lock " + file + ": " + e);
            return readOnly(file, ch);
        }
    }

    private static SingleWriterLock readOnly(Path file, FileChannel ch) {
        Optional<LockHolder> other = Optional.empty();
        try {
            other = readHolder(ch);
        } catch (IOException e) {
            LOG.fine("cannot read lock holder: " + e);
        }
        closeQuietly(ch);
        return new SingleWriterLock(file, null, null, other.orElse(null), null);
    }

    public Mode mode() { return lock != null ? Mode.READ_WRITE : Mode.READ_ONLY; }

    public boolean isReadOnly() { return mode() == Mode.READ_ONLY; }

    /** READ_WRITE: this process; READ_ONLY: the other Tidtam, when its lock file says who it is. */
    public Optional<LockHolder> holder() { return Optional.ofNullable(holder); }

    /** The holder of a lock left behind by a Tidtam that ended without closing, when one was taken over. */
    public Optional<LockHolder> takenOverFrom() { return Optional.ofNullable(staleHolder); }

    public Path lockFile() { return lockFile; }

    /** The banner a read-only window shows; empty when this process may write. */
    public Optional<String> banner(Messages m) {
        if (!isReadOnly()) {
            return Optional.empty();
        }
        return Optional.of(holder == null ? m.get("backup.lock.readOnlyUnknown", lockFile)
                : m.get("backup.lock.readOnly", holder.host(), holder.user(), holder.since().toString(),
                        String.valueOf(holder.pid())));
    }

    /** For commands that must write (restore): refuses with a clear message when another Tidtam holds the lock. */
    public void requireWritable() {
        if (isReadOnly()) {
            throw refusal();
        }
    }

    /** The error a write meets while another Tidtam holds the lock (names the holder when known). */
    public TidtamException refusal() {
        return holder == null ? new TidtamException("backup.lock.heldUnknown", lockFile)
                : new TidtamException("backup.lock.held", holder.host(), holder.user(),
                        holder.since().toString(), String.valueOf(holder.pid()));
    }

    /** Releases the lock; the file stays (deleting it would race with a Tidtam about to lock it). */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            LOG.warning("releasing " + lockFile + ": " + e);
        } finally {
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
        }
    }

    private static Optional<LockHolder> readHolder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(MAX_TEXT);
        int n = ch.read(buf, 0);
        if (n <= 0) {
            return Optional.empty();
        }
        return LockHolder.parse(new String(buf.array(), 0, n, StandardCharsets.UTF_8));
    }

    private static void write(FileChannel ch, String text) throws IOException {
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(true);
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing held any more
        }
    }
}
