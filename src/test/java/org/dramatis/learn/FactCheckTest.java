package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.AnnotationLoader;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.FactClaim;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fact check: its labels follow the evaluator's fact matching, its features read the claim's shape, it keeps what
 * it judges right and drops the rest, and it round-trips through its files (on {@link TrainerTest#STAND_IN}'s parses).
 */
class FactCheckTest {
    @TempDir
    Path dir;

    private static final String ENTITIES = "{\"t\":\"entity\",\"id\":\"guard\",\"type\":\"ArmedGroup\",\"name\":\"Guard\"}\n"
            + "{\"t\":\"entity\",\"id\":\"front\",\"type\":\"Party\",\"name\":\"Front\"}\n"
            + "{\"t\":\"mention\",\"e\":\"guard\",\"q\":\"Guard\",\"n\":1}\n{\"t\":\"mention\",\"e\":\"front\",\"q\":\"Front\",\"n\":1}";

    private static FactClaim fact(FactKind kind, int s, int o, Modality modality, int sentence, String rule) {
        return new FactClaim(kind, s, o, null, null, null, null, modality, sentence, null, null, rule);
    }

    @Test
    void labelsFollowTheEvaluatorsFactMatching() throws IOException {
        TrainerTest.article(dir, "x", "Guard joined Front\nFront denied Guard was a member\n", ENTITIES,
                "{\"t\":\"fact\",\"rel\":\"member\",\"s\":\"guard\",\"o\":\"front\",\"mod\":\"asserted\","
                        + "\"ev\":\"Guard joined Front\"}",
                "{\"t\":\"fact\",\"rel\":\"opposes\",\"s\":\"front\",\"o\":\"guard\",\"mod\":\"denied\","
                        + "\"ev\":\"Front denied Guard was a member\"}");
        Annotated gold = AnnotationLoader.loadAll(List.of(dir)).get(0);
        List<ActorMention> mentions = List.of(new ActorMention(0, "Guard", ActorType.ORGANIZATION, 0, 0, 5, "ner"),
                new ActorMention(1, "Front", ActorType.ORGANIZATION, 0, 13, 18, "ner"),
                new ActorMention(2, "Front", ActorType.ORGANIZATION, 1, 19, 24, "ner"));
        ClaimLabels labels = ClaimLabels.of(gold, mentions);
        assertThat(labels.factCount()).as("the denied fact is not counted").isEqualTo(1);
        assertThat(labels.match(fact(FactKind.MEMBER, 0, 1, Modality.ASSERTED, 0, "r"))).isZero();
        assertThat(labels.match(fact(FactKind.PART_OF, 0, 2, Modality.ASSERTED, 1, "r")))
                .as("part_of scores with member; the object by its text").isZero();
        assertThat(labels.match(fact(FactKind.MEMBER, 1, 0, Modality.ASSERTED, 0, "r")))
                .as("member is not symmetric").isEqualTo(-1);
        assertThat(labels.match(fact(FactKind.OPPOSES, 2, 0, Modality.ASSERTED, 1, "r")))
                .as("another kind").isEqualTo(-1);
    }

    @Test
    void featuresReadTheQuestionTheOriginAndAnEndInAnotherSentence() {
        AnnotatedDocument doc = TrainerTest.STAND_IN.annotate("Guard rested\nWill Front back Guard ?\n", null);
        List<ActorMention> mentions = List.of(new ActorMention(0, "Guard", ActorType.ORGANIZATION, 0, 0, 5, "ner"),
                new ActorMention(1, "Front", ActorType.ORGANIZATION, 1, 18, 23, "ner"));
        FactClaim f = fact(FactKind.BACKS, 1, 0, Modality.ASSERTED, 1, "backing-verb");
        List<String> features = FactCheck.features(doc, mentions, f, List.of(f));
        assertThat(features).contains("q?", "o=backing-verb", "k=BACKS", "ok=backing-verb/BACKS", "oelsewhere",
                "types=ORGANIZATION/ORGANIZATION", "insentence=1", "conf=-");
        assertThat(features).noneMatch(x -> x.contains("Guard") || x.contains("Front"));
    }

    @Test
    void theCheckKeepsWhatItJudgesRightAndRoundTripsThroughItsFiles() throws IOException {
        List<LinearClassifier.Example> examples = List.of(
                new LinearClassifier.Example(List.of("k=ROLE", "o=title"), EventCheck.RIGHT),
                new LinearClassifier.Example(List.of("k=ROLE", "o=title"), EventCheck.RIGHT),
                new LinearClassifier.Example(List.of("k=ACCUSES", "o=accuse-verb"), EventCheck.WRONG),
                new LinearClassifier.Example(List.of("k=ACCUSES", "o=accuse-verb"), EventCheck.WRONG));
        FactCheck check = new FactCheck(LinearClassifier.train(examples, 1, 1), 0.4);
        StringWriter model = new StringWriter();
        StringWriter threshold = new StringWriter();
        check.save(model, threshold);
        FactCheck loaded = FactCheck.load(stream(model.toString()), stream(threshold.toString()), "fact-check.model.gz");
        assertThat(loaded.threshold()).isEqualTo(0.4);
        AnnotatedDocument doc = TrainerTest.STAND_IN.annotate("Guard accused Front\nGuard named Front\n", null);
        List<ActorMention> mentions = List.of(new ActorMention(0, "Guard", ActorType.ORGANIZATION, 0, 0, 5, "ner"),
                new ActorMention(1, "Front", ActorType.ORGANIZATION, 0, 14, 19, "ner"));
        FactClaim accuses = fact(FactKind.ACCUSES, 0, 1, Modality.ASSERTED, 0, "accuse-verb");
        FactClaim role = fact(FactKind.ROLE, 0, 1, Modality.ASSERTED, 0, "title");
        List<FactClaim> all = List.of(accuses, role);
        assertThat(loaded.probability(doc, mentions, role, all)).isEqualTo(check.probability(doc, mentions, role, all))
                .isGreaterThan(loaded.threshold());
        assertThat(loaded.probability(doc, mentions, accuses, all)).isLessThan(loaded.threshold());
    }

    @Test
    void thePostOfABodyTheTextDoesNotNameIsKeptUnjudged_aFactWithBothEndsOrABirthYearIsJudged() {
        assertThat(FactCheck.judges(fact(FactKind.ROLE, 0, -1, Modality.ASSERTED, 0, "title"))).isFalse();
        assertThat(FactCheck.judges(fact(FactKind.ROLE, 0, 1, Modality.ASSERTED, 0, "title"))).isTrue();
        assertThat(FactCheck.judges(new FactClaim(FactKind.BORN, 0, -1, null, "1961", null, null, Modality.ASSERTED, 0,
                null))).isTrue();
    }

    @Test
    void aThresholdFileThatIsNoProbabilityIsRefusedNamingTheFile() {
        List<LinearClassifier.Example> examples = List.of(new LinearClassifier.Example(List.of("a"), EventCheck.RIGHT),
                new LinearClassifier.Example(List.of("b"), EventCheck.WRONG));
        StringWriter model = new StringWriter();
        assertThatThrownBy(() -> {
            new FactCheck(LinearClassifier.train(examples, 1, 1), 0.3).save(model, new StringWriter());
            FactCheck.load(stream(model.toString()), stream("# only a comment\n1.5\n"), "models/fact-check.model.gz");
        }).isInstanceOf(IOException.class)
                .hasMessage("models/fact-check.model.gz: the fact check threshold '1.5' is no probability from 0 to 1");
        assertThatThrownBy(() -> FactCheck.load(stream(model.toString()), stream("# nothing\n"), "m.gz"))
                .isInstanceOf(IOException.class).hasMessage("m.gz: the fact check threshold file is empty");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
