package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dramatis.export.ExportFormat;
import org.dramatis.export.Exporters;
import org.dramatis.export.FtmExporter;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.FactClaim;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confidence end to end without models: claims scored as the learned models would score them are stored, read back as
 * the highest probability of a fact's claims, exported in every format, filtered by a minimum, and scored by eval at
 * each threshold.
 */
class ConfidenceTest {
    static final String GOLD = """
            {"entities": [
              {"id": "orlen", "type": "Person", "names": ["Dara Orlen", "Orlen"], "docs": ["a", "b"]},
              {"id": "council", "type": "Organization", "names": ["Harbour Council"], "docs": ["a", "b"]},
              {"id": "front", "type": "Organization", "names": ["Salt Front"], "docs": ["a"]}
            ],
            "facts": [
              {"s": "orlen", "rel": "member", "o": "council", "docs": ["a"]}
            ],
            "events": [
              {"id": "strike", "type": "ASSAULT", "involved": ["front"], "docs": ["a"]}
            ]}
            """;

    @TempDir
    static Path dir;
    static EvalFixture fx;

    @BeforeAll
    static void build() {
        fx = world(dir.resolve("data"));
    }

    /** Two articles about an invented harbour: two member claims (0.55, 0.8), a doubted opposes (0.2), two events. */
    static EvalFixture world(Path data) {
        EvalFixture fx = EvalFixture.open(data);
        EvalFixture.Doc a = fx.doc("a.txt", null, "Gulf Desk");
        int s0 = a.sentence("Dara Orlen sits on the Harbour Council.");
        int orlen = a.mention(s0, "Dara Orlen", ActorType.PERSON, "orlen");
        int council = a.mention(s0, "Harbour Council", ActorType.ORGANIZATION, "council");
        a.fact(FactKind.MEMBER, orlen, council, null, null, null, Modality.ASSERTED, s0).scored(0.55);
        int s1 = a.sentence("The Salt Front shelled the port, and Orlen blamed the Harbour Council.");
        int front = a.mention(s1, "Salt Front", ActorType.ORGANIZATION, "front");
        int orlen1 = a.mention(s1, "Orlen", ActorType.PERSON, "orlen");
        int council1 = a.mention(s1, "Harbour Council", ActorType.ORGANIZATION, "council");
        a.event(EventType.ASSAULT, null, null, null, "Salt Front shelled the port", s1,
                new EventClaim.Participant(front, "actor")).scored(0.9);
        // Wrong, and the models doubt it.
        a.fact(FactKind.OPPOSES, front, council1, null, null, null, Modality.ASSERTED, s1).scored(0.2);
        a.event(EventType.PROTEST, null, null, null, "Orlen blamed the council", s1,
                new EventClaim.Participant(orlen1, "actor")).scored(0.3);
        a.store();
        EvalFixture.Doc b = fx.doc("b.txt", null, "Coast Wire");
        int t0 = b.sentence("Orlen, a member of the Harbour Council, spoke.");
        int orlenB = b.mention(t0, "Orlen", ActorType.PERSON, "orlen");
        int councilB = b.mention(t0, "Harbour Council", ActorType.ORGANIZATION, "council");
        b.fact(FactKind.MEMBER, orlenB, councilB, null, null, null, Modality.ASSERTED, t0).scored(0.8);
        b.store();
        return fx.resolve();
    }

