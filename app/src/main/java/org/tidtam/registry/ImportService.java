package org.tidtam.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Letter;
import org.tidtam.letter.LetterDraft;
import org.tidtam.letter.LetterValidator;
import org.tidtam.store.RegisterRow;

/**
 * Registers many files at once without review: each file's first letter with its proposed deadlines
 * accepted and the original kept, duplicates skipped. A file that cannot be read or registered is
 * reported and the import goes on. Run it off the FX thread; cancellation is checked between files.
 */
public final class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    private final ProposalService proposals;
    private final DuplicateFinder duplicates;
    private final LetterRegistrar registrar;
    private final boolean keepClassifiedContent;

    public ImportService(ProposalService proposals, DuplicateFinder duplicates, LetterRegistrar registrar,
                         boolean keepClassifiedContent) {
        this.proposals = Objects.requireNonNull(proposals, "proposals");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
        this.registrar = Objects.requireNonNull(registrar, "registrar");
        this.keepClassifiedContent = keepClassifiedContent;
    }

    /**
     * @param files     files and folders (folders give their letter files, subfolders included)
     * @param dryRun    read, extract and check everything, write nothing
     * @param listener  progress, on this thread; ImportListener.NONE for none
     * @param cancelled asked before each file; true stops the import there
     */
    public ImportSummary importFiles(List<Path> files, boolean dryRun, ImportListener listener,
                                     BooleanSupplier cancelled) {
        List<Path> all = ImportFiles.expand(files);
        ImportListener progress = listener == null ? ImportListener.NONE : listener;
        Map<String, Path> seenInDryRun = new HashMap<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : all) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                return new ImportSummary(outcomes, all.size(), true, dryRun);
            }
            progress.starting(outcomes.size(), all.size(), file);
            FileOutcome outcome = importOne(file, dryRun, seenInDryRun);
            outcomes.add(outcome);
            progress.finished(outcomes.size(), all.size(), outcome);
        }
        return new ImportSummary(outcomes, all.size(), false, dryRun);
    }

    private FileOutcome importOne(Path file, boolean dryRun, Map<String, Path> seenInDryRun) {
        try {
            LetterProposal p = proposals.fromFile(file);
            LetterDraft draft = proposals.unattendedDraft(p);
            List<RegisterRow> same = duplicates.find(draft);
            if (!same.isEmpty()) {
                return new FileOutcome.Duplicate(file, same.get(0).regNo(), null);
            }
            if (dryRun) {
                return dryRunOutcome(file, draft, seenInDryRun);
            }
            Letter saved = registrar.register(draft, file, keepClassifiedContent);
            return new FileOutcome.Registered(file, saved.regNo(), saved.fields().deadlines().size());
        } catch (TidtamException e) {
            return new FileOutcome.Failed(file, e.key(), List.of(e.args()));
        } catch (RuntimeException e) {
            // a bug, not the file: the summary says which file; what went wrong is for the log
            LOG.log(Level.WARNING, e, () -> "importing '" + file.getFileName() + "' failed");
            return new FileOutcome.Failed(file, "registry.import.failed", List.of(file.getFileName().toString()));
        }
    }

    private static FileOutcome dryRunOutcome(Path file, LetterDraft draft, Map<String, Path> seen) {
        LetterValidator.validate(draft).orThrow();
        Path earlier = draft.fileSha256() == null ? null : seen.putIfAbsent(draft.fileSha256(), file);
        if (earlier != null) {
            return new FileOutcome.Duplicate(file, null, earlier);
        }
        return new FileOutcome.Registered(file, null, draft.deadlines().size());
    }
}
