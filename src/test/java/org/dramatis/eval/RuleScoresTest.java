package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.extract.EventClaim;
import org.dramatis.graph.ClaimRules;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --rules}: each rule is credited with the facts and events its claims support, and their gold matches. */
class RuleScoresTest {
    @TempDir
    Path dir;

    @Test
    void score_creditsEachRuleWithWhatItsClaimsSupportAndWhatOfThatMatchesGold() throws Exception {
        EvalFixture fx = EvalFixture.open(dir.resolve("data"));
        EvalFixture.Doc a = fx.doc("001.txt", null, null);
        int s0 = a.sentence("Mira Castell has led the Coastal Guard since 2016.");
        a.fact(FactKind.ROLE, a.mention(s0, "Mira Castell", ActorType.PERSON, "castell"),
                a.mention(s0, "Coastal Guard", ActorType.ORGANIZATION, "guard"), "head", null, "2016", Modality.ASSERTED, s0)
                .by("roles");
        int s1 = a.sentence("Veloria backs the Coastal Guard.");
        a.fact(FactKind.BACKS, a.mention(s1, "Veloria", ActorType.COUNTRY, "veloria"),
                a.mention(s1, "Coastal Guard", ActorType.ORGANIZATION, "guard"), null, null, null, Modality.ASSERTED, s1)
                .by("relations");
        int s2 = a.sentence("On 25 June 2020 guards under Castell arrested Tomas Ebrin.");
        a.event(EventType.COERCE, "arrest", "2020-06-25", null, null, s2,
                new EventClaim.Participant(a.mention(s2, "Castell", ActorType.PERSON, "castell"), "actor"),
                new EventClaim.Participant(a.mention(s2, "Tomas Ebrin", ActorType.PERSON, "ebrin"), "target")).by("events");
        int s3 = a.sentence("Castell was born in Port Selin in 1961.");
        a.fact(FactKind.BORN, a.mention(s3, "Castell", ActorType.PERSON, "castell"),
                a.mention(s3, "Port Selin", ActorType.LOCATION, "selin"), null, "1961", null, Modality.ASSERTED, s3);
        a.store();
        fx.resolve();
        Path gold = Files.writeString(dir.resolve("gold.json"), EvaluatorTest.GOLD);

        List<RuleScores.Row> rows = RuleScores.score(GoldReader.read(gold), fx.graph(), fx.events(),
                ClaimRules.load(fx.database()), List.of("roles", "relations", "aid", "events"));

        assertThat(rows).containsExactly(new RuleScores.Row("roles", 1, 1, 0, 0),
                new RuleScores.Row("relations", 1, 0, 0, 0), new RuleScores.Row("aid", 0, 0, 0, 0),
                new RuleScores.Row("events", 0, 0, 1, 1), new RuleScores.Row(RuleScores.NO_RULE, 1, 1, 0, 0));
        assertThat(RuleScores.table(rows)).containsPattern("roles\\s+1\\s+1\\s+0\\s+0");
    }
}
