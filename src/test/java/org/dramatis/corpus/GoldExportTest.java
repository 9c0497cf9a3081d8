package org.dramatis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.corpus.CorpusFixture.CLEAN;
import static org.dramatis.corpus.CorpusFixture.TEXT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.eval.Gold;
import org.dramatis.eval.GoldReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldExportTest {
    @TempDir
    Path tmp;

    private Gold exported() {
        List<String> lines = new ArrayList<>(CLEAN);
        lines.add("{\"t\":\"fact\",\"rel\":\"role\",\"s\":\"omar\",\"o\":\"testland_army\",\"role\":\"commander\","
                + "\"qual\":\"deputy\",\"start\":\"2019\",\"mod\":\"alleged\",\"ev\":\"Omar is the army's commander\"}");
        lines.add("{\"t\":\"fact\",\"rel\":\"opposes\",\"s\":\"kora_front\",\"o\":\"testland_army\",\"mod\":\"denied\","
                + "\"ev\":\"The Front denied attacking the army\"}");
        lines.add("{\"t\":\"fact\",\"rel\":\"born\",\"s\":\"omar\",\"o\":\"kora\",\"start\":\"1961\",\"mod\":\"asserted\","
                + "\"ev\":\"KORA, May 6 (Wire) - Gen. Bashir Omar\"}");
        CorpusFixture.authors(tmp, "| a01 | train | testland | wire |");
        CorpusFixture.article(tmp, "train", "testland", "a01-one", TEXT, lines);
        CorpusChecker.Report report = new CorpusChecker().check(tmp.resolve("train"));
        assertThat(report.errors()).isEmpty();
        return GoldExport.export(report.documents());
    }

    @Test
    void export_roundTripsThroughTheEvaluatorsGoldReader() {
        Gold gold = exported();
        Path file = tmp.resolve("gold.json");
        GoldExport.write(gold, "test", file);
        Gold read = GoldReader.read(file);
        assertThat(read).isEqualTo(gold);
    }

    @Test
    void export_keepsWhatTheEvaluatorScores() {
        Gold gold = exported();
        assertThat(gold.entities()).extracting(Gold.Actor::id, Gold.Actor::type, Gold.Actor::names).contains(
                org.assertj.core.groups.Tuple.tuple("omar", "Person", List.of("Bashir Omar", "Omar")),
                org.assertj.core.groups.Tuple.tuple("kora", "Location", List.of("Kora", "KORA")),
                // "army" is a description: only the capitalised mention is a name.
                org.assertj.core.groups.Tuple.tuple("testland_army", "Organization", List.of("Army")),
                org.assertj.core.groups.Tuple.tuple("kora_front", "Organization", List.of("Kora Front", "Front")));
        assertThat(gold.facts()).extracting(Gold.Fact::describe).containsExactly(
                "omar role testland_army (commander)", "omar role testland_army (general)",
                "omar role testland_army (deputy commander) from 2019", "omar born kora");
        assertThat(gold.facts().get(3).value()).isEqualTo("1961");
        // The meeting reported twice is one event; the question and the denied attack are no gold events.
        assertThat(gold.events()).extracting(Gold.Event::describe).containsExactly(
                "a01-one#meet: CONSULT on 2023-05-06 involving omar, kora_front", "a01-one#e5: REJECT involving kora_front");
        assertThat(gold.events().get(0).place()).isEqualTo("Kora");
        assertThat(gold.events().get(0).docs()).containsExactly("a01-one");
    }

    @Test
    void export_readsWhoAppointedWhomFromTheAppointmentEvents() {
        String text = "Front names a commander\nKORA, May 6 (Wire) - The Kora Front named Bashir Omar its commander on"
                + " Saturday. It may appoint Sami Dar next year. The Front named the Kora Guard its escort."
                + " In May the Front dismissed Sami Dar.\n";
        List<String> lines = List.of(
                "{\"t\":\"doc\",\"author\":\"a01\",\"country\":\"testland\",\"style\":\"wire\",\"published\":\"2023-05-06\"}",
                "{\"t\":\"entity\",\"id\":\"omar\",\"type\":\"Person\",\"name\":\"Bashir Omar\"}",
                "{\"t\":\"entity\",\"id\":\"dar\",\"type\":\"Person\",\"name\":\"Sami Dar\"}",
                "{\"t\":\"entity\",\"id\":\"kora_front\",\"type\":\"ArmedGroup\",\"name\":\"Kora Front\"}",
                "{\"t\":\"entity\",\"id\":\"kora_guard\",\"type\":\"ArmedGroup\",\"name\":\"Kora Guard\"}",
                "{\"t\":\"mention\",\"e\":\"kora_front\",\"q\":\"Kora Front\"}",
                "{\"t\":\"mention\",\"e\":\"omar\",\"q\":\"Bashir Omar\"}",
                "{\"t\":\"mention\",\"e\":\"dar\",\"q\":\"Sami Dar\"}",
                "{\"t\":\"mention\",\"e\":\"kora_guard\",\"q\":\"Kora Guard\"}",
                "{\"t\":\"event\",\"trig\":\"named\",\"n\":1,\"type\":\"APPOINTMENT\",\"mod\":\"asserted\","
                        + "\"src\":[\"kora_front\"],\"tgt\":[\"omar\"],\"when\":{\"q\":\"on Saturday\",\"value\":\"2023-05-06\"},"
                        + "\"summary\":\"The Front named Omar commander\"}",
                "{\"t\":\"event\",\"trig\":\"appoint\",\"type\":\"APPOINTMENT\",\"mod\":\"planned\","
                        + "\"src\":[\"kora_front\"],\"tgt\":[\"dar\"],\"summary\":\"The Front may appoint Dar\"}",
                "{\"t\":\"event\",\"trig\":\"named\",\"n\":2,\"type\":\"APPOINTMENT\",\"mod\":\"asserted\","
                        + "\"src\":[\"kora_front\"],\"tgt\":[\"kora_guard\"],\"summary\":\"The Front named the Guard its escort\"}",
                "{\"t\":\"event\",\"trig\":\"dismissed\",\"type\":\"APPOINTMENT\",\"mode\":\"dismissal\",\"mod\":\"asserted\","
                        + "\"src\":[\"kora_front\"],\"tgt\":[\"dar\"],\"summary\":\"The Front dismissed Dar\"}");
        CorpusFixture.authors(tmp, "| a01 | train | testland | wire |");
        CorpusFixture.article(tmp, "train", "testland", "a01-two", text, lines);
        CorpusChecker.Report report = new CorpusChecker().check(tmp.resolve("train"));
        assertThat(report.errors()).isEmpty();
        // The planned appointment and the dismissal are no appointed fact; a group "named" as an escort is no appointee.
        assertThat(GoldExport.export(report.documents()).facts()).extracting(Gold.Fact::describe)
                .containsExactly("kora_front appointed omar from 2023-05-06");
        assertThat(GoldExport.facts(report.documents().get(0))).extracting(Gold.Fact::describe)
                .containsExactly("kora_front appointed omar from 2023-05-06");
    }
}
