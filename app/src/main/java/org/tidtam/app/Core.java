package org.tidtam.app;

import org.tidtam.extract.LetterExtractor;
import org.tidtam.followup.FollowUpService;
import org.tidtam.intake.FileIntake;
import org.tidtam.registry.AttachmentStore;
import org.tidtam.registry.DuplicateFinder;
import org.tidtam.registry.ImportService;
import org.tidtam.registry.LetterRegistrar;
import org.tidtam.registry.ProposalService;
import org.tidtam.remind.DeadlineEntry;
import org.tidtam.remind.DueDateResolver;
import org.tidtam.remind.HolidayCalendar;
import org.tidtam.remind.ReminderPlanner;
import org.tidtam.remind.ReminderStateRepository;
import org.tidtam.remind.WorkingDays;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.tidtam.backup.BackupInspector;
import org.tidtam.backup.BackupService;
import org.tidtam.backup.KnownSchema;
import org.tidtam.backup.RestoreService;
import org.tidtam.backup.SingleWriterLock;
import org.tidtam.store.AuditVerifier;
import org.tidtam.store.Database;
import org.tidtam.store.DeadlineStore;
import org.tidtam.store.Directory;
import org.tidtam.store.SqliteDirectory;
import org.tidtam.store.RegisterStore;
import org.tidtam.store.SqliteLinkStore;
import org.tidtam.store.SqliteDeadlineStore;
import org.tidtam.store.SqliteHolidayRepository;
import org.tidtam.store.SqliteRegisterStore;
import org.tidtam.store.SqliteReminderStateRepository;
import org.tidtam.store.SqliteSettings;

/**
 * The composition root shared by the window and the command line: takes the single-writer lock, opens the
 * database named in the configuration and builds the core services on it. Fronts get services from here,
 * never from statics. When another Tidtam holds the lock the database opens read-only: reads work, every
 * write throws the lock's message naming the holder, and {@link #readOnlyBanner()} gives the window's banner.
 * Closing it closes the database, then releases the lock.
 */
public final class Core implements AutoCloseable {
    private final AppConfig config;
    private final SingleWriterLock lock;
    private final Database database;
    private final RegisterStore registerStore;
    private final AuditVerifier auditVerifier;
    private final ProposalService proposalService;
    private final LetterRegistrar registrar;
    private final DuplicateFinder duplicateFinder;
    private final HolidayCalendar holidays;
    private final DeadlineStore deadlineStore;
    private final ReminderStateRepository reminderStates;
    private final SqliteSettings settings;
    private final FollowUpService followUps;
    /** Set when {@link #reopenAfter} passed the lock on to a new Core: closing this one must not release it. */
    private volatile boolean lockHandedOver;
    private final Directory directory;

    private Core(AppConfig config, SingleWriterLock lock, Database database) {
        this.config = config;
        this.lock = lock;
        this.database = database;
        this.registerStore = new SqliteRegisterStore(database, config.clock());
        this.auditVerifier = new AuditVerifier(database);
        this.proposalService = new ProposalService(new FileIntake(), new LetterExtractor(config.clock()),
                config.clock(), config.messages());
        this.registrar = new LetterRegistrar(registerStore, new AttachmentStore(config.dataDir()), config.user());
        this.duplicateFinder = new DuplicateFinder(registerStore);
        this.holidays = HolidayCalendar.withShippedTable(new SqliteHolidayRepository(database));
        DueDateResolver resolver = new DueDateResolver(new WorkingDays(holidays));
        this.deadlineStore = new SqliteDeadlineStore(database, config.clock(), e -> resolve(resolver, e));
        this.reminderStates = new SqliteReminderStateRepository(database);
        this.settings = new SqliteSettings(database);
        this.followUps = new FollowUpService(registerStore, new SqliteLinkStore(database, config.clock()),
                new LetterExtractor(config.clock()), config.messages());
        this.directory = new SqliteDirectory(database);
    }

    private static DeadlineEntry resolve(DueDateResolver resolver, DeadlineEntry e) {
        var received = e.letter().receivedAt() == null ? null : e.letter().receivedAt().toLocalDate();
        var d = resolver.apply(e.deadline(), received, e.letter().letterDate());
        return d == e.deadline() ? e : new DeadlineEntry(d, e.letter());
    }

