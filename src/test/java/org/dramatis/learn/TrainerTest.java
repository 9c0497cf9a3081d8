package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a small fixture corpus, without CoreNLP: a stand-in NLP splits lines into sentences and words, tags a
 * word ending in "ed" as a past verb that governs the words around it, and everything else as a noun.
 */
class TrainerTest {
    @TempDir
    Path dir;

    /** Lines are sentences; words split on spaces; "-ed" words are VBD and heads of their sentence. */
    static final NlpService STAND_IN = (text, date) -> {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                List<Token> tokens = new ArrayList<>();
                int at = start;
                for (String w : line.split(" ")) {
                    String pos = w.endsWith("ed") ? "VBD" : w.equals("?") ? "." : "NN";
                    tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), pos, "O", null, at, at + w.length()));
                    at += w.length() + 1;
                }
                int verb = 0;
                for (Token t : tokens) {
                    if (t.pos().equals("VBD")) {
                        verb = t.index();
                    }
                }
                List<Dependency> deps = new ArrayList<>();
                deps.add(new Dependency("root", -1, verb));
                for (Token t : tokens) {
                    if (t.index() != verb) {
                        deps.add(new Dependency(t.index() < verb ? "nsubj" : "obj", verb, t.index()));
                    }
                }
                sentences.add(new Sentence(sentences.size(), start, start + line.length(), line, tokens, List.of(), deps));
            }
            start += line.length() + 1;
        }
        return new AnnotatedDocument(text, sentences);
    };

    private void article(String id, String text, String... records) throws IOException {
        article(dir, id, text, records);
    }

    /** Writes {@code id.txt} and its annotation (a wire article of 1 May 2022 by a99 about Veloria) into {@code dir}. */
    static void article(Path dir, String id, String text, String... records) throws IOException {
        Files.writeString(dir.resolve(id + ".txt"), text);
        StringBuilder ann = new StringBuilder("{\"t\":\"doc\",\"author\":\"a99\",\"country\":\"veloria\",\"style\":\"wire\","
                + "\"published\":\"2022-05-01\",\"outlet\":null}\n");
        for (String r : records) {
            ann.append(r).append('\n');
        }
        Files.writeString(dir.resolve(id + ".ann.jsonl"), ann);
    }

    private List<Trainer.Pair> fixture() throws IOException {
        String entities = "{\"t\":\"entity\",\"id\":\"guard\",\"type\":\"ArmedGroup\",\"name\":\"Guard\"}\n"
                + "{\"t\":\"entity\",\"id\":\"front\",\"type\":\"Party\",\"name\":\"Front\"}\n"
                + "{\"t\":\"mention\",\"e\":\"guard\",\"q\":\"Guard\",\"n\":1}\n{\"t\":\"mention\",\"e\":\"front\",\"q\":\"Front\",\"n\":1}";
        for (int i = 0; i < 6; i++) {
            article("a" + i, "Guard attacked Front\nGuard visited market\nnothing happened here\n", entities,
                    "{\"t\":\"fact\",\"rel\":\"opposes\",\"s\":\"guard\",\"o\":\"front\",\"mod\":\"asserted\","
                            + "\"ev\":\"Guard attacked Front\"}",
                    "{\"t\":\"event\",\"trig\":\"attacked\",\"type\":\"ASSAULT\",\"mode\":null,\"mod\":\"asserted\","
                            + "\"src\":[\"guard\"],\"tgt\":[\"front\"],\"oth\":[],\"place\":null,\"when\":null,\"summary\":\"x\"}");
            article("b" + i, "Front accused Guard\nFront rested quietly\n", entities.replace("\"n\":1}\n{", "\"n\":1}\n{"),
                    "{\"t\":\"event\",\"trig\":\"accused\",\"type\":\"ACCUSE\",\"mode\":null,\"mod\":\"asserted\","
                            + "\"src\":[\"front\"],\"tgt\":[\"guard\"],\"oth\":[],\"place\":null,\"when\":null,\"summary\":\"x\"}");
        }
        for (int i = 0; i < 6; i++) {
            article("c" + i, "Will Guard attacked Front ?\n", entities,
                    "{\"t\":\"event\",\"trig\":\"attacked\",\"type\":\"ASSAULT\",\"mode\":null,\"mod\":\"question\","
                            + "\"src\":[\"guard\"],\"tgt\":[\"front\"],\"oth\":[],\"place\":null,\"when\":null,\"summary\":\"x\"}");
        }
        return new Trainer(() -> STAND_IN, null).load(List.of(dir));
    }

    private static String saved(EventModels m, Path where) throws IOException {
        m.save(where);
        StringBuilder all = new StringBuilder();
        for (String f : EventModels.FILES) {
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(where.resolve(f)))) {
                all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void trainingIsDeterministicAndSaveLoadKeepsPredictions() throws Exception {
        List<Trainer.Pair> articles = fixture();
        PrintWriter log = new PrintWriter(new StringWriter());
        EventModels first = Trainer.train(articles, 1.0, log);
        EventModels second = Trainer.train(articles, 1.0, log);
        assertThat(saved(first, dir.resolve("m1"))).isEqualTo(saved(second, dir.resolve("m2")));

        EventModels loaded = EventModels.load(dir.resolve("m1"));
        AnnotatedDocument doc = STAND_IN.annotate("Guard attacked Front\nFront accused Guard\nnothing happened\n", null);
        List<EventModels.Found> before = first.find(doc, List.of(), 0.5);
        List<EventModels.Found> after = loaded.find(doc, List.of(), 0.5);
        assertThat(after).isEqualTo(before);
        assertThat(before).extracting(EventModels.Found::word).contains("attacked", "accused").doesNotContain("happened");
        assertThat(loaded.relations().find(doc, List.of(), 0.5)).isEqualTo(first.relations().find(doc, List.of(), 0.5));
        assertThat(first.modalityAt(STAND_IN.annotate("Will Guard attacked Front ?\n", null).sentences().get(0), 2).label())
                .isEqualTo("question");
    }

    @Test
    void trainingWithTheEncoderIsDeterministicAndRoundTrips() throws Exception {
        List<Trainer.Pair> articles = fixture();
        PrintWriter log = new PrintWriter(new StringWriter());
        try (SentenceEncoder encoder = SentenceEncoder.bundled()) {
            Trainer trainer = new Trainer(() -> STAND_IN, null);
            trainer.useEncoder(encoder);
            trainer.relationVectors(true);
            EventModels first = trainer.train(articles, List.of(), 1.0, log);
            EventModels second = trainer.train(articles, List.of(), 1.0, log);
            String text = saved(first, dir.resolve("e1"));
            assertThat(text).isEqualTo(saved(second, dir.resolve("e2"))).contains("dramatis-linear 2\n")
                    .contains("\ndense\t" + Encodings.WIDTH + "\n");
            assertThat(first.usesEncoder()).isTrue();

            EventModels loaded = EventModels.load(dir.resolve("e1"));
            assertThat(loaded.usesEncoder()).isTrue();
            AnnotatedDocument doc = STAND_IN.annotate("Guard attacked Front\nFront accused Guard\nnothing happened\n", null);
            List<EventModels.Found> before = first.find(doc, List.of(), 0.5);
            assertThat(loaded.find(doc, List.of(), 0.5)).isEqualTo(before);
            assertThat(before).extracting(EventModels.Found::word).contains("attacked", "accused").doesNotContain("happened");
            Sentence question = STAND_IN.annotate("Will Guard attacked Front ?\n", null).sentences().get(0);
            assertThat(loaded.modalityAt(question, 2)).isEqualTo(first.modalityAt(question, 2));
            assertThat(loaded.modalityAt(question, 2).label()).isEqualTo("question");

            // The relation model reads the pair through the encoder too, and the loaded model reads it the same.
            assertThat(text).contains("\ndense\t" + Encodings.PAIR_WIDTH + "\n");
            assertThat(loaded.relations().usesEncoder()).isTrue();
            List<ActorMention> mentions = guardAndFront();
            List<RelationModel.Found> found = first.relations().find(doc, mentions, 0.5);
            assertThat(loaded.relations().find(doc, mentions, 0.5)).isEqualTo(found);
            assertThat(found).containsExactly(new RelationModel.Found(0, 0, 1, FactKind.OPPOSES, found.get(0).probability()));
            assertThat(loaded.relations().relatedProbability(doc, mentions, 2, 3))
                    .isEqualTo(first.relations().relatedProbability(doc, mentions, 2, 3)).isLessThan(0.5);
        }
    }

    /** Guard and Front in "Guard attacked Front" (mentions 0 and 1) and in "Front accused Guard" (2 and 3). */
    private static List<ActorMention> guardAndFront() {
        return List.of(new ActorMention(0, "Guard", ActorType.ORGANIZATION, 0, 0, 5, "ner"),
                new ActorMention(1, "Front", ActorType.ORGANIZATION, 0, 15, 20, "ner"),
                new ActorMention(2, "Front", ActorType.ORGANIZATION, 1, 21, 26, "ner"),
                new ActorMention(3, "Guard", ActorType.ORGANIZATION, 1, 35, 40, "ner"));
    }

    @Test
    void relationVectorsAreOffUnlessAskedFor() throws Exception {
        try (SentenceEncoder encoder = SentenceEncoder.bundled()) {
            Trainer trainer = new Trainer(() -> STAND_IN, null);
            trainer.useEncoder(encoder);
            EventModels models = trainer.train(fixture(), List.of(), 1.0, new PrintWriter(new StringWriter()));
            assertThat(models.usesEncoder()).isTrue();
            assertThat(models.relations().usesEncoder()).isFalse();
            assertThat(models.relations().classifier().denseWidth()).isZero();
        }
    }

    @Test
    void scoreRelationsCountsRightFoundAndGoldPairsPerKind() throws Exception {
        List<Trainer.Pair> articles = fixture();
        EventModels models = Trainer.train(articles, 1.0, new PrintWriter(new StringWriter()));
        StringWriter out = new StringWriter();
        Map<String, int[]> scores = new Trainer(() -> STAND_IN, null).scoreRelations(models, articles, 0.5,
                new PrintWriter(out));
        // Six articles state that Guard opposes Front; the twelve other Guard-Front pairs state nothing.
        assertThat(scores.get("opposes")).containsExactly(6, 6, 6);
        assertThat(scores.get("all")).containsExactly(6, 6, 6);
        assertThat(out.toString()).contains("opposes").contains("all ");
        int[] strict = new Trainer(() -> STAND_IN, null).scoreRelations(models, articles, 1.0,
                new PrintWriter(new StringWriter())).get("all");
        assertThat(strict).containsExactly(0, 0, 6);
    }

    @Test
    void analystsVerdictsBecomeTrainingExamples() throws Exception {
        List<Trainer.Pair> articles = fixture();
        Trainer trainer = new Trainer(() -> STAND_IN, null);
        StringWriter out = new StringWriter();
        PrintWriter log = new PrintWriter(out);
        EventModels before = trainer.train(articles, List.of(), 1.0, log);
        // Analysts confirmed "visited" as a meeting six times, rejected "accused" once, and confirmed one relation; one
        // verdict names a sentence its document does not have and is skipped.
        List<org.dramatis.graph.VerdictQueries.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            verdicts.add(new org.dramatis.graph.VerdictQueries.Verdict(i, "Guard visited market\n", 0, true, true, "CONSULT",
                    "visited", -1, -1, null, -1, -1, null));
        }
        verdicts.add(new org.dramatis.graph.VerdictQueries.Verdict(7, "Front accused Guard\n", 0, false, true, "ACCUSE",
                "accused", -1, -1, null, -1, -1, null));
        verdicts.add(new org.dramatis.graph.VerdictQueries.Verdict(8, "Guard attacked Front\n", 0, true, false, "OPPOSES",
                null, 0, 5, "ORGANIZATION", 15, 20, "ORGANIZATION"));
        verdicts.add(new org.dramatis.graph.VerdictQueries.Verdict(9, "Guard visited market\n", 3, true, true, "CONSULT",
                "visited", -1, -1, null, -1, -1, null));
        EventModels after = trainer.train(articles, verdicts, 1.0, log);
        log.flush();
        assertThat(out.toString()).contains("8 of 9 analysts' verdicts used as training examples");
        Sentence visited = STAND_IN.annotate("Guard visited market\n", null).sentences().get(0);
        assertThat(1 - after.noEventAt(visited, 1)).isGreaterThan(1 - before.noEventAt(visited, 1));
        Sentence accused = STAND_IN.annotate("Front accused Guard\n", null).sentences().get(0);
        assertThat(after.noEventAt(accused, 1)).isGreaterThan(before.noEventAt(accused, 1));
    }

    @Test
    void scoreCountsRightWrongAndMissedTriggersPerType() throws Exception {
        List<Trainer.Pair> articles = fixture();
        EventModels models = Trainer.train(articles, 1.0, new PrintWriter(new StringWriter()));
        StringWriter out = new StringWriter();
        int[] all = Trainer.score(models, articles, 0.5, new PrintWriter(out)).get("all");
        assertThat(all[2]).isEqualTo(18);
        assertThat(all[0]).isEqualTo(18);
        assertThat(out.toString()).contains("ASSAULT").contains("ACCUSE").contains("modality accuracy on gold triggers: 18/18");
    }
}
