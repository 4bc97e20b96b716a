package org.tidtam.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tidtam.extract.ExtractedLetter;
import org.tidtam.extract.LetterExtractor;
import org.tidtam.extract.Reference;
import org.tidtam.i18n.Messages;
import org.tidtam.i18n.TidtamException;
import org.tidtam.letter.Letter;
import org.tidtam.store.DeadlineChange;
import org.tidtam.store.LetterLink;
import org.tidtam.store.LinkStore;
import org.tidtam.store.RegisterStore;

/**
 * A later letter that changes an earlier one (issue 5, point 5): after a letter is registered, proposes the
 * changes its words make to the deadlines of the entries it refers to (อ้างถึง), and applies the ones the
 * clerk accepts. Also resolves an entry's references for its detail screen. The stored text is read again
 * with the extractor, so spans are offsets into the entry's own text. Never writes except in
 * {@link #accept}; thread-safe.
 */
public final class FollowUpService {
    private final RegisterStore store;
    private final LinkStore links;
    private final LetterExtractor extractor;
    private final Messages messages;
    private final ReferenceResolver resolver;

    /** @param messages the register's language, for the reason written with an accepted change */
    public FollowUpService(RegisterStore store, LinkStore links, LetterExtractor extractor, Messages messages) {
        this.store = Objects.requireNonNull(store, "store");
        this.links = Objects.requireNonNull(links, "links");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.resolver = new ReferenceResolver(store);
    }

    /** The changes the registered letter proposes; empty when it refers to nothing in the register. */
    public List<ChangeProposal> proposals(long laterLetterId) {
        Letter later = store.get(laterLetterId).orElseThrow(() ->
                new TidtamException("detail.followup.letterNotFound", String.valueOf(laterLetterId)));
        Optional<ExtractedLetter> read = read(later);
        if (read.isEmpty() || later.isCancelled()) {
            return List.of();
        }
        List<LetterLink> done = links.linksOf(laterLetterId);
        List<ChangeProposal> out = new ArrayList<>();
        for (Reference ref : read.get().references()) {
            resolver.resolve(ref, later.id()).flatMap(row -> store.get(row.id()))
                    .flatMap(earlier -> FollowUpFinder.propose(later, read.get(), earlier))
                    .filter(p -> out.stream().noneMatch(o -> o.deadlineId() == p.deadlineId()))
                    .filter(p -> done.stream().noneMatch(l -> p.old().id().equals(l.deadlineId())))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** Applies an accepted proposal in one transaction: the earlier deadline, audit rows, the link. */
    public LetterLink accept(ChangeProposal p, String user) {
        String reason = messages.get("detail.followup.reason." + p.kind().name(),
                store.get(p.laterLetterId()).map(l -> l.regNo().toString()).orElse(""), p.evidence());
        return links.apply(new DeadlineChange(p.laterLetterId(), p.deadlineId(), p.kind(), p.newDue(), p.newTime(),
                reason, p.superseded()), user);
    }

    /** The entry's อ้างถึง items, each with the register entry it names when that one is registered. */
    public List<ResolvedReference> references(Letter letter) {
        return read(letter).map(x -> x.references().stream()
                .map(r -> new ResolvedReference(r, resolver.resolve(r, letter.id()).orElse(null))).toList())
                .orElse(List.of());
    }

    /** Links from and to the entry. */
    public List<LetterLink> links(long letterId) { return links.linksOf(letterId); }

    private Optional<ExtractedLetter> read(Letter letter) {
        String text = letter.fields().text();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<ExtractedLetter> found = extractor.extract(text, "").letters();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