    /**
     * Takes the write lock and opens the database (creating and migrating it if needed), or opens it
     * read-only when another Tidtam holds the lock; TidtamException if it cannot be used.
     */
    public static Core open(AppConfig config) {
        createFolder(config);
        SingleWriterLock lock = SingleWriterLock.acquire(config.database(), config.user(), config.clock());
        try {
            Database db = lock.isReadOnly() ? Database.openReadOnly(config.database(), lock::refusal)
                    : Database.open(config.database());
            return new Core(config, lock, db);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void createFolder(AppConfig config) {
        try {
            Files.createDirectories(config.database().toAbsolutePath().getParent());
        } catch (IOException | SecurityException e) {
            // Database.open says clearly that the folder cannot be written; the lock then reads as held
        }
    }

    public AppConfig config() { return config; }

    public Database database() { return database; }

    public RegisterStore registerStore() { return registerStore; }

    public AuditVerifier auditVerifier() { return auditVerifier; }

    /** Reads a file or pasted text and proposes the register row (the new-letter screen's step one). */
    public ProposalService proposalService() { return proposalService; }

    /** Saves a reviewed draft with its original file (step two). */
    public LetterRegistrar registrar() { return registrar; }

    /** The originals kept under DATA_DIR/files. */
    public AttachmentStore attachmentStore() { return registrar.files(); }

    public DuplicateFinder duplicateFinder() { return duplicateFinder; }

    /** Imports files and folders without review; classified letters keep their content only when asked. */
    public ImportService importService(boolean keepClassifiedContent) {
        return new ImportService(proposalService, duplicateFinder, registrar, keepClassifiedContent);
    }

    /** As {@link #importService(boolean)} with the office's setting (off unless changed in settings). */
    public ImportService importService() { return importService(settings.keepClassifiedContent()); }

    /** Report options with the office's setting for classified subjects (off: the grade only). */
    public org.tidtam.report.SummaryOptions summaryOptions() {
        return org.tidtam.report.SummaryOptions.defaults().withSecretSubjects(settings.showClassifiedSubjects());
    }

    /** The units and officers letters are routed to (maintained in settings). */
    public Directory directory() { return directory; }
    /** The shipped Thai holiday table with the user's changes; relative due days follow it. */
    public HolidayCalendar holidays() { return holidays; }

    public DeadlineStore deadlineStore() { return deadlineStore; }

    public ReminderStateRepository reminderStates() { return reminderStates; }

    public SqliteSettings settings() { return settings; }

    /** Changes a later letter makes to earlier entries' deadlines, links, and resolved references. */
    public FollowUpService followUps() { return followUps; }

    /** A planner on the policy stored now (read each time, so a settings change applies at once). */
    public ReminderPlanner reminderPlanner() { return new ReminderPlanner(settings.reminderPolicy()); }

    /** True when another Tidtam holds the write lock: this one may only look. */
    public boolean readOnly() { return database.readOnly(); }

    /** The banner the window shows when read-only (names the other Tidtam's host, user, start and pid). */
    public Optional<String> readOnlyBanner() { return lock.banner(config.messages()); }

    /** For write paths that do more than one store call: refuses early with the lock's message. */
    public void requireWritable() { lock.requireWritable(); }

    /** The lock this Core holds (or failed to get), e.g. to show who holds it. */
    public SingleWriterLock lock() { return lock; }

    /** The backup folder the user chose (stored in the database's settings), else DATA_DIR/backups. */
    public Path backupFolder() { return BackupFolderSetting.read(settings, config.dataDir()); }

    /**
     * Stores a new backup folder after checking that a file can be written there; TidtamException
     * "backup.folder.unwritable" (nothing saved) if not, or the lock's message when read-only.
     */
    public void changeBackupFolder(Path folder) {
        requireWritable();
        BackupFolderSetting.save(settings, folder);
    }

    /** Backups of this database into the configured folder (read each time, so a change applies at once). */
    public BackupService backupService() { return new BackupService(config.database(), backupFolder()); }

    /** Restores into this database, keeping the pre-restore copy in the backup folder. */
    public RestoreService restoreService() {
        return new RestoreService(config.database(), backupFolder(), new BackupInspector(KnownSchema.latest()));
    }

    /**
     * Closes the database while still holding the write lock, runs {@code work} on the closed file (a restore),
     * then opens a new Core on the same file with the same lock, whether the work succeeded or not. This Core
     * is finished afterwards. If the file cannot be opened again the lock is released and that error thrown.
     */
    public <T> Reopened<T> reopenAfter(Function<Path, T> work) {
        requireWritable();
        database.close();
        lockHandedOver = true;
        T value = null;
        RuntimeException failure = null;
        try {
            value = work.apply(config.database());
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            return new Reopened<>(new Core(config, lock, Database.open(config.database())), value, failure);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            if (!lockHandedOver) {
                lock.close();
            }
        }
    }
}
