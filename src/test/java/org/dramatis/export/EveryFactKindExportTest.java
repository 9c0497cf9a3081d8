package org.dramatis.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.dramatis.eval.EvalFixture;
import org.dramatis.eval.KindFixture;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relation kind goes through every export: a fact of each kind comes out in CSV, GraphML and FtM. */
class EveryFactKindExportTest {
    @TempDir
    static Path dir;
    static EvalFixture fx;

    @BeforeAll
    static void build() {
        fx = KindFixture.everyKind(dir);
    }

    @Test
    void csv_hasARowOfEveryKindInBothTables() {
        StringWriter table = new StringWriter();
        new CsvExporter().write(fx.graph(), fx.events(), table);
        StringWriter facts = new StringWriter();
        new CsvExporter().writeFacts(fx.graph(), fx.events(), facts);
        for (FactKind k : FactKind.values()) {
            KindFixture.Line l = KindFixture.LINES.get(k);
            assertThat(table.toString()).as("CSV row of %s", k)
                    .contains(l.subject() + "," + k.code() + "," + l.object() + ",");
            assertThat(facts.toString()).as("CSV facts row of %s", k).contains("," + k.code() + ",");
        }
    }

    @Test
    void graphml_hasAnEdgeOfEveryKind() {
        StringWriter out = new StringWriter();
        new GraphmlExporter().write(fx.graph(), fx.events(), out);
        for (FactKind k : FactKind.values()) {
            assertThat(out.toString()).as("GraphML edge of %s", k).contains("<data key=\"kind\">" + k.code() + "</data>");
        }
    }

    @Test
    void ftm_writesEveryKindInTheShapeItsKindNames() throws Exception {
        StringWriter out = new StringWriter();
        new FtmExporter().write(fx.graph(), fx.events(), out);
        List<JsonNode> entities = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            entities.add(new ObjectMapper().readTree(line));
        }
        JsonNode verel = entities.stream().filter(e -> e.get("id").asText().equals("dr-actor-" + fx.entity("verel")))
                .findFirst().orElseThrow();
        for (FactKind k : FactKind.values()) {
            KindFixture.Line l = KindFixture.LINES.get(k);
            String subject = "dr-actor-" + fx.entity(l.subjectKey());
            String object = "dr-actor-" + fx.entity(l.objectKey());
            switch (k.ftm()) {
                case OCCUPANCY -> assertThat(linked(entities, "Occupancy", "holder", subject)).as("%s", k).isNotEmpty();
                case MEMBERSHIP -> assertThat(linked(entities, "Membership", "member", subject))
                        .as("%s", k).anySatisfy(e -> {
                            assertThat(values(e, "organization")).containsExactly(object);
                            assertThat(values(e, "role")).containsExactly(l.role() != null ? l.role() : k.words());
                        });
                case BIRTH -> assertThat(values(verel, "birthDate")).contains(l.value());
                case EDUCATION -> assertThat(values(verel, "education")).contains(l.object());
                case NATIONALITY -> assertThat(values(verel, "nationality")).contains("fr");
                case LINK -> assertThat(linked(entities, "UnknownLink", "subject", subject)).as("%s", k)
                        .anySatisfy(e -> {
                            assertThat(values(e, "object")).containsExactly(object);
                            assertThat(values(e, "role")).containsExactly(k.words());
                        });
            }
        }
    }

    private static List<JsonNode> linked(List<JsonNode> entities, String schema, String property, String id) {
        return entities.stream().filter(e -> e.get("schema").asText().equals(schema))
                .filter(e -> values(e, property).contains(id)).toList();
    }

    private static List<String> values(JsonNode entity, String property) {
        JsonNode v = entity.get("properties").get(property);
        return v == null ? List.of() : StreamSupport.stream(v.spliterator(), false).map(JsonNode::asText).toList();
    }
}
