package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The match model is trained from annotated articles' alias clusters, deterministically, without language analysis. */
class MatchTrainerTest {
    @TempDir
    Path dir;

    private void article(String id, String text, String... records) throws IOException {
        Files.writeString(dir.resolve(id + ".txt"), text);
        StringBuilder ann = new StringBuilder("{\"t\":\"doc\",\"author\":\"a99\",\"country\":\"veloria\",\"style\":\"wire\","
                + "\"published\":\"2022-05-01\",\"outlet\":null}\n");
        for (String r : records) {
            ann.append(r).append('\n');
        }
        Files.writeString(dir.resolve(id + ".ann.jsonl"), ann);
    }

    private static String entity(String id, String type, String name) {
        return "{\"t\":\"entity\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"name\":\"" + name + "\"}";
    }

    private static String mention(String id, String quote) {
        return "{\"t\":\"mention\",\"e\":\"" + id + "\",\"q\":\"" + quote + "\"}";
    }

    private void fixture() throws IOException {
        article("one", "Omar al-Nadhimi met Karim Fadil in Valdoria.\n",
                entity("nadhimi", "Person", "Omar al-Nadhimi"), entity("fadil", "Person", "Karim Fadil"),
                entity("valdoria", "State", "Valdoria"),
                mention("nadhimi", "Omar al-Nadhimi"), mention("fadil", "Karim Fadil"), mention("valdoria", "Valdoria"));
        article("two", "Omar Nazemi of the Valdorian Guard thanked Fadil and Omar Fadil.\n",
                entity("nadhimi", "Person", "Omar al-Nadhimi"), entity("fadil", "Person", "Karim Fadil"),
                entity("guard", "ArmedGroup", "Valdorian Guard"), entity("omar_fadil", "Person", "Omar Fadil"),
                mention("nadhimi", "Omar Nazemi"), mention("guard", "Valdorian Guard"), mention("fadil", "Fadil"),
                mention("omar_fadil", "Omar Fadil"));
    }

    @Test
    void spellings_carryTheCorpusWideEntityIdAndType() throws IOException {
        fixture();
        List<MatchTraining.Spelling> s = MatchTrainer.spellings(List.of(dir));
        assertThat(s).contains(new MatchTraining.Spelling("nadhimi", "Omar al-Nadhimi", ActorType.PERSON),
                new MatchTraining.Spelling("nadhimi", "Omar Nazemi", ActorType.PERSON),
                new MatchTraining.Spelling("guard", "Valdorian Guard", ActorType.ORGANIZATION),
                new MatchTraining.Spelling("valdoria", "Valdoria", ActorType.COUNTRY));
    }

    @Test
    void train_isDeterministicAndLogsItsPairs() throws IOException {
        fixture();
        StringWriter log = new StringWriter();
        NameKeys keys = NameKeys.load();
        MatchModel first = MatchTrainer.train(List.of(dir), 1, keys, new PrintWriter(log, true));
        MatchModel second = MatchTrainer.train(List.of(dir), 1, keys, new PrintWriter(new StringWriter(), true));
        first.save(dir.resolve("m1"));
        second.save(dir.resolve("m2"));
        assertThat(Files.readAllBytes(dir.resolve("m1").resolve(MatchModel.FILE)))
                .isEqualTo(Files.readAllBytes(dir.resolve("m2").resolve(MatchModel.FILE)));
        assertThat(log.toString()).contains("2 same-actor pairs, 4 hard");
    }
}
