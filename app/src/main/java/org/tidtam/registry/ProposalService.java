package org.tidtam.registry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.tidtam.extract.ExtractedLetter;
import org.tidtam.extract.Extraction;
import org.tidtam.extract.LetterExtractor;
import org.tidtam.i18n.Messages;
import org.tidtam.intake.FileIntake;
import org.tidtam.intake.IntakeResult;
import org.tidtam.letter.LetterDraft;

/**
 * Step one of registering a letter: read a file or pasted text and propose the register row for the clerk
 * to review. Used by the new-letter screen and by {@link ImportService}:
 *
 * <pre>{@code
 * LetterProposal p = proposals.fromFile(path);        // or fromText(pasted)
 * p = proposals.choose(p, 1);                         // another letter of the same file
 * p.draft(); p.warnings(); p.letter().get().deadlines().get(0).span();
 * registrar.register(correctedDraft, p.file(), false); // step two, see LetterRegistrar
 * }</pre>
 *
 * Stateless apart from its collaborators; thread-safe; never writes anything.
 */
public final class ProposalService {
    private final FileIntake intake;
    private final LetterExtractor extractor;
    private final Clock clock;
    private final Messages messages;

    /** @param messages the language remarks are written in (the register's own text, e.g. other numbers) */
    public ProposalService(FileIntake intake, LetterExtractor extractor, Clock clock, Messages messages) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Reads a file (.txt/.md in any supported encoding, .pdf with text, .docx) and proposes its first letter.
     *
     * @throws org.tidtam.i18n.TidtamException intake.* when the file cannot be read (message quotes its name)
     */
    public LetterProposal fromFile(Path file) {
        IntakeResult read = intake.read(file);
        Extraction x = extractor.extract(read.text(), read.fileName());
        return build(read.text(), read.fileName(), file, read, x, 0);
    }

    /** Proposes the first letter of pasted text (no file is kept with it). */
    public LetterProposal fromText(String pasted) {
        String text = pasted == null ? "" : pasted;
        return build(text, "", null, null, extractor.extract(text, ""), 0);
    }

    /** The same reading with the draft made for another letter of the file (0-based index). */
    public LetterProposal choose(LetterProposal p, int letterIndex) {
        if (letterIndex < 0 || letterIndex >= Math.max(1, p.letterCount())) {
            throw new org.tidtam.i18n.TidtamException("registry.letterIndex.invalid",
                    letterIndex + 1, p.letterCount());
        }
        return build(p.text(), p.source(), p.file(), p.intake(), p.extraction(), letterIndex);
    }

    /**
     * The draft as an import registers it, with no clerk to review: a stamped letter (หนังสือประทับตรา),
     * which has no เรื่อง by form, gets a subject saying so instead of failing the import.
     */
    public LetterDraft unattendedDraft(LetterProposal p) {
        LetterDraft d = p.draft();
        boolean stamped = p.letter().map(l -> l.type() == org.tidtam.extract.LetterType.STAMPED).orElse(false);
        if (!stamped || !d.subject().isEmpty()) {
            return d;
        }
        return new LetterDraft(d.number(), d.date(), d.sender(), d.recipient(),
                messages.get("registry.subject.stamped"), d.urgency(), d.secrecy(), d.receivedAt(), d.action(),
                d.unit(), d.officer(), d.remarks(), d.text(), d.deadlines(), d.fileSha256(), d.fileName());
    }

    private LetterProposal build(String text, String source, Path file, IntakeResult read, Extraction x, int index) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        List<String> others = OtherLetters.numbers(x, index);
        LetterDraft draft = x.letters().isEmpty()
                ? LetterDraft.empty(now).withText(text)
                : DraftBuilder.draft(x.letters().get(index), text, now, OtherLetters.remark(others, messages));
        if (read != null) {
            draft = draft.withFile(read.sha256(), read.fileName());
        }
        List<ProposalWarning> warnings = ProposalChecks.warnings(draft, read, x, index);
        return new LetterProposal(text, source, file, read, x, index, draft, others, warnings);
    }

    /** The chosen extracted letter's part of the text (used by the review screen to offset spans). */
    static String letterText(ExtractedLetter l, String text) {
        int from = Math.min(l.span().start(), text.length());
        return text.substring(from, Math.min(Math.max(from, l.span().end()), text.length()));
    }
}
