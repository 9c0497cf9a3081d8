package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.has;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "X-backed Y" and its kin ({@code backing-suffixes.txt}): X is its own mention and the relation the suffix states
 * joins it to Y, whose name does not take the prefix. Invented sentences, as CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class BackingSuffixRulesTest {
    @Test
    void extract_nationalityBeforeBackedIsTheBackingState() {
        Extraction x = run("The Iranian-backed Sable Front attacked a convoy near the border on Monday.");
        assertThat(has(x, FactKind.BACKS, "Iran", "Sable Front")).isTrue();
        assertThat(x.mentions()).extracting(ActorMention::text).noneMatch(n -> n.contains("-backed"));
    }

    @Test
    void extract_fundedByAStateIsBacking() {
        // NER tags nothing in "Qatar-funded": a country's name before the suffix is its mention all the same.
        Extraction x = run("Qatar denied it. The Qatar-funded Lantern Brigades shelled the port of Tolmer.");
        assertThat(has(x, FactKind.BACKS, "Qatar", "Lantern Brigades")).isTrue();
    }

    @Test
    void extract_alignedGroupSupportsTheStateItIsAlignedWith() {
        // NER tags nothing in "Iran-aligned": a country's name before the suffix is its mention all the same.
        Extraction x = run("The Iran-aligned Green Bloc walked out of parliament on Tuesday.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Bloc", "Iran")).isTrue();
        assertThat(has(x, FactKind.BACKS, "Iran", "Green Bloc")).isFalse();
    }

    @Test
    void extract_aBackingSuffixWithoutAnActorBeforeItStatesNothing() {
        Extraction x = run("The state-backed Desert Falcons raided the town of Orvel.");
        assertThat(x.facts()).noneMatch(f -> f.kind() == FactKind.BACKS);
    }
}