    @Test
    void aFactIsAsCertainAsItsMostCertainClaim() {
        Fact member = fx.graph().facts(null, null).stream().filter(f -> f.kind() == FactKind.MEMBER).findFirst().orElseThrow();
        assertThat(member.evidenceCount()).isEqualTo(2);
        assertThat(member.confidence()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(member.evidence()).extracting(e -> e.confidence()).containsExactlyInAnyOrder(0.55, 0.8);
    }

    @Test
    void evalPrintsPrecisionAndRecallAtEachThreshold() throws Exception {
        EvalReport r = Evaluator.evaluate(GoldReader.read(Files.writeString(dir.resolve("gold.json"), GOLD)), fx.graph(),
                fx.events());
        EvalReport.AtThreshold all = r.byConfidence().get(0);
        assertThat(all.threshold()).isZero();
        assertThat(all.systemFacts()).isEqualTo(r.systemFacts()).isEqualTo(2);
        assertThat(all.factsCorrect()).isEqualTo(1);
        EvalReport.AtThreshold half = r.byConfidence().stream().filter(t -> t.threshold() == 0.5).findFirst().orElseThrow();
        assertThat(half.systemFacts()).isEqualTo(1);
        assertThat(half.factsCorrect()).isEqualTo(1);
        assertThat(half.systemEvents()).isEqualTo(1);
        assertThat(half.eventsRecovered()).isEqualTo(1);
        EvalReport.AtThreshold high = r.byConfidence().get(r.byConfidence().size() - 1);
        assertThat(high.threshold()).isEqualTo(0.9);
        assertThat(high.systemFacts()).isZero();
        assertThat(r.toTable()).containsPattern(">= 0\\.50\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    }

    @Test
    void exportsCarryTheConfidenceAndLeaveOutClaimsUnderTheMinimum() {
        StringWriter csv = new StringWriter();
        Exporters.write(ExportFormat.CSV_FACTS, fx.graph(), fx.events(), csv);
        assertThat(csv.toString().lines().findFirst().orElseThrow()).endsWith(",confidence");
        assertThat(csv.toString()).contains("0.800").contains("0.200");
        StringWriter kept = new StringWriter();
        Exporters.write(ExportFormat.CSV_EVENTS, fx.graph(), fx.events(), kept, 0.5);
        assertThat(kept.toString()).contains("ASSAULT").doesNotContain("PROTEST");
        StringWriter graphml = new StringWriter();
        Exporters.write(ExportFormat.GRAPHML, fx.graph(), fx.events(), graphml, 0.5);
        assertThat(graphml.toString()).contains("attr.name=\"confidence\"").contains(">0.800<").doesNotContain(">0.200<");
        StringWriter ftm = new StringWriter();
        new FtmExporter().write(fx.graph(), fx.events(), ftm);
        assertThat(ftm.toString()).contains("Dramatis confidence 0.900");
    }

    @Test
    void theReviewQueueListsUnjudgedClaimsLeastCertainFirstAndAVerdictTakesOneOff(@TempDir Path own) {
        // Its own store: the verdict below must not change what the other tests read.
        EvalFixture fx = world(own.resolve("data"));
        var queue = fx.graph().reviewQueue(10);
        assertThat(queue).extracting(i -> i.confidence()).containsExactly(0.2, 0.3, 0.55, 0.8, 0.9);
        assertThat(queue.get(0).table()).isEqualTo("fact_claim");
        assertThat(queue.get(0).claim()).isEqualTo("Salt Front — opposes — Harbour Council");
        assertThat(queue.get(0).evidence().sentence()).startsWith("The Salt Front shelled the port");
        assertThat(queue.get(1).claim()).isEqualTo("protest: Orlen blamed the council");
        assertThat(fx.graph().reviewQueue(2)).hasSize(2);
        long doubted = queue.get(0).claimId();
        fx.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("update fact_claim set verdict = 'REJECTED' where id = ?")) {
                ps.setLong(1, doubted);
                return ps.executeUpdate();
            }
        });
        assertThat(fx.graph().reviewQueue(10)).extracting(i -> i.table() + ":" + i.claimId())
                .doesNotContain("fact_claim:" + doubted).hasSize(4);
        var verdicts = new org.dramatis.graph.VerdictQueries(fx.database()).all();
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.confirmed()).isFalse();
            assertThat(v.event()).isFalse();
            assertThat(v.label()).isEqualTo("OPPOSES");
            assertThat(v.subjectType()).isEqualTo("ORGANIZATION");
            assertThat(v.text()).contains("Salt Front");
        });
    }

    @Test
    void aConfidenceMustBeAProbability() {
        FactClaim f = new FactClaim(FactKind.MEMBER, 0, 1, null, null, null, null, Modality.ASSERTED, 0, null);
        assertThatThrownBy(() -> f.withConfidence(1.5)).hasMessageContaining("not a probability");
        assertThatThrownBy(() -> Exporters.write(ExportFormat.FTM, fx.graph(), fx.events(), new StringWriter(), -0.1))
                .hasMessageContaining("from 0 to 1");
        assertThat(f.withConfidence(null).confidence()).isNull();
    }
}
