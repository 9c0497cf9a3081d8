package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.AnnotationLoader;
import org.dramatis.eval.Gold;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.EventClaim;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event check: its labels follow the evaluator's matching, its features read the claim's shape, it drops what it
 * judges wrong, and its training is deterministic and round-trips (on {@link TrainerTest#STAND_IN}'s parses).
 */
class EventCheckTest {
    @TempDir
    Path dir;

    private void article(String id, String text, String... records) throws IOException {
        TrainerTest.article(dir, id, text, records);
    }

    private static final String ENTITIES = "{\"t\":\"entity\",\"id\":\"guard\",\"type\":\"ArmedGroup\",\"name\":\"Guard\"}\n"
            + "{\"t\":\"entity\",\"id\":\"front\",\"type\":\"Party\",\"name\":\"Front\"}\n"
            + "{\"t\":\"mention\",\"e\":\"guard\",\"q\":\"Guard\",\"n\":1}\n{\"t\":\"mention\",\"e\":\"front\",\"q\":\"Front\",\"n\":1}";

    private static EventClaim event(EventType type, String date, Modality modality, int sentence, String trigger,
                                    EventClaim.Participant... parts) {
        return new EventClaim(type, null, date, null, List.of(parts), "s", modality, sentence, trigger);
    }

    @Test
    void labelsFollowTheEvaluatorsMatching() throws IOException {
        article("x", "Guard attacked Front\nWill Guard attacked Front ?\nGuard shelled Front\n", ENTITIES,
                "{\"t\":\"event\",\"trig\":\"attacked\",\"type\":\"ASSAULT\",\"mode\":null,\"mod\":\"asserted\","
                        + "\"src\":[\"guard\"],\"tgt\":[\"front\"],\"oth\":[],\"place\":null,\"when\":null,\"summary\":\"x\"}",
                "{\"t\":\"event\",\"trig\":\"shelled\",\"type\":\"COERCE\",\"mode\":null,\"mod\":\"question\","
                        + "\"src\":[\"guard\"],\"tgt\":[],\"oth\":[],\"place\":null,\"when\":null,\"summary\":\"x\"}");
        Annotated gold = AnnotationLoader.loadAll(List.of(dir)).get(0);
        // Guard in the second sentence (offsets 26..31) has the text of a gold mention; "Tolmer" is no gold actor.
        List<ActorMention> mentions = List.of(new ActorMention(0, "Guard", ActorType.ORGANIZATION, 0, 0, 5, "ner"),
                new ActorMention(1, "Guard", ActorType.ORGANIZATION, 1, 26, 31, "ner"),
                new ActorMention(2, "Tolmer", ActorType.LOCATION, 2, 48, 54, "ner"));
        ClaimLabels labels = ClaimLabels.of(gold, mentions);
        assertThat(labels.count()).as("the question is no counted event").isEqualTo(1);
        EventClaim.Participant first = new EventClaim.Participant(0, "actor");
        assertThat(labels.match(event(EventType.ASSAULT, null, Modality.ASSERTED, 0, "attacked", first))).isZero();
        assertThat(labels.match(event(EventType.ASSAULT, null, Modality.ASSERTED, 2, "shelled",
                new EventClaim.Participant(1, "actor")))).as("by text, anywhere in the article").isZero();
        assertThat(labels.match(event(EventType.COERCE, null, Modality.ASSERTED, 0, "attacked", first)))
                .as("another type").isEqualTo(-1);
        assertThat(labels.match(event(EventType.ASSAULT, null, Modality.ASSERTED, 2, "shelled",
                new EventClaim.Participant(2, "actor")))).as("another actor").isEqualTo(-1);
    }

    @Test
    void labelsAgainstAnEvalGoldFileFollowTheDocumentsClusters() {
        // An eval gold file: actors by their spellings and the documents they appear in, events by their documents.
        Gold gold = new Gold(List.of(new Gold.Actor("guard", "Organization", List.of("Coastal Guard", "CG"), List.of("01", "02")),
                new Gold.Actor("front", "Organization", List.of("Front"), List.of("01", "02")),
                new Gold.Actor("tolmer", "City", List.of("Tolmer"), List.of("02"))), List.of(),
                List.of(new Gold.Event("raid", "ASSAULT", "2020-06", List.of("front"), null, List.of("01")),
                        new Gold.Event("talks", "CONSULT", null, List.of("guard"), null, List.of("02"))));
        // "the guard" is no gold spelling, but its cluster holds "CG"; "Tolmer" is a gold actor of document 02 only.
        List<ActorMention> mentions = List.of(new ActorMention(0, "CG", ActorType.ORGANIZATION, 0, 0, 2, "ner"),
                new ActorMention(1, "the guard", ActorType.ORGANIZATION, 1, 10, 19, "pattern"),
                new ActorMention(2, "Front", ActorType.ORGANIZATION, 1, 30, 35, "ner"),
                new ActorMention(3, "Tolmer", ActorType.LOCATION, 2, 40, 46, "ner"));
        List<org.dramatis.resolve.LocalCluster> clusters = List.of(new org.dramatis.resolve.LocalCluster(0,
                ActorType.ORGANIZATION, List.of(0, 1), "CG", List.of("CG", "the guard"), List.of()));
        ClaimLabels labels = ClaimLabels.of(gold, "01", mentions, clusters);
        assertThat(labels.count()).as("as eval, any event of the file may be recovered").isEqualTo(2);
        assertThat(labels.match(event(EventType.ASSAULT, "2020-06-14", Modality.ASSERTED, 1, "raided",
                new EventClaim.Participant(1, "actor"), new EventClaim.Participant(2, "target")))).isZero();
        assertThat(labels.match(event(EventType.ASSAULT, "2019", Modality.ASSERTED, 1, "raided",
                new EventClaim.Participant(2, "target")))).as("another date").isEqualTo(-1);
        assertThat(labels.match(event(EventType.CONSULT, null, Modality.ASSERTED, 1, "met",
                new EventClaim.Participant(1, "actor")))).as("a mention stands for its cluster's gold actor, and an event"
                + " listed under another document is still one the file lists").isEqualTo(1);
        assertThat(ClaimLabels.of(gold, "01", mentions, List.of()).match(event(EventType.CONSULT, null,
                Modality.ASSERTED, 1, "met", new EventClaim.Participant(1, "actor")))).as("outside a cluster, by its own text")
                .isEqualTo(-1);
        Gold visit = new Gold(gold.entities(), List.of(),
                List.of(new Gold.Event("visit", "CONSULT", null, List.of("tolmer"), null, List.of("02"))));
        EventClaim inTolmer = event(EventType.CONSULT, null, Modality.ASSERTED, 2, "met", new EventClaim.Participant(3, "place"));
        assertThat(ClaimLabels.of(visit, "02", mentions, clusters).match(inTolmer)).isZero();
        assertThat(ClaimLabels.of(visit, "01", mentions, clusters).match(inTolmer))
                .as("a gold actor is found only in the documents the file places it in").isEqualTo(-1);
    }

    @Test
    void featuresReadTheQuestionAndAnActorFromAnotherSentence() {
        AnnotatedDocument doc = TrainerTest.STAND_IN.annotate("Guard rested\nWill Front attacked Guard ?\n", null);
        List<ActorMention> mentions = List.of(new ActorMention(0, "Guard", ActorType.ORGANIZATION, 0, 0, 5, "ner"),
                new ActorMention(1, "Front", ActorType.ORGANIZATION, 1, 18, 23, "ner"));
        EventClaim e = event(EventType.ASSAULT, "2022", Modality.ASSERTED, 1, "attacked",
                new EventClaim.Participant(0, "target"), new EventClaim.Participant(1, "actor"));
        List<String> f = EventCheck.features(doc, mentions, e, List.of(e));
        assertThat(f).contains("q?", "o=model", "t=ASSAULT", "l=attacked", "telsewhere", "apath=nsubj^|", "date=year",
                "roles=110");
    }

    @Test
    void theCheckDropsWhatItJudgesWrongAndScoresTheRest() {
        List<LinearClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            examples.add(new LinearClassifier.Example(List.of("t=ASSAULT"), EventCheck.WRONG));
            examples.add(new LinearClassifier.Example(List.of("t=ACCUSE"), EventCheck.RIGHT));
        }
        EventCheck check = new EventCheck(LinearClassifier.train(examples, 1, 1), 0.5, 0.5);
        AnnotatedDocument doc = TrainerTest.STAND_IN.annotate("Guard attacked Front\nFront accused Guard\n", null);
        EventClaim attack = event(EventType.ASSAULT, null, Modality.ASSERTED, 0, "attacked");
        EventClaim accusation = event(EventType.ACCUSE, null, Modality.ASSERTED, 1, "accused");
        List<EventClaim> all = List.of(attack, accusation);
        assertThat(check.probability(doc, List.of(), attack, all)).isLessThan(0.5);
        assertThat(check.probability(doc, List.of(), accusation, all)).isGreaterThan(0.5);
    }

    /**
     * The stand-in parses with "Guard" and "Front" tagged as organizations, so that the extracted events have
     * participants (an event no one takes part in is no event).
     */
    private static final org.dramatis.nlp.NlpService NAMED = (text, date) -> {
        AnnotatedDocument plain = TrainerTest.STAND_IN.annotate(text, date);
        List<org.dramatis.nlp.Sentence> named = new ArrayList<>();
        for (org.dramatis.nlp.Sentence s : plain.sentences()) {
            List<org.dramatis.nlp.EntityMention> mentions = new ArrayList<>();
            for (org.dramatis.nlp.Token t : s.tokens()) {
                if (t.word().equals("Guard") || t.word().equals("Front")) {
                    mentions.add(new org.dramatis.nlp.EntityMention(t.word(), "ORGANIZATION", t.begin(), t.end(), t.index(),
                            t.index() + 1, null));
                }
            }
            named.add(new org.dramatis.nlp.Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), mentions,
                    s.dependencies()));
        }
        return new AnnotatedDocument(text, named);
    };

    /**
     * Six articles whose attack the annotator lists, six whose rally she dates where the text gives no date (and six questions): the
     * extracted rally is wrong there (a gold date needs a system date), so the check has both labels to learn from.
     */
    private List<Trainer.Pair> fixture() throws IOException {
        for (int i = 0; i < 6; i++) {
            article("a" + i, "Guard attacked Front\nnothing happened here\n", ENTITIES,
                    "{\"t\":\"fact\",\"rel\":\"opposes\",\"s\":\"guard\",\"o\":\"front\",\"mod\":\"asserted\","
                            + "\"ev\":\"Guard attacked Front\"}",
                    "{\"t\":\"event\",\"trig\":\"attacked\",\"type\":\"ASSAULT\",\"mode\":null,\"mod\":\"asserted\","
                            + "\"src\":[\"guard\"],\"tgt\":[\"front\"],\"oth\":[],\"place\":null,\"when\":null,\"summary\":\"x\"}");
            article("b" + i, "Front rallied in 2020 against Guard\n", ENTITIES,
                    "{\"t\":\"event\",\"trig\":\"rallied\",\"type\":\"PROTEST\",\"mode\":null,\"mod\":\"asserted\","
                            + "\"src\":[\"front\"],\"tgt\":[\"guard\"],\"oth\":[],\"place\":null,\"when\":{\"q\":\"2020\",\"value\":\"2019\"},"
                            + "\"summary\":\"x\"}");
            article("c" + i, "Will Guard attacked Front ?\n", ENTITIES,
                    "{\"t\":\"event\",\"trig\":\"attacked\",\"type\":\"ASSAULT\",\"mode\":null,\"mod\":\"question\","
                            + "\"src\":[\"guard\"],\"tgt\":[],\"oth\":[],\"place\":null,\"when\":null,\"summary\":\"x\"}");
        }
        return new Trainer(() -> NAMED, null).load(List.of(dir));
    }

    @Test
    void trainingIsDeterministicAndTheCheckRoundTrips() throws Exception {
        List<Trainer.Pair> articles = fixture();
        Trainer trainer = new Trainer(() -> NAMED, null);
        StringWriter out = new StringWriter();
        EventModels base = trainer.train(articles, List.of(), 1.0, new PrintWriter(out));
        EventModels first = trainer.withChecks(articles, base, 1.0, new PrintWriter(out));
        EventModels second = trainer.withChecks(articles, base, 1.0, new PrintWriter(new StringWriter()));
        assertThat(out.toString()).contains("event check: 12 events found in 18 training articles by cross-fitted models, 12 judged, 6 of them right");
        assertThat(first.check()).isNotNull();
        first.save(dir.resolve("m1"));
        second.save(dir.resolve("m2"));
        assertThat(out.toString()).as("the fact check learns from the same folds")
                .contains("fact check: 12 facts found in 18 training articles by cross-fitted models, 12 judged, 6 of them right; 6 gold facts");
        for (String f : List.of(EventCheck.FILE, EventCheck.THRESHOLD_FILE)) {
            assertThat(dir.resolve("m1").resolve(f)).hasSameBinaryContentAs(dir.resolve("m2").resolve(f));
        }
        EventModels loaded = EventModels.load(dir.resolve("m1"));
        assertThat(loaded.check().threshold()).isEqualTo(first.check().threshold());
        assertThat(loaded.check().proposal()).as("the default").isEqualTo(0.3);
        AnnotatedDocument doc = TrainerTest.STAND_IN.annotate("Guard attacked Front\nFront rallied in 2020 against Guard\n", null);
        EventClaim attack = event(EventType.ASSAULT, null, Modality.ASSERTED, 0, "attacked");
        EventClaim rally = event(EventType.PROTEST, null, Modality.ASSERTED, 1, "rallied");
        List<EventClaim> all = List.of(attack, rally);
        assertThat(loaded.check().probability(doc, List.of(), attack, all))
                .isEqualTo(first.check().probability(doc, List.of(), attack, all))
                .isGreaterThan(loaded.check().probability(doc, List.of(), rally, all));
    }

    @Test
    void theChecksAlsoLearnFromDocumentsAnEvalGoldFileAnnotates() throws Exception {
        List<Trainer.Pair> articles = fixture();
        Trainer trainer = new Trainer(() -> NAMED, null);
        EventModels base = trainer.train(articles, List.of(), 1.0, new PrintWriter(new StringWriter()));
        // Five corpora of another hand, a document each: two golds list the attack, three list no event.
        List<GoldArticle> outsiders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = "o" + i;
            Gold gold = new Gold(List.of(new Gold.Actor("guard", "Organization", List.of("Guard"), List.of(id)),
                    new Gold.Actor("front", "Organization", List.of("Front"), List.of(id))), List.of(),
                    i < 2 ? List.of(new Gold.Event("attack", "ASSAULT", null, List.of("guard", "front"), null, List.of(id)))
                            : List.of());
            outsiders.add(new GoldArticle("gold: " + id, i, gold, id, extractor -> {
                AnnotatedDocument doc = NAMED.annotate("Guard attacked Front\n", null);
                return new GoldArticle.Reading(doc, extractor.extract(doc, null, id), List.of());
            }));
        }
        StringWriter out = new StringWriter();
        EventModels first = trainer.withChecks(articles, outsiders, 2, false, "both", base, 1.0, new PrintWriter(out));
        assertThat(out.toString()).contains("5 documents of 5 eval gold files read beside the 18 training articles (0 left out), their claims weighted 2, for the event and fact checks")
                .as("the outsiders' events are labelled against their gold file")
                .contains("event check: 17 events found in 23 training articles by cross-fitted models, 17 judged, 8 of them right");
        assertThat(out.toString()).as("their own table, recall over the gold events of their documents")
                .contains("event check over its threshold on the eval gold files' documents alone (recall over their 2 gold events)")
                .doesNotContain("on the eval gold files' documents)");
        StringWriter theirs = new StringWriter();
        trainer.withChecks(articles, outsiders, 2, true, "both", base, 1.0, new PrintWriter(theirs));
        assertThat(theirs.toString()).as("their table chooses when asked to")
                .containsPattern("event check threshold: [0-9.]+ \\(best F0.5 on the eval gold files' documents\\)");
        EventModels second = trainer.withChecks(articles, outsiders, 2, false, "both", base, 1.0, new PrintWriter(new StringWriter()));
        first.save(dir.resolve("m1"));
        second.save(dir.resolve("m2"));
        assertThat(dir.resolve("m1").resolve(EventCheck.FILE)).hasSameBinaryContentAs(dir.resolve("m2").resolve(EventCheck.FILE));
        EventModels without = trainer.withChecks(articles, base, 1.0, new PrintWriter(new StringWriter()));
        StringWriter factsOnly = new StringWriter();
        EventModels forFacts = trainer.withChecks(articles, outsiders, 2, false, "facts", base, 1.0, new PrintWriter(factsOnly));
        assertThat(factsOnly.toString()).as("only the fact check learns from them")
                .contains("event check: 12 events found in 18 training articles")
                .contains("fact check: 17 facts found in 23 training articles");
        forFacts.save(dir.resolve("m3"));
        without.save(dir.resolve("m4"));
        assertThat(dir.resolve("m3").resolve(EventCheck.FILE)).hasSameBinaryContentAs(dir.resolve("m4").resolve(EventCheck.FILE));
        AnnotatedDocument doc = TrainerTest.STAND_IN.annotate("Guard attacked Front\n", null);
        EventClaim attack = event(EventType.ASSAULT, null, Modality.ASSERTED, 0, "attacked");
        assertThat(first.check().probability(doc, List.of(), attack, List.of(attack)))
                .as("an attack told this way is wrong in three of the five outsiders")
                .isLessThan(without.check().probability(doc, List.of(), attack, List.of(attack)));
    }

    @Test
    void aThresholdFileThatIsNoProbabilityIsRefusedNamingTheFile() throws Exception {
        List<LinearClassifier.Example> examples = List.of(new LinearClassifier.Example(List.of("a"), EventCheck.RIGHT),
                new LinearClassifier.Example(List.of("b"), EventCheck.WRONG));
        StringWriter model = new StringWriter();
        new EventCheck(LinearClassifier.train(examples, 1, 1), 0.3, 0.2).save(model, new StringWriter());
        byte[] bytes = model.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String bad : List.of("# nothing\n", "1.5\n", "0.3\nproposal high\n", "0.3\n0.2\n")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventCheck.load(new java.io.ByteArrayInputStream(bytes),
                    new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "check.txt"))
                    .isInstanceOf(IOException.class).hasMessageStartingWith("check.txt: ");
        }
        EventCheck read = EventCheck.load(new java.io.ByteArrayInputStream(bytes), new java.io.ByteArrayInputStream(
                "# t\n0.3\nproposal 0.2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "check.txt");
        assertThat(read.threshold()).isEqualTo(0.3);
        assertThat(read.proposal()).isEqualTo(0.2);
    }
}
