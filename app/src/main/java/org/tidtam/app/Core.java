package org.tidtam.app;

import org.tidtam.extract.LetterExtractor;
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
import org.tidtam.store.AuditVerifier;
import org.tidtam.store.Database;
import org.tidtam.store.DeadlineStore;
import org.tidtam.store.RegisterStore;
import org.tidtam.store.SqliteDeadlineStore;
import org.tidtam.store.SqliteHolidayRepository;
import org.tidtam.store.SqliteRegisterStore;
import org.tidtam.store.SqliteReminderStateRepository;
import org.tidtam.store.SqliteSettings;

/**
 * The composition root shared by the window and the command line: opens the database named in the
 * configuration and builds the core services on it. Fronts get services from here, never from statics.
 * Closing it closes the database.
 */
public final class Core implements AutoCloseable {
    private final AppConfig config;
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

    private Core(AppConfig config, Database database) {
        this.config = config;
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
    }

    private static DeadlineEntry resolve(DueDateResolver resolver, DeadlineEntry e) {
        var received = e.letter().receivedAt() == null ? null : e.letter().receivedAt().toLocalDate();
        var d = resolver.apply(e.deadline(), received, e.letter().letterDate());
        return d == e.deadline() ? e : new DeadlineEntry(d, e.letter());
    }

    /** Opens the database (creating and migrating it if needed); TidtamException if it cannot be used. */
    public static Core open(AppConfig config) {
        return new Core(config, Database.open(config.database()));
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
    /** The shipped Thai holiday table with the user's changes; relative due days follow it. */
    public HolidayCalendar holidays() { return holidays; }

    public DeadlineStore deadlineStore() { return deadlineStore; }

    public ReminderStateRepository reminderStates() { return reminderStates; }

    public SqliteSettings settings() { return settings; }

    /** A planner on the policy stored now (read each time, so a settings change applies at once). */
    public ReminderPlanner reminderPlanner() { return new ReminderPlanner(settings.reminderPolicy()); }

    @Override
    public void close() { database.close(); }
}
