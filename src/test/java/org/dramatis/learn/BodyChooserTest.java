package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.FactClaim;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/**
 * The post-body chooser: which posts it has a say on, which states and groups stand as candidates, features that read
 * no name, and a choice that takes the likeliest candidate above its threshold, keeps the rules' reading below it and
 * round-trips through its files (on {@link TrainerTest#STAND_IN}'s parses).
 */
class BodyChooserTest {
    /*
     * 0: "Veloria voted"  1: "Kastmir armed Guard"  2: "Tomas rested"  3: "nothing happened"  4: "Veloria waited"
     * 5: "nothing happened"  6: "President Ruiz spoke"
     */
    private static final String TEXT = "Veloria voted\nKastmir armed Guard\nTomas rested\nnothing happened\nVeloria waited\n"
            + "nothing happened\nPresident Ruiz spoke\n";
    private static final AnnotatedDocument DOC = TrainerTest.STAND_IN.annotate(TEXT, null);

    private static List<ActorMention> mentions() {
        List<ActorMention> out = new ArrayList<>();
        add(out, "Veloria", ActorType.COUNTRY, 0);
        add(out, "Kastmir", ActorType.COUNTRY, 1);
        add(out, "Guard", ActorType.ORGANIZATION, 1);
        add(out, "Tomas", ActorType.PERSON, 2);
        add(out, "Veloria", ActorType.COUNTRY, 4);
        add(out, "Ruiz", ActorType.PERSON, 6);
        return out;
    }

    private static void add(List<ActorMention> out, String text, ActorType type, int sentence) {
        String line = DOC.sentences().get(sentence).text();
        int begin = DOC.sentences().get(sentence).begin() + line.indexOf(text);
        out.add(new ActorMention(out.size(), text, type, sentence, begin, begin + text.length(), "ner"));
    }

    private static FactClaim post(int holder, int body, String value, int sentence) {
        return new FactClaim(FactKind.ROLE, holder, body, "president", value, null, null, Modality.ASSERTED, sentence, null,
                null, "title");
    }

    @Test
    void itChoosesForPostsWithNoStatedBodyOnly() {
        List<ActorMention> m = mentions();
        assertThat(BodyChooser.chooses(post(5, -1, null, 6), m)).as("no body").isTrue();
        assertThat(BodyChooser.chooses(post(5, 4, "former; inferred", 6), m)).as("the home state, inferred").isTrue();
        assertThat(BodyChooser.chooses(post(5, 1, null, 6), m)).as("a body the text states").isFalse();
        assertThat(BodyChooser.chooses(post(2, -1, null, 6), m)).as("a group's post").isFalse();
        FactClaim hypothetical = new FactClaim(FactKind.ROLE, 5, -1, "president", null, null, null, Modality.HYPOTHETICAL, 6, null);
        assertThat(BodyChooser.chooses(hypothetical, m)).as("a hypothetical post").isFalse();
        FactClaim member = new FactClaim(FactKind.MEMBER, 5, -1, null, null, null, null, Modality.ASSERTED, 6, null);
        assertThat(BodyChooser.chooses(member, m)).isFalse();
    }

    @Test
    void candidatesAreEveryStateOnceAtItsNearestOccurrenceBeforeAndGroupsNamedJustBefore() {
        List<ActorMention> m = mentions();
        BodyChooser.Names names = new BodyChooser.Names(m);
        assertThat(BodyChooser.candidates(m, names, post(5, -1, null, 6)))
                .as("Veloria at sentence 4, Kastmir; the group Guard stands five sentences back").containsExactly(4, 1);
        assertThat(BodyChooser.candidates(m, names, post(5, -1, null, 3)))
                .as("the group two sentences back counts; Veloria's occurrence before the post").containsExactly(0, 1, 2);
        assertThat(BodyChooser.candidates(m, names, post(5, 0, "inferred", 6)))
                .as("the rules' body stands for its name").containsExactly(0, 1);
    }

    @Test
    void featuresReadTheShapeAndNoName() {
        List<ActorMention> m = mentions();
        List<String> f = BodyChooser.features(DOC, m, new BodyChooser.Names(m), post(5, 4, "inferred", 6), 4);
        assertThat(f).contains("t=COUNTRY", "cur=true/inferred", "rw=president/COUNTRY", "sd=2", "n=2/COUNTRY", "rank=0",
                "dominant=true/inferred");
        assertThat(f).noneMatch(x -> x.contains("Veloria") || x.contains("Ruiz") || x.contains("veloria"));
    }

    @Test
    void aFactBoxsHeadingAndItsLabelLinesAreReadFromTheLayout() {
        assertThat(BodyChooser.heading("HARUN FRONT (VELORIA)")).isTrue();
        assertThat(BodyChooser.heading("Harun Front (Veloria)")).isFalse();
        assertThat(BodyChooser.heading("12 - 4")).as("no letters").isFalse();
        assertThat(BodyChooser.label("Leader: Tomas Ruiz.")).isTrue();
        assertThat(BodyChooser.label("Defence Minister: Brig Gen Tomas Ruiz.")).isTrue();
        assertThat(BodyChooser.label("03:30 Early figures give Ruiz a lead.")).as("a time").isFalse();
        assertThat(BodyChooser.label("Ruiz said the vote was fair.")).isFalse();
        List<ActorMention> m = mentions();
        assertThat(BodyChooser.features(DOC, m, new BodyChooser.Names(m), post(5, -1, null, 6), 4))
                .contains("heading=false/2", "label=false/false/COUNTRY");
    }

    @Test
    void theLikeliestCandidateAboveTheThresholdBecomesTheBody_belowItTheRulesReadingStays() throws IOException {
        List<ActorMention> m = mentions();
        BodyChooser.Names names = new BodyChooser.Names(m);
        // Taught that the state named two sentences back is right and the one named five back is wrong.
        List<LinearClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            examples.add(new LinearClassifier.Example(List.of("sd=2"), EventCheck.RIGHT));
            examples.add(new LinearClassifier.Example(List.of("sd=near"), EventCheck.WRONG));
        }
        BodyChooser chooser = new BodyChooser(LinearClassifier.train(examples, 1, 1), 0.6);
        StringWriter model = new StringWriter();
        StringWriter threshold = new StringWriter();
        chooser.save(model, threshold);
        BodyChooser loaded = BodyChooser.load(stream(model.toString()), stream(threshold.toString()), "post-body.model.gz");
        assertThat(loaded.threshold()).isEqualTo(0.6);

        FactClaim bodiless = post(5, -1, null, 6);
        FactClaim chosen = loaded.choose(DOC, m, names, bodiless);
        assertThat(chosen.object()).as("Veloria, two sentences back").isEqualTo(4);
        assertThat(chosen.value()).isEqualTo("inferred");
        assertThat(chosen.confidence()).isGreaterThan(0.6);
        assertThat(chosen).isEqualTo(chooser.choose(DOC, m, names, bodiless));

        FactClaim wrongHome = post(5, 1, "former; inferred", 6);
        assertThat(loaded.choose(DOC, m, names, wrongHome).object()).as("the rules' state, five back, gives way").isEqualTo(4);
        assertThat(loaded.choose(DOC, m, names, wrongHome).value()).isEqualTo("former; inferred");

        BodyChooser strict = loaded.withThreshold(0.99);
        assertThat(strict.choose(DOC, m, names, bodiless)).as("nothing likely enough").isSameAs(bodiless);
        FactClaim stated = post(5, 1, null, 6);
        assertThat(loaded.choose(DOC, m, names, stated)).as("a stated body is never moved").isSameAs(stated);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
