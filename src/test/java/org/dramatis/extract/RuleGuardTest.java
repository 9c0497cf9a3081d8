package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dramatis.extract.TestDocs.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A rule that throws costs its own output for that sentence, never the document. */
class RuleGuardTest {
    @Test
    void run_aThrowingRuleIsUndoneRecordedAndTheNextRuns() {
        RuleGuard guard = new RuleGuard("doc.txt");
        List<String> out = new ArrayList<>();
        boolean ok = guard.run("first", 3, () -> {
            out.add("partial");
            throw new IndexOutOfBoundsException("Index -1 out of bounds for length 8");
        }, () -> out.remove("partial"));
        boolean next = guard.run("second", 3, () -> out.add("kept"), () -> out.clear());

        assertThat(ok).isFalse();
        assertThat(next).isTrue();
        assertThat(out).containsExactly("kept");
        assertThat(guard.failures()).singleElement().satisfies(f -> {
            assertThat(f.sentence()).isEqualTo(3);
            assertThat(f.rule()).isEqualTo("first");
            assertThat(f.error()).startsWith("IndexOutOfBoundsException: Index -1").contains("RuleGuardTest.java");
        });
    }

    @Test
    void run_deepRecursionIsARuleFailureButRunningOutOfMemoryIsNot() {
        RuleGuard guard = new RuleGuard("doc.txt");
        assertThat(guard.run("deep", 0, () -> {
            throw new StackOverflowError();
        }, () -> { })).isFalse();
        assertThatThrownBy(() -> guard.run("big", 0, () -> {
            throw new OutOfMemoryError("test");
        }, () -> { })).isInstanceOf(OutOfMemoryError.class);
        assertThat(guard.failures()).extracting(RuleFailure::rule).containsExactly("deep");
    }

    @Test
    void extract_aSentenceWhoseAnnotationIsBrokenLosesOnlyItsOwnOutput() {
        AnnotatedDocument good = doc(
                "Saraya/NNP/ORGANIZATION al-Fajr/NNP/ORGANIZATION claimed/VBD the/DT attack/NN ./.",
                "Officials/NNS blamed/VBD Liwa/NNP/ORGANIZATION al-Sabr/NNP/ORGANIZATION ./.");
        Sentence s = good.sentences().get(1);
        // A mention that runs past the sentence's tokens: the rule reading it trips over it.
        EntityMention m = s.mentions().get(0);
        Sentence broken = new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(),
                List.of(new EntityMention(m.text(), m.tag(), m.begin(), m.end(), m.tokenBegin(), 40, null)), List.of());
        AnnotatedDocument doc = new AnnotatedDocument(good.text(), List.of(good.sentences().get(0), broken));

        Extraction x = new Extractor().extract(doc, LocalDate.of(2022, 1, 1), "broken.txt");

        assertThat(x.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.sentence()).isIn(1, -1));
        assertThat(x.mentions()).anySatisfy(found -> assertThat(found.text()).isEqualTo("Saraya al-Fajr"));
    }
}
