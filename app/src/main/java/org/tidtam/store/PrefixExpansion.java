package org.tidtam.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rewrites the body phrase whose last word is a prefix ({@code "ว่า" *}) as an OR of exact phrases, one per
 * term of the index starting with it ({@code "ว่า" OR "ว่าง" OR …}), from {@link BodyTerms}
 * (docs/decisions/0016). FTS5 builds the whole merged list of every term matching a prefix before the first
 * row (on a million letters "จ่า"* takes 0.1–0.2 s, "จ่าย" 0.4 ms) but walks an OR lazily in rowid order. The
 * OR finds the same letters in the same order because body_terms holds every term of the index.
 * <p>
 * Each phrase of a several-word query walks its leading words' lists again, 5–10 ms when one of them is in
 * most letters, so such queries are expanded into at most {@link #PHRASE_LIMIT} phrases; one-word queries
 * (a list each, ≈ 0.04 ms a branch) into {@link #WORD_LIMIT}. Beyond the limit, with no term, or with a
 * character {@link IndexTokens} does not know, the prefix phrase stays as it is.
 */
final class PrefixExpansion {
    static final int WORD_LIMIT = 64;
    static final int PHRASE_LIMIT = 8;

    private PrefixExpansion() { }

    /** The MATCH expression for body's exact hits: the expanded OR, or body.exact() itself; null if none. */
    static String match(Connection c, BodyQuery body) throws SQLException {
        if (body.exact() == null) {
            return null;
        }
        List<String> tokens = IndexTokens.of(body.words()).orElse(List.of());
        if (tokens.isEmpty()) {
            return body.exact();
        }
        int limit = tokens.size() == 1 ? WORD_LIMIT : PHRASE_LIMIT;
        List<String> terms = BodyTerms.startingWith(c, tokens.get(tokens.size() - 1), limit + 1);
        if (terms.isEmpty() || terms.size() > limit) {
            return body.exact();
        }
        String head = String.join(" ", tokens.subList(0, tokens.size() - 1));
        return terms.stream().map(t -> BodyQuery.phrase(head.isEmpty() ? t : head + " " + t))
                .collect(Collectors.joining(" OR "));
    }
}
