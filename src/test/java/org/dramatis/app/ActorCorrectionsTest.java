package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.graph.TestStores;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.ActorType;
import org.dramatis.model.RefusedCorrection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corrections act on the actors the analyst chose, not on their spellings: a surname that became both a person and a
 * place can be retyped and merged, each correction says what it did or why it was refused, and it survives
 * re-resolution, new articles and undo.
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class ActorCorrectionsTest {
    static final String PERSON = "Sami Duri met Layla Nouri today. Sami Duri spoke about the talks.";
    static final String PLACE = "Shelling was reported in Sami Duri overnight. Layla Nouri answered questions.";
    static final String LATER = "Sami Duri met Omar Haddad. Omar Haddad left.";

    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private Dramatis ingested() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), PERSON);
        Files.writeString(in.resolve("b.txt"), PLACE);
        Dramatis d = Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0).withDb(store.server(tmp)), FakeNlp.withPlaces());
        d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        return d;
    }

    static List<ActorSummary> named(Dramatis d, String name) {
        return d.graph().actors(Integer.MAX_VALUE, null).stream().filter(a -> a.name().equals(name)).toList();
    }

    static ActorSummary ofType(Dramatis d, String name, ActorType type) {
        return named(d, name).stream().filter(a -> a.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + name + "' in " + named(d, name)));
    }

    @Test
    void aPersonAndAPlaceSharingASpelling_areRetypedAndMergedByActor_andUndoRestoresTheOldId() throws Exception {
        try (Dramatis d = ingested()) {
            assertThat(named(d, "Sami Duri")).extracting(ActorSummary::type)
                    .containsExactlyInAnyOrder(ActorType.PERSON, ActorType.LOCATION);
            long person = ofType(d, "Sami Duri", ActorType.PERSON).id();
            long place = ofType(d, "Sami Duri", ActorType.LOCATION).id();
            Corrections c = d.corrections();

            assertThatThrownBy(() -> c.mergeActors(person, place)).isInstanceOf(RefusedCorrection.class)
                    .hasMessageContaining("one type").hasMessageContaining("#" + person).hasMessageContaining("#" + place)
                    .hasMessageContaining("change the type of one of them first")
                    .hasMessageContaining("make 'Sami Duri' (#" + place + ") a person")
                    .hasMessageContaining("/actors/" + place + "#corrections");
            assertThat(d.decisions().history()).as("a refused correction stores nothing").isEmpty();

            Corrections.Outcome retyped = c.retypeActor(place, ActorType.PERSON);
            assertThat(retyped.message()).contains("#" + place, "is now a person", "was a location");
            assertThat(d.graph().actor(place).orElseThrow().actor().type()).as("the place, not the person").isEqualTo(ActorType.PERSON);
            assertThat(d.graph().actor(person).orElseThrow().actor().type()).isEqualTo(ActorType.PERSON);
            assertThat(named(d, "Sami Duri")).hasSize(2);

            Corrections.Outcome merged = c.mergeActors(person, place);
            assertThat(named(d, "Sami Duri")).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(merged.actorId());
                assertThat(a.mentions()).isEqualTo(3);
            });
            long gone = merged.actorId() == person ? place : person;
            assertThat(merged.message()).contains("Merged", "#" + gone + " now leads here");
            assertThat(d.entities().redirect(gone)).contains(merged.actorId());

            d.corrections().reresolve();
            Path later = Files.writeString(tmp.resolve("c.txt"), LATER);
            d.pipeline().ingest(List.of(later), IngestPipeline.Progress.NONE);
            assertThat(named(d, "Sami Duri")).as("after re-resolution and a new article").singleElement()
                    .satisfies(a -> assertThat(a.id()).isEqualTo(merged.actorId()));

            assertThat(c.undo(merged.decisionId())).isTrue();
            // The new article's "Sami Duri" could be either of the two persons now: it may stand apart, the two stay.
            assertThat(named(d, "Sami Duri")).extracting(ActorSummary::id).contains(person, place);
            assertThat(d.graph().actor(place).orElseThrow().actor().mentions()).as("the place's one mention").isEqualTo(1);
            assertThat(d.graph().actor(person).orElseThrow().actor().mentions()).isGreaterThanOrEqualTo(2);
            assertThat(d.entities().redirect(gone)).isEmpty();
        }
    }

    @Test
    void refusals_sayWhyAndWhatToDoInstead_andStoreNothing() throws Exception {
        try (Dramatis d = ingested()) {
            long person = ofType(d, "Sami Duri", ActorType.PERSON).id();
            long layla = named(d, "Layla Nouri").get(0).id();
            Corrections c = d.corrections();
            assertThatThrownBy(() -> c.mergeActors(person, person)).isInstanceOf(RefusedCorrection.class)
                    .hasMessageContaining("cannot be merged with itself");
            assertThatThrownBy(() -> c.retypeActor(person, ActorType.PERSON)).isInstanceOf(RefusedCorrection.class)
                    .hasMessageContaining("already a person");
            assertThatThrownBy(() -> c.renameActor(layla, "Layla Nouri")).isInstanceOf(RefusedCorrection.class)
                    .hasMessageContaining("already has this name");
            assertThatThrownBy(() -> c.mergeActors(person, 9999)).isInstanceOf(RefusedCorrection.class)
                    .hasMessageContaining("no actor #9999");
            assertThat(d.decisions().history()).isEmpty();

            c.mergeActors(person, layla);
            assertThatThrownBy(() -> c.mergeActors(person, layla)).isInstanceOf(RefusedCorrection.class)
                    .hasMessageContaining("is already");
        }
    }

    @Test
    void aMergeThatASplitForbids_isWithdrawnAndRefused() throws Exception {
        try (Dramatis d = ingested()) {
            long person = ofType(d, "Sami Duri", ActorType.PERSON).id();
            long layla = named(d, "Layla Nouri").get(0).id();
            Corrections c = d.corrections();
            c.mergeActors(person, layla);
            long together = d.entities().redirect(layla).orElse(layla);
            c.split(d.graph().actor(together).orElseThrow().names(), List.of("Layla Nouri"));
            int decisions = d.decisions().history().size();
            long sami = ofType(d, "Sami Duri", ActorType.PERSON).id();
            long nouri = named(d, "Layla Nouri").get(0).id();
            assertThatThrownBy(() -> c.mergeActors(sami, nouri)).isInstanceOf(RefusedCorrection.class)
                    .hasMessageContaining("changed nothing").hasMessageContaining("undo that split");
            assertThat(d.decisions().history()).hasSize(decisions);
            assertThat(named(d, "Layla Nouri")).hasSize(1);
        }
    }
}
