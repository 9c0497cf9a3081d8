package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
    /** Gold for the fixture's invented world; see {@link EvalFixture#sample} for what the system got wrong on purpose. */
    static final String GOLD = """
            {"entities": [
              {"id": "castell", "type": "Person", "names": ["Mira Castell", "Castell", "Mira Kastel"], "docs": ["001", "002"]},
              {"id": "guard", "type": "Organization", "names": ["Coastal Guard"], "docs": ["001", "002"]},
              {"id": "brigade", "type": "Organization", "names": ["Northern Shield Brigade", "Shield Brigade"], "docs": ["001", "002"]},
              {"id": "pdf", "type": "Organization", "names": ["People's Defence Forces", "PDF"], "docs": ["001", "002"]},
              {"id": "veloria", "type": "Country", "names": ["Veloria"], "docs": ["001"]},
              {"id": "ebrin", "type": "Person", "names": ["Tomas Ebrin", "Ebrin"], "docs": ["001", "002"]},
              {"id": "selin", "type": "City", "names": ["Port Selin"], "docs": ["001"]},
              {"id": "aram", "type": "Person", "names": ["Lena Aram"], "docs": ["001"]}
            ],
            "facts": [
              {"s": "castell", "rel": "role", "o": "guard", "role": "head", "start": "2016", "docs": ["001"]},
              {"s": "brigade", "rel": "member", "o": "pdf", "docs": ["001"]},
              {"s": "veloria", "rel": "backs", "o": "brigade", "docs": ["001"]},
              {"s": "castell", "rel": "born", "o": "selin", "value": "1961", "docs": ["001"]},
              {"s": "ebrin", "rel": "opposes", "o": "brigade", "docs": ["002"]},
              {"s": "ebrin", "rel": "opposes", "o": "castell", "docs": ["001"]},
              {"s": "castell", "rel": "role", "o": "guard", "role": "chief commander", "docs": ["002"]}
            ],
            "events": [
              {"id": "arrest", "type": "ASSAULT/ARREST", "date": "2020-06-25", "involved": ["castell", "ebrin"], "place": "Port Selin", "docs": ["001"]},
              {"id": "meeting", "type": "CONSULT", "date": "2020-07", "involved": ["ebrin"], "docs": ["002"]},
              {"id": "visit", "type": "VISIT", "date": "2020-07-11", "involved": ["castell"], "docs": ["002"]},
              {"id": "vote", "type": "ELECTION", "date": "2021", "involved": ["veloria"], "docs": ["001"]}
            ]}
            """;

    @TempDir
    static Path dir;
    static EvalReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        EvalFixture fx = EvalFixture.sample(dir.resolve("data"));
        Path gold = Files.writeString(dir.resolve("gold.json"), GOLD);
        report = Evaluator.evaluate(GoldReader.read(gold), fx.graph(), fx.events());
    }

    @Test
    void evaluate_actorWithNoNameInTheTextIsNotFound() {
        assertThat(report.actorsTotal()).isEqualTo(8);
        assertThat(report.actorsFound()).isEqualTo(7);
        assertThat(report.missingActors()).containsExactly(new EvalReport.MissingActor("aram", List.of("Lena Aram")));
    }

    @Test
    void evaluate_actorSplitOverTwoEntitiesLowersAliasCompleteness() {
        assertThat(report.aliasCompleteness()).isCloseTo((2.0 / 3 + 6) / 7, within(1e-9));
        assertThat(report.splitActors()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("castell");
            assertThat(s.namesByEntity()).containsValues(List.of("Mira Castell", "Castell"), List.of("Mira Kastel"));
        });
    }

    @Test
    void evaluate_entityHoldingTwoGoldActorsIsAFalseMerge() {
        assertThat(report.falseMerges()).isEqualTo(1);
        assertThat(report.mergedEntities()).singleElement().satisfies(m -> {
            assertThat(m.entityName()).isEqualTo("Northern Shield Brigade");
            assertThat(m.goldIds()).containsExactly("brigade", "pdf");
        });
    }

    @Test
    void evaluate_recoversFactsThroughEntityMappingButNotHypotheticalOnes() {
        assertThat(report.factsTotal()).isEqualTo(7);
        assertThat(report.factsRecovered()).isEqualTo(6);
        // the miss names the system fact nearest to it: the kind and the subject right, another object
        assertThat(report.missingFacts()).singleElement().asString()
                .startsWith("ebrin opposes castell -- nearest: Tomas Ebrin opposes Northern Shield Brigade -- 002.html");
        assertThat(report.factMisses().missed()).containsEntry("kind and subject right, another object", 1);
        assertThat(report.rolesChecked()).isEqualTo(2);
        assertThat(report.roleMatches()).isEqualTo(1);
    }

    @Test
    void evaluate_recoversEventsByTypeDateAndParticipant() {
        assertThat(report.eventsTotal()).isEqualTo(4);
        assertThat(report.eventsRecovered()).isEqualTo(2);
        assertThat(report.missingEvents()).hasSize(2).anySatisfy(e -> assertThat(e).startsWith("visit:"))
                .anySatisfy(e -> assertThat(e).startsWith("vote:"));
    }

    @Test
    void evaluate_countsEachUnmatchedEventOnceUnderItsNearestMiss() {
        // The fixture's two system events both match; the visit has no CONSULT of mode visit, the vote no ELECTION.
        assertThat(report.eventMisses().emitted().values()).allMatch(n -> n == 0);
        assertThat(report.eventMisses().missed()).containsEntry("no event of its type", 2);
        assertThat(report.toTable()).containsPattern("no event of its type\\s+0\\s+2");
    }

    @Test
    void evaluate_listsTheSystemsFactsAndEventsThatMatchNoGold_withTheirSentence() throws Exception {
        assertThat(report.wrongFacts()).isEmpty();
        assertThat(report.wrongEvents()).isEmpty();
        String fewer = GOLD.replace("{\"s\": \"veloria\", \"rel\": \"backs\", \"o\": \"brigade\", \"docs\": [\"001\"]},", "")
                .replace("{\"id\": \"meeting\", \"type\": \"CONSULT\", \"date\": \"2020-07\", \"involved\": [\"ebrin\"], \"docs\": [\"002\"]},", "");
        assertThat(fewer).isNotEqualTo(GOLD);
        Path gold = Files.writeString(dir.resolve("fewer.json"), fewer);
        EvalFixture fx = EvalFixture.open(dir.resolve("data"));
        EvalReport r = Evaluator.evaluate(GoldReader.read(gold), fx.graph(), fx.events());
        assertThat(r.wrongFacts()).singleElement().asString().startsWith("Veloria backs").contains(" -- ", "\"");
        assertThat(r.wrongEvents()).singleElement().asString().startsWith("CONSULT").contains("Tomas Ebrin");
        assertThat(r.toTable()).contains("facts matching no gold fact (1):", "events matching no gold event (1):");
    }

    @Test
    void evaluate_countsSystemSizeAndEvidence() {
        assertThat(report.systemActors()).isEqualTo(8);
        assertThat(report.systemFacts()).isEqualTo(6);
        assertThat(report.systemEvents()).isEqualTo(2);
        assertThat(report.evidenceShare()).isEqualTo(1.0);
    }

    @Test
    void evaluate_precisionCountsSystemClaimsThatMatchSomeGoldOne() {
        assertThat(report.factsCorrect()).isEqualTo(6);
        assertThat(report.eventsCorrect()).isEqualTo(2);
        assertThat(report.unmatchedDocuments()).isEmpty();
        assertThat(report.documents()).containsOnlyKeys("001", "002");
        assertThat(report.toTable()).containsPattern("facts precision\\s+1\\.000\\s+6/6");
    }

    @Test
    void evaluate_breaksRecallAndPrecisionDownByRelationAndEventType() {
        assertThat(report.factsByKind()).extracting(Breakdown::key)
                .contains("role", "member/part_of", "backs", "born", "opposes");
        Breakdown opposes = report.factsByKind().stream().filter(b -> b.key().equals("opposes")).findFirst().orElseThrow();
        assertThat(opposes.recovered()).isEqualTo(1);
        assertThat(opposes.total()).isEqualTo(2);
        assertThat(opposes.recall()).isEqualTo(0.5);
        assertThat(report.factsByKind().stream().mapToInt(Breakdown::total).sum()).isEqualTo(report.factsTotal());
        assertThat(report.factsByKind().stream().mapToInt(Breakdown::system).sum()).isEqualTo(report.systemFacts());
        assertThat(report.factsByKind().stream().mapToInt(Breakdown::correct).sum()).isEqualTo(report.factsCorrect());
        // ASSAULT/ARREST is filed under its first alternative; VISIT under CONSULT, beside the meeting.
        Breakdown consult = report.eventsByType().stream().filter(b -> b.key().equals("CONSULT")).findFirst().orElseThrow();
        assertThat(consult.total()).isEqualTo(2);
        assertThat(consult.recovered()).isEqualTo(1);
        assertThat(report.eventsByType()).anySatisfy(b -> {
            assertThat(b.key()).isEqualTo("ELECTION");
            assertThat(b.recovered()).isZero();
            assertThat(b.f1()).isZero();
        });
        assertThat(report.eventsByType().stream().mapToInt(Breakdown::recovered).sum()).isEqualTo(report.eventsRecovered());
        assertThat(report.toTable()).contains("facts by relation").contains("events by type")
                .containsPattern("opposes\\s+0\\.500");
    }

    @Test
    void toTableAndToJson_showScoresAndDetails() throws Exception {
        assertThat(report.toTable()).contains("actors found").contains("7/8").contains("missing facts (1):")
                .contains("ebrin opposes castell").contains("Northern Shield Brigade (3) holds brigade, pdf");
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.get("factsRecovered").asInt()).isEqualTo(6);
        assertThat(json.get("missingActors").get(0).get("id").asText()).isEqualTo("aram");
    }

    @Test
    void kindAndTypeRules_acceptTheDocumentedEquivalents() {
        assertThat(Evaluator.kindMatches("part_of", FactKind.MEMBER)).isTrue();
        assertThat(Evaluator.kindMatches("appointed", FactKind.APPOINTED)).isTrue();
        assertThat(Evaluator.kindMatches("backs", FactKind.SUPPORTS)).isFalse();
        assertThat(Evaluator.typeMatches("RAID", EventType.COERCE, null)).isTrue();
        assertThat(Evaluator.typeMatches("VISIT", EventType.CONSULT, "visit")).isTrue();
        assertThat(Evaluator.typeMatches("VISIT", EventType.CONSULT, "meeting")).isFalse();
        assertThat(Evaluator.typeMatches("ASSAULT/ARREST", EventType.ASSAULT, null)).isTrue();
        // An older gold's RELEASE is PLOVER's RETREAT release, not any retreat.
        assertThat(Evaluator.typeMatches("RELEASE", EventType.RETREAT, "release")).isTrue();
        assertThat(Evaluator.typeMatches("RELEASE", EventType.RETREAT, "withdrawal")).isFalse();
        assertThat(Evaluator.typeMatches("RETREAT", EventType.RETREAT, "resignation")).isTrue();
        assertThat(Evaluator.roleMatches("prime minister", "Prime Minister of the republic")).isTrue();
        assertThat(Evaluator.relationKey("part_of")).isEqualTo(Evaluator.relationKey("member"));
        assertThat(Evaluator.typeKey("RAID/ASSAULT")).isEqualTo("COERCE");
        assertThat(Evaluator.typeKey("visit")).isEqualTo("CONSULT");
        assertThat(Evaluator.typeKey("RELEASE")).isEqualTo("RETREAT");
    }
}
