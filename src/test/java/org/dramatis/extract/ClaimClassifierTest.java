package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;
import org.dramatis.nlp.StoredAnnotations;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The classification step behind its interface: a classifier written here, which knows two verbs and nothing else,
 * plugged into the rules' pipeline ({@link Extractor#classifiedBy}) reuses its mention finding and its dating and
 * modality steps. Invented sentences, as CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class ClaimClassifierTest {
    /** A Thursday. */
    private static final LocalDate DATE = LocalDate.of(2024, 3, 14);
    private static final String STORY = "Police in Port Selin arrested the activist Maren Tol on Tuesday. "
            + "The police did not arrest her lawyer, Ivo Brandt. "
            + "Two days later, officers detained her brother Oskar Tol.";
    private static final Set<String> VERBS = Set.of("arrest", "detain");
    private static final Extractor RULES = new Extractor();

    /** Each "arrest" or "detain" is an arrest of the people its sentence names, dated and qualified by the pipeline. */
    private static void twoVerbs(ClaimDocument doc) {
        for (int s = 0; s < doc.document().sentences().size(); s++) {
            twoVerbs(doc, s);
        }
    }

    /** The arrests of sentence {@code s}. */
    private static void twoVerbs(ClaimDocument doc, int s) {
        List<Token> tokens = doc.document().sentences().get(s).tokens();
        for (int t = 0; t < tokens.size(); t++) {
            if (!VERBS.contains(tokens.get(t).lemma())) {
                continue;
            }
            List<EventClaim.Participant> targets = new ArrayList<>();
            for (ActorMention m : doc.mentions()) {
                if (m.sentence() == s && m.type() == ActorType.PERSON) {
                    targets.add(new EventClaim.Participant(m.index(), "target"));
                }
            }
            List<Integer> taken = targets.stream().map(EventClaim.Participant::mention).toList();
            String date = doc.eventDate(s, t, EventType.COERCE, -1, taken, null);
            doc.addEvent(new EventClaim(EventType.COERCE, null, date, null, targets, tokens.get(t).word(),
                    doc.modality(s, t), s, tokens.get(t).word()));
        }
    }

    private static Extraction extract(ClaimExtractor extractor) {
        return extractor.extract(StoredAnnotations.of(STORY, DATE), DATE, "test");
    }

    private static String targetOf(Extraction x, EventClaim e) {
        return x.mentions().get(e.participants().get(0).mention()).text();
    }

    @Test
    void aPluggedClassifier_readsTheMentionsTheRulesRead() {
        Extraction fake = extract(RULES.classifiedBy(ClaimClassifierTest::twoVerbs));
        assertThat(fake.mentions()).isEqualTo(extract(RULES).mentions());
        assertThat(fake.events()).extracting(e -> targetOf(fake, e)).containsExactly("Maren Tol", "Ivo Brandt", "Oskar Tol");
    }

    @Test
    void aPluggedClassifier_hasItsEventsDatedAndQualifiedByTheSharedSteps() {
        Extraction fake = extract(RULES.classifiedBy(ClaimClassifierTest::twoVerbs));
        assertThat(fake.events()).extracting(EventClaim::date).first().as("on Tuesday, told on Thursday 14 March")
                .isEqualTo("2024-03-12");
        assertThat(fake.events().get(1).modality()).as("did not arrest").isEqualTo(Modality.NEGATED);
        assertThat(fake.events().get(2).date()).as("two days after the arrest of Tuesday").isEqualTo("2024-03-14");
    }

    @Test
    void aPluggedClassifier_dropsTheRulesWhenItDoesNotRunThem() {
        Extraction fake = extract(RULES.classifiedBy(ClaimClassifierTest::twoVerbs));
        assertThat(extract(RULES).events()).isNotEmpty();
        assertThat(fake.events()).allSatisfy(e -> assertThat(e.rule()).isNull());
        assertThat(fake.facts()).isEmpty();
    }

    @Test
    void claimsAddedAfterTheRules_changeNothingTheRulesFind() {
        Extraction rules = extract(RULES);
        Extraction both = extract(RULES.classifiedBy(doc -> {
            RULES.rulesClassifier().classify(doc);
            twoVerbs(doc);
        }));
        assertThat(both.facts()).isEqualTo(rules.facts());
        assertThat(both.events().subList(0, rules.events().size())).isEqualTo(rules.events());
        assertThat(both.events()).hasSize(rules.events().size() + 3);
    }

    @Test
    void aRevisionMayDropFactsAndEvents_theRulesAndTheClassifiersAlike() {
        Extraction rules = extract(RULES);
        assertThat(rules.facts()).anyMatch(f -> f.sentence() == 2);
        Extraction pruned = extract(RULES.classifiedBy(doc -> {
            RULES.rulesClassifier().classify(doc);
            twoVerbs(doc);
            doc.reviseFacts("test", f -> f.sentence() == 2 ? null : f.withConfidence(0.5));
            doc.reviseEvents("test", e -> e.rule() == null ? null : e);
        }));
        assertThat(pruned.facts()).isEqualTo(rules.facts().stream().filter(f -> f.sentence() != 2)
                .map(f -> f.withConfidence(0.5)).toList());
        assertThat(pruned.events()).isEqualTo(rules.events());
    }

    @Test
    void eventsDatedOutOfOrder_failNamingTheSentences() {
        assertThatThrownBy(() -> extract(RULES.classifiedBy(doc -> {
            doc.eventDate(2, 0, EventType.COERCE, -1, List.of(), null);
            doc.eventDate(0, 0, EventType.COERCE, -1, List.of(), null);
        }))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sentence order: sentence 0 after sentence 2");
    }

    @Test
    void anEventNamingAnUnknownMention_failsNamingIt() {
        assertThatThrownBy(() -> extract(RULES.classifiedBy(doc -> doc.addEvent(new EventClaim(EventType.COERCE, null, null,
                null, List.of(new EventClaim.Participant(99, "target")), "x", Modality.ASSERTED, 0, "arrested")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names mention 99");
    }

    @Test
    void aStepThatThrowsOnOneSentence_costsItsOutputForThatSentenceOnly() {
        Extraction rules = extract(RULES);
        Extraction x = extract(RULES.classifiedBy(doc -> {
            RULES.rulesClassifier().classify(doc);
            for (int s = 0; s < doc.document().sentences().size(); s++) {
                int sentence = s;
                doc.guarded("arrests", s, () -> {
                    twoVerbs(doc, sentence); // its arrest is added, then the step fails: the arrest is taken back
                    if (sentence == 1) {
                        throw new IllegalStateException("a strange parse");
                    }
                });
            }
            doc.reviseEvents("scores", e -> {
                if (e.sentence() == 0) {
                    throw new IllegalStateException("no score");
                }
                return e.withConfidence(0.5);
            });
        }));

        assertThat(x.events().subList(rules.events().size(), x.events().size())).extracting(e -> targetOf(x, e))
                .containsExactly("Maren Tol", "Oskar Tol");
        assertThat(x.events()).filteredOn(e -> e.sentence() == 0).isNotEmpty()
                .allSatisfy(e -> assertThat(e.confidence()).as("left as it was").isNull());
        assertThat(x.events()).filteredOn(e -> e.sentence() != 0).allSatisfy(e -> assertThat(e.confidence()).isEqualTo(0.5));
        assertThat(x.facts()).isEqualTo(rules.facts());
        assertThat(x.failures()).extracting(RuleFailure::sentence, RuleFailure::rule).contains(
                org.assertj.core.groups.Tuple.tuple(1, "arrests"), org.assertj.core.groups.Tuple.tuple(0, "scores"));
    }
}
