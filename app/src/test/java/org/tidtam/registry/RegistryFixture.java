package org.tidtam.registry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.tidtam.extract.LetterExtractor;
import org.tidtam.i18n.Messages;
import org.tidtam.intake.FileIntake;
import org.tidtam.store.Database;
import org.tidtam.store.SqliteRegisterStore;

/** A register on a temporary database with the registry services on it, at a fixed moment. */
final class RegistryFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2025, 3, 10, 9, 30).atZone(ZONE).toInstant(), ZONE);

    final Path dataDir;
    final Database db;
    final SqliteRegisterStore store;
    final ProposalService proposals;
    final AttachmentStore files;
    final LetterRegistrar registrar;
    final DuplicateFinder duplicates;

    RegistryFixture(Path dataDir) {
        this.dataDir = dataDir;
        this.db = Database.open(dataDir.resolve("tidtam.db"));
        this.store = new SqliteRegisterStore(db, CLOCK);
        this.proposals = new ProposalService(new FileIntake(), new LetterExtractor(CLOCK), CLOCK, Messages.thai());
        this.files = new AttachmentStore(dataDir);
        this.registrar = new LetterRegistrar(store, files, "clerk");
        this.duplicates = new DuplicateFinder(store);
    }

    ImportService importer(boolean keepClassified) {
        return new ImportService(proposals, duplicates, registrar, keepClassified);
    }

    @Override
    public void close() { db.close(); }
}
