package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.run;

import java.util.List;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Military ranks before a name ({@code ranks.tsv}): a role fact with the rank in full, the name without the rank, the
 * post in the force the text attaches it to. Invented sentences, as CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class RankRulesTest {
    @Test
    void extract_abbreviatedRankIsARoleInFullAndNoPartOfTheName() {
        Extraction x = run("Lt Gen Tamar Oskel met the envoy in Kastmir on Sunday.");
        assertThat(names(x)).contains("Tamar Oskel").noneMatch(n -> n.contains("Lt") || n.contains("Gen"));
        assertThat(facts(x, FactKind.ROLE, "Tamar Oskel", null)).extracting(FactClaim::role).contains("lieutenant general");
    }

    @Test
    void extract_rankWrittenWithPeriodsOrHyphensIsTheSameRank() {
        Extraction periods = run("Maj. Gen. Rostam Baderi warned the rebels on Monday.");
        assertThat(facts(periods, FactKind.ROLE, "Rostam Baderi", null)).extracting(FactClaim::role).contains("major general");
        assertThat(names(periods)).noneMatch(n -> n.contains("Maj"));
        Extraction hyphens = run("Brigadier-General Hadi Kalvan was killed in the strike.");
        assertThat(facts(hyphens, FactKind.ROLE, "Hadi Kalvan", null)).extracting(FactClaim::role)
                .contains("brigadier general");
        assertThat(names(hyphens)).noneMatch(n -> n.contains("Brigadier"));
    }

    @Test
    void extract_rankIsHeldInTheForceTheTextAttachesItTo() {
        Extraction after = run("Col. Iden Sarrow of the Coastal Guard Brigades said the port was calm.");
        assertThat(facts(after, FactKind.ROLE, "Iden Sarrow", "Coastal Guard Brigades")).extracting(FactClaim::role)
                .contains("colonel");
        Extraction owner = run("The Coastal Guard Brigades' Brig Gen Sami Orhan denied the report.");
        assertThat(facts(owner, FactKind.ROLE, "Sami Orhan", "Coastal Guard Brigades")).extracting(FactClaim::role)
                .contains("brigadier general");
    }

    @Test
    void extract_rankAfterItsForcesTitleIsHeldInThatForce() {
        Extraction x = run("Coastal Guard Brigades commander Brig Gen Sami Orhan visited Tolmer on Friday.");
        assertThat(facts(x, FactKind.ROLE, "Sami Orhan", "Coastal Guard Brigades")).extracting(FactClaim::role)
                .contains("brigadier general");
    }

    @Test
    void extract_rankIsHeldInTheBodyOfTheHoldersOtherPost() {
        Extraction x = run("Brig Gen Sami Orhan, a commander of the Coastal Guard Brigades, was killed in the strike.");
        assertThat(facts(x, FactKind.ROLE, "Sami Orhan", "Coastal Guard Brigades")).extracting(FactClaim::role)
                .contains("commander", "brigadier general");
        Extraction alone = run("Brig Gen Sami Orhan was killed in the strike, and Lena Vost, a commander of the Coastal "
                + "Guard Brigades, was wounded.");
        assertThat(facts(alone, FactKind.ROLE, "Sami Orhan", "Coastal Guard Brigades")).isEmpty();
    }

    @Test
    void extract_aRankIsNoMembership() {
        Extraction x = run("The Coastal Guard Brigades' Brig Gen Sami Orhan denied the report.");
        assertThat(facts(x, FactKind.ROLE, "Sami Orhan", "Coastal Guard Brigades")).isNotEmpty();
        assertThat(facts(x, FactKind.MEMBER, "Sami Orhan", null)).isEmpty();
    }

    @Test
    void extract_rankOfTwoWordsBeforeAName() {
        Extraction x = run("Field Marshal Osman Dervi seized power in Kastmir in 2019.");
        assertThat(facts(x, FactKind.ROLE, "Osman Dervi", null)).extracting(FactClaim::role).contains("field marshal");
        assertThat(names(x)).noneMatch(n -> n.contains("Marshal"));
    }

    @Test
    void extract_aRankWordInsideAnotherTitleIsNoRank() {
        Extraction x = run("Secretary General Lina Haddar of the Amber Hill Party spoke in Tolmer.");
        assertThat(x.facts()).filteredOn(f -> f.kind() == FactKind.ROLE).extracting(FactClaim::role)
                .doesNotContain("general");
    }

    private static List<String> names(Extraction x) {
        return x.mentions().stream().map(ActorMention::text).toList();
    }
}
