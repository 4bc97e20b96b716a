package org.tidtam.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tidtam.extract.ExtractedLetter;
import org.tidtam.extract.Extraction;
import org.tidtam.intake.IntakeResult;
import org.tidtam.letter.LetterDraft;

/**
 * What Tidtam read from a file or pasted text, ready for the clerk to review: the whole text, every letter
 * the extractor found in it, and a draft for the chosen one. Spans in {@link #extraction()} (fields,
 * deadlines) are offsets into {@link #text()}; the draft's own text is the chosen letter's part of it,
 * starting at {@code letter().span().start()}.
 *
 * @param text       the whole text read (after decoding), as the review screen shows it
 * @param source     the file's name, or "" for pasted text
 * @param file       the file read, or null for pasted text (the file kept with the entry on save)
 * @param intake     how the file was read (encoding, SHA-256, warnings); null for pasted text
 * @param extraction every letter found, in order
 * @param index      which letter the draft is for (0 = the first; 0 also when none was found)
 * @param draft      the register row proposed: fields the extractor filled, proposed deadlines (all
 *                   accepted until the clerk rejects them), received = now, file hash and name
 * @param references the numbers of the file's other letters (also written into the draft's remarks)
 * @param warnings   what the clerk should check, in field order
 */
public record LetterProposal(String text, String source, Path file, IntakeResult intake, Extraction extraction,
                             int index, LetterDraft draft, List<String> references,
                             List<ProposalWarning> warnings) {
    public LetterProposal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(draft, "draft");
        source = source == null ? "" : source;
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
        if (index < 0 || index > Math.max(0, extraction.letters().size() - 1)) {
            throw new IllegalArgumentException("letter index " + index + " outside 0.."
                    + (extraction.letters().size() - 1));
        }
    }

    /** The chosen letter as the extractor read it (with evidence spans); empty when none was found. */
    public Optional<ExtractedLetter> letter() {
        return extraction.letters().isEmpty() ? Optional.empty() : Optional.of(extraction.letters().get(index));
    }

    public int letterCount() { return extraction.letters().size(); }

    public boolean fromFile() { return file != null; }

    /** The draft with other fields or deadlines, e.g. after the clerk's corrections. */
    public LetterProposal withDraft(LetterDraft corrected) {
        return new LetterProposal(text, source, file, intake, extraction, index, corrected, references, warnings);
    }
}
