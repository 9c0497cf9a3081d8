package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.model.ActorType;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * The classification step behind its interface: a classifier written here, which knows two verbs and nothing else,
 * plugged into the rules' pipeline ({@link Extractor#classifiedBy}) reuses its mention finding and its dating and
 * modality steps. Invented sentences, annotated by hand ({@link TestDocs}), the weekday left as SUTime leaves one it
 * cannot place.
 */
class ClaimClassifierTest {
    /** A Thursday, the day the text says it was written. */
    private static final LocalDate DATE = LocalDate.of(2024, 3, 14);
    private static final AnnotatedDocument STORY = TestDocs.doc(
            "Police/NNS/O/1/nsubj arrested/VBD/O/-1/root the/DT/O/4/det activist/NN/O/4/compound Maren/NNP/PERSON/1/obj"
                    + " Tol/NNP/PERSON/4/flat on/IN/O/7/case Tuesday/NNP/DATE=XXXX-WXX-2/1/obl:on ./.",
            "The/DT/O/1/det police/NNS/O/4/nsubj did/VBD/O/4/aux not/RB/O/4/advmod arrest/VB/O/-1/root"
                    + " her/PRP$/O/6/nmod:poss lawyer/NN/O/4/obj ,/, Ivo/NNP/PERSON/6/appos Brandt/NNP/PERSON/8/flat ./.");
    private static final Extractor RULES = new Extractor();

    /** Each "arrest" or "detain" is an arrest of the people its sentence names, dated and qualified by the pipeline. */
    private static void twoVerbs(ClaimDocument doc) {
        List<ActorMention> mentions = doc.mentions();
        for (int s = 0; s < doc.document().sentences().size(); s++) {
            List<Token> tokens = doc.document().sentences().get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
                if (!word.startsWith("arrest") && !word.startsWith("detain")) {
                    continue;
                }
                List<EventClaim.Participant> targets = new ArrayList<>();
                for (ActorMention m : mentions) {
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
    }

    /** The text states its own day (as a dateline would): weekdays count back from it. */
    private static Extraction extract(ClaimExtractor extractor) {
        return extractor.extract(STORY, DATE, DatePrecision.DAY, DateSource.TEXT, "test");
    }

    private static String targetOf(Extraction x, EventClaim e) {
        return x.mentions().get(e.participants().get(0).mention()).text();
    }

    @Test
    void aPluggedClassifier_readsTheMentionsTheRulesRead() {
        Extraction fake = extract(RULES.classifiedBy(ClaimClassifierTest::twoVerbs));
        assertThat(fake.mentions()).isEqualTo(extract(RULES).mentions());
        assertThat(fake.events()).extracting(e -> targetOf(fake, e)).containsExactly("Maren Tol", "Ivo Brandt");
    }

    @Test
    void aPluggedClassifier_hasItsEventsDatedAndQualifiedByTheSharedSteps() {
        Extraction fake = extract(RULES.classifiedBy(ClaimClassifierTest::twoVerbs));
        assertThat(fake.events().get(0).date()).as("on Tuesday, told on Thursday 14 March").isEqualTo("2024-03-12");
        assertThat(fake.events().get(0).modality()).isEqualTo(Modality.ASSERTED);
        assertThat(fake.events().get(1).modality()).as("did not arrest").isEqualTo(Modality.NEGATED);
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
        assertThat(both.events()).hasSize(rules.events().size() + 2);
    }

    @Test
    void eventsDatedOutOfOrder_failNamingTheSentences() {
        assertThatThrownBy(() -> extract(RULES.classifiedBy(doc -> {
            doc.eventDate(1, 0, EventType.COERCE, -1, List.of(), null);
            doc.eventDate(0, 0, EventType.COERCE, -1, List.of(), null);
        }))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sentence order: sentence 0 after sentence 1");
    }

    @Test
    void anEventNamingAnUnknownMention_failsNamingIt() {
        assertThatThrownBy(() -> extract(RULES.classifiedBy(doc -> doc.addEvent(new EventClaim(EventType.COERCE, null, null,
                null, List.of(new EventClaim.Participant(99, "target")), "x", Modality.ASSERTED, 0, "arrested")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names mention 99");
    }
}
