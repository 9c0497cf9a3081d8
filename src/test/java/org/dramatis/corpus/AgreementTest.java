package org.dramatis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dramatis.corpus.CorpusFixture.CLEAN;
import static org.dramatis.corpus.CorpusFixture.TEXT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementTest {
    @TempDir
    Path tmp;

    private Annotated load(String dir, String text, List<String> lines) {
        AnnotationLoader.Result r = new AnnotationLoader().load(CorpusFixture.article(tmp.resolve(dir), "train",
                "testland", "a01-t", text, lines));
        assertThat(r.errors()).isEmpty();
        return r.annotated();
    }

    @Test
    void compare_scoresTwoAnnotationsOfOneText() {
        // B names the entities differently, misses one mention ("army" 2), drops a fact, reads the question as an
        // assertion and types the denial as ACCUSE.
        List<String> b = new ArrayList<>();
        for (String line : CLEAN) {
            b.add(line.replace("\"omar\"", "\"bashir\"").replace("\"kora_front\"", "\"front\""));
        }
        b.remove(14);                                            // mention army n=2
        b.set(14, b.get(14).replace("testland_army", "kora"));   // fact 1: omar role kora, not the army
        b.set(18, b.get(18).replace("\"question\"", "\"asserted\""));
        b.set(20, b.get(20).replace("REJECT", "ACCUSE"));
        Agreement.Result r = Agreement.compare(load("a", TEXT, CLEAN), load("b", TEXT, b));

        assertThat(r.mentions()).isEqualTo(new Agreement.Score(9, 10, 9));
        assertThat(r.mentions().f1()).isEqualTo(18.0 / 19);
        // A's two role facts (commander, general) are one (s, rel, o); B has that one, lined up by the mention spans
        // despite other ids, and a wrong one.
        assertThat(r.facts()).isEqualTo(new Agreement.Score(1, 1, 2));
        assertThat(r.facts().f1()).isEqualTo(2.0 / 3);
        assertThat(r.events()).isEqualTo(new Agreement.Score(4, 5, 5));
        assertThat(r.eventModalitiesAgreeing()).isEqualTo(3);
        assertThat(r.toText()).contains("mentions  F1 0.947").contains("same modality on 3 of 4 matched events");
    }

    @Test
    void compare_doesNotMatchEntitiesThatShareNoSpan() {
        List<String> b = new ArrayList<>(CLEAN);
        // B's omar is mentioned on other spans only: its facts cannot match A's, whatever its id.
        b.set(8, b.get(8).replace("Bashir Omar", "Bashir"));
        b.remove(10);
        Agreement.Result r = Agreement.compare(load("a", TEXT, CLEAN), load("b", TEXT, b));
        assertThat(r.facts().matched()).isZero();
    }

    @Test
    void compare_refusesTwoDifferentTexts() {
        Annotated a = load("a", TEXT, CLEAN);
        Annotated b = load("b", TEXT.replace("truce", "deal "), CLEAN.stream()
                .map(l -> l.replace("\"truce\"", "\"deal\"")).toList());
        assertThatThrownBy(() -> Agreement.compare(a, b)).isInstanceOf(DramatisException.class)
                .hasMessageContaining("are not the same text (they differ from character " + TEXT.indexOf("truce") + ")");
    }
}
