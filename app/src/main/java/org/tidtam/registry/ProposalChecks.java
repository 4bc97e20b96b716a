package org.tidtam.registry;

import java.util.ArrayList;
import java.util.List;
import org.tidtam.extract.Extraction;
import org.tidtam.intake.IntakeResult;
import org.tidtam.letter.Deadline;
import org.tidtam.letter.LetterDraft;

/** What the clerk should look at before saving a proposal. */
final class ProposalChecks {
    private ProposalChecks() { }

    static List<ProposalWarning> warnings(LetterDraft d, IntakeResult read, Extraction x, int index) {
        List<ProposalWarning> out = new ArrayList<>();
        if (read != null) {
            read.warnings().forEach(w -> out.add(new ProposalWarning("file", w.key(), List.copyOf(w.args()))));
        }
        if (x.letters().isEmpty()) {
            out.add(ProposalWarning.of("letter", "registry.warning.noLetter"));
        } else if (x.letters().size() > 1) {
            out.add(ProposalWarning.of("letter", "registry.warning.severalLetters", x.letters().size(), index + 1));
        }
        missing(out, "number", d.number().isEmpty());
        missing(out, "date", d.date() == null);
        missing(out, "sender", d.sender().isEmpty());
        missing(out, "subject", d.subject().isEmpty());
        if (d.secrecy().isClassified()) {
            out.add(ProposalWarning.of("secrecy", "registry.warning.classified", d.secrecy().thai()));
        }
        for (int i = 0; i < d.deadlines().size(); i++) {
            Deadline dl = d.deadlines().get(i);
            if (dl.isLowConfidence()) {
                out.add(ProposalWarning.of("deadlines[" + i + "]", "registry.warning.lowConfidence",
                        dl.evidence(), Math.round(dl.confidence() * 100)));
            }
        }
        return out;
    }

    private static void missing(List<ProposalWarning> out, String field, boolean isMissing) {
        if (isMissing) {
            out.add(ProposalWarning.of(field, "registry.warning.missing." + field));
        }
    }
}
