package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dramatis.eval.EvalReport;
import org.dramatis.eval.Evaluator;
import org.dramatis.eval.GoldReader;
import org.dramatis.export.ExportFormat;
import org.dramatis.export.Exporters;
import org.dramatis.graph.Views.ActorSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The whole path on the bundled example corpus: ingest with CoreNLP, export, evaluate, correct, re-ingest. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleCorpusIT {
    static final Path ARTICLES = Path.of("examples/articles");
    static final Path GOLD = Path.of("examples/gold.json");

    @TempDir
    static Path tmp;
    static Dramatis dramatis;
    static IngestReport report;

    @BeforeAll
    static void ingest() {
        dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), SharedNlp.get());
        report = dramatis.pipeline().ingest(List.of(ARTICLES), IngestPipeline.Progress.NONE);
    }

    @Test
    @Order(1)
    void ingest_storesEveryExampleDocumentIncludingFeedItems() {
        assertThat(report.rejected()).isZero();
        assertThat(report.stored()).isEqualTo(11);
        assertThat(dramatis.graph().documents()).anySatisfy(d -> {
            assertThat(d.name()).endsWith(".html");
            assertThat(d.outlet()).isNotBlank();
            assertThat(d.published()).isNotBlank();
        });
    }

    @Test
    @Order(2)
    void ftmExport_holdsActorsWithAliasesPostsLinksAndEventsEachWithEvidence() throws Exception {
        StringWriter out = new StringWriter();
        Exporters.write(ExportFormat.FTM, dramatis.graph(), dramatis.events(), out);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> entities = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            entities.add(json.readTree(line));
        }
        Set<String> schemata = new TreeSet<>();
        entities.forEach(e -> schemata.add(e.get("schema").asText()));
        assertThat(schemata).contains("Person", "Organization", "Position", "Occupancy", "Event");
        assertThat(entities).filteredOn(e -> e.get("schema").asText().equals("Person"))
                .anySatisfy(p -> assertThat(p.path("properties").path("alias").size()).isGreaterThanOrEqualTo(2));
        for (JsonNode e : entities) {
            String schema = e.get("schema").asText();
            if (Set.of("Occupancy", "Membership", "UnknownLink", "Event").contains(schema)) {
                assertThat(e.path("properties").path("summary").size()).as(schema + " summary").isPositive();
                assertThat(e.path("properties").path("sourceUrl").size()).as(schema + " sourceUrl").isPositive();
            }
        }
    }

    @Test
    @Order(3)
    void eval_findsTheCastWithoutMergingTwoActors() {
        EvalReport r = Evaluator.evaluate(GoldReader.read(GOLD), dramatis.graph(), dramatis.events());
        assertThat(r.falseMerges()).isZero();
        assertThat((double) r.actorsFound() / r.actorsTotal()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.aliasCompleteness()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.evidenceShare()).isEqualTo(1.0);
    }

    @Test
    @Order(4)
    void corrections_surviveReResolutionAndNewDocuments() throws Exception {
        List<ActorSummary> people = dramatis.graph().actors(200, org.dramatis.model.ActorType.PERSON);
        String a = surface(people.get(people.size() - 1));
        String b = surface(people.get(people.size() - 2));
        dramatis.corrections().merge(a, b);
        assertThat(entityOf(a)).isEqualTo(entityOf(b));

        Path extra = Files.createDirectories(tmp.resolve("extra"));
        Files.writeString(extra.resolve("late.md"), "---\ntitle: Late note\ndate: 2022-03-01\n---\n"
                + a + " spoke to reporters on Tuesday. " + b + " was not present.\n");
        dramatis.pipeline().ingest(List.of(extra), IngestPipeline.Progress.NONE);
        assertThat(entityOf(a)).isEqualTo(entityOf(b));

        dramatis.close();
        dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), SharedNlp.get());
        dramatis.corrections().undo(dramatis.decisions().history().get(0).decision().id());
        assertThat(entityOf(a)).isNotEqualTo(entityOf(b));
    }

    private static String surface(ActorSummary actor) {
        return dramatis.graph().actor(actor.id()).orElseThrow().names().get(0).name();
    }

    private static Long entityOf(String name) {
        return dramatis.graph().mentions(null).stream().filter(m -> m.text().equals(name)).map(m -> m.entityId())
                .findFirst().orElseThrow();
    }
}
