package org.dramatis.extract;

import java.time.LocalDate;
import java.util.List;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;

/**
 * Runs extraction, through the {@link ClaimExtractor} contract, over a test's own sentences as CoreNLP annotated them:
 * the annotations are stored with the test class ({@link StoredAnnotations}, which the class must declare with
 * {@code @ExtendWith}), so rule tests need no models. Finds claims by the text of their actors.
 */
final class RulesFixture {
    static final LocalDate DATE = LocalDate.of(2022, 9, 15);
    private static ClaimExtractor extractor;

    private RulesFixture() {
    }

    private static synchronized ClaimExtractor extractor() {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor;
    }

    static Extraction run(String text) {
        return extractor().extract(StoredAnnotations.of(text, DATE), DATE, "test");
    }

    /**
     * Extraction of a text read as a file without a date is: annotated without one, then extracted against the date
     * ingestion would infer for it.
     */
    static Extraction runUndated(String text, LocalDate inferred) {
        return extractor().extract(StoredAnnotations.of(text, null), inferred, "test");
    }

    /** Facts of a kind that count as facts (not denied, negated or hypothetical) whose actors' texts contain the given ones. */
    static List<FactClaim> facts(Extraction x, FactKind kind, String subject, String object) {
        return x.facts().stream().filter(f -> f.kind() == kind && f.modality().countsAsFact())
                .filter(f -> x.mentions().get(f.subject()).text().contains(subject))
                .filter(f -> object == null || f.object() >= 0 && x.mentions().get(f.object()).text().contains(object))
                .toList();
    }

    static boolean has(Extraction x, FactKind kind, String subject, String object) {
        return !facts(x, kind, subject, object).isEmpty();
    }

    static List<EventClaim> events(Extraction x, EventType type) {
        return x.events().stream().filter(e -> e.type() == type).toList();
    }

    /** Whether an event names an actor whose text contains {@code text}, in the given role (null: any role). */
    static boolean involves(Extraction x, EventClaim e, String text, String role) {
        return e.participants().stream().anyMatch(p -> x.mentions().get(p.mention()).text().contains(text)
                && (role == null || p.role().equals(role)));
    }
}
