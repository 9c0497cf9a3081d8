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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmExporterTest {
    @TempDir
    static Path dir;
    static EvalFixture fx;
    static String output;
    static List<JsonNode> entities;

    @BeforeAll
    static void export() throws Exception {
        fx = EvalFixture.sample(dir);
        StringWriter out = new StringWriter();
        new FtmExporter().write(fx.graph(), fx.events(), out);
        output = out.toString();
        entities = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : output.split("\n")) {
            entities.add(mapper.readTree(line));
        }
    }

    @Test
    void write_everyLineIsAnEntityWithArrayProperties() {
        assertThat(entities).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("id").asText()).startsWith("dr-");
            assertThat(e.get("schema").asText()).isNotBlank();
            e.get("properties").forEach(values -> {
                assertThat(values.isArray()).isTrue();
                values.forEach(v -> assertThat(v.isTextual()).isTrue());
            });
        });
        assertThat(entities.stream().map(e -> e.get("id").asText()).distinct()).hasSize(entities.size());
    }

    @Test
    void write_personCarriesEveryOtherSpellingAsAlias() {
        JsonNode castell = byId("dr-actor-" + fx.entity("castell"));
        assertThat(castell.get("schema").asText()).isEqualTo("Person");
        assertThat(values(castell, "name")).containsExactly("Mira Castell");
        assertThat(values(castell, "alias")).containsExactly("Castell");
        assertThat(values(castell, "birthDate")).containsExactly("1961");
        assertThat(values(castell, "birthPlace")).containsExactly("Port Selin");
    }

    @Test
    void write_roleBecomesPositionAndOccupancyWithStartDate() {
        JsonNode occupancy = entities.stream().filter(e -> e.get("schema").asText().equals("Occupancy"))
                .filter(e -> values(e, "holder").contains("dr-actor-" + fx.entity("castell"))).findFirst().orElseThrow();
        assertThat(values(occupancy, "startDate")).containsExactly("2016");
        JsonNode post = byId(values(occupancy, "post").get(0));
        assertThat(post.get("schema").asText()).isEqualTo("Position");
        assertThat(values(post, "name")).containsExactly("Head of Coastal Guard");
        assertThat(values(post, "organization")).containsExactly("dr-actor-" + fx.entity("guard"));
        assertThat(entities.stream().filter(e -> e.get("schema").asText().equals("Position"))).hasSize(1);
    }

    @Test
    void write_backingIsAnUnknownLinkNamedInWords() {
        JsonNode link = entities.stream().filter(e -> e.get("schema").asText().equals("UnknownLink"))
                .filter(e -> values(e, "role").equals(List.of("backs"))).findFirst().orElseThrow();
        assertThat(values(link, "subject")).containsExactly("dr-actor-" + fx.entity("veloria"));
        assertThat(values(link, "object")).containsExactly("dr-actor-" + fx.entity("brigade"));
        assertThat(values(link, "publisher")).containsExactly("Harbor Times");
    }

    @Test
    void write_leavesOutHypotheticalFacts() {
        assertThat(entities.stream().filter(e -> values(e, "role").contains("opposes"))).hasSize(1);
    }

    @Test
    void write_eventListsInvolvedAndOrganizer() {
        JsonNode arrest = entities.stream().filter(e -> e.get("schema").asText().equals("Event"))
                .filter(e -> values(e, "date").contains("2020-06-25")).findFirst().orElseThrow();
        assertThat(values(arrest, "involved")).containsExactlyInAnyOrder("dr-actor-" + fx.entity("castell"),
                "dr-actor-" + fx.entity("ebrin"));
        assertThat(values(arrest, "organizer")).containsExactly("dr-actor-" + fx.entity("castell"));
        assertThat(values(arrest, "location")).containsExactly("Port Selin");
        assertThat(values(arrest, "name")).containsExactly("Coastal Guard arrests Tomas Ebrin");
    }

    @Test
    void write_everyRelationAndEventCarriesSentenceAndSource() {
        List<JsonNode> relations = entities.stream().filter(e -> List.of("Occupancy", "Membership", "UnknownLink", "Event")
                .contains(e.get("schema").asText())).toList();
        assertThat(relations).hasSize(7);
        assertThat(relations).allSatisfy(e -> {
            assertThat(values(e, "summary")).isNotEmpty();
            assertThat(values(e, "sourceUrl")).isNotEmpty();
        });
        assertThat(relations.stream().flatMap(e -> values(e, "sourceUrl").stream()))
                .contains("https://harbor.example/news/1", "dramatis:document/2");
    }

    @Test
    void write_isDeterministic() {
        StringWriter again = new StringWriter();
        new FtmExporter().write(fx.graph(), fx.events(), again);
        assertThat(again.toString()).isEqualTo(output);
    }

    private static JsonNode byId(String id) {
        return entities.stream().filter(e -> e.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> values(JsonNode entity, String property) {
        JsonNode v = entity.get("properties").get(property);
        return v == null ? List.of() : StreamSupport.stream(v.spliterator(), false).map(JsonNode::asText).toList();
    }
}
