package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
    @TempDir
    Path dir;

    @Test
    void read_parsesEntitiesFactsAndEvents() throws Exception {
        Gold gold = GoldReader.read(Files.writeString(dir.resolve("gold.json"), EvaluatorTest.GOLD));
        assertThat(gold.entities()).hasSize(8);
        assertThat(gold.facts().get(0).role()).isEqualTo("head");
        assertThat(gold.facts().get(3).value()).isEqualTo("1961");
        assertThat(gold.events().get(0).involved()).containsExactly("castell", "ebrin");
        assertThat(gold.events().get(1).place()).isNull();
    }

    @Test
    void read_namesFileAndFieldOfAMissingValue() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.json"), """
                {"entities": [{"id": "a", "type": "Person", "names": ["Ana Vel"], "docs": ["001"]}],
                 "facts": [{"s": "a", "o": "a", "docs": []}]}
                """);
        assertThatThrownBy(() -> GoldReader.read(file)).isInstanceOf(DramatisException.class)
                .hasMessage("gold.json: facts[0].rel missing");
    }

    @Test
    void read_rejectsAFactAboutAnUnknownActor() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.json"), """
                {"entities": [{"id": "a", "type": "Person", "names": ["Ana Vel"], "docs": ["001"]}],
                 "facts": [{"s": "a", "rel": "backs", "o": "zed", "docs": []}]}
                """);
        assertThatThrownBy(() -> GoldReader.read(file)).hasMessage("gold.json: facts[0].o 'zed' is not an entity id");
    }

    @Test
    void read_rejectsAnActorWithoutNames() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.json"), """
                {"entities": [{"id": "a", "type": "Person", "names": [], "docs": ["001"]}]}
                """);
        assertThatThrownBy(() -> GoldReader.read(file)).hasMessage("gold.json: entities[0].names is empty");
    }

    @Test
    void goldDocId_dropsExtensionAndKeepsFeedItem() {
        assertThat(ActorMatch.goldDocId("001.txt")).isEqualTo("001");
        assertThat(ActorMatch.goldDocId("feed.xml#2")).isEqualTo("feed#2");
        assertThat(ActorMatch.goldDocId("news/2020/report.v2.html")).isEqualTo("report.v2");
        assertThat(ActorMatch.normalise("The  Coastal Guard ")).isEqualTo("coastal guard");
    }
}
