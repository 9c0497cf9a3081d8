package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.graph.TestStores;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.model.RefusedCorrection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A split and an added spelling act on the actor the analyst chose, found by its mentions: a place sharing a spelling
 * with it is left alone, even when it is the older actor, and the correction holds through re-resolution and new
 * articles.
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class SplitAndSpellingByActorTest {
    /** Read first, so the place is the oldest holder of the shared spelling. */
    static final String PLACE = "Shelling was reported in Sami Duri overnight. Rana Bishara answered questions.";
    static final String PERSON = "Sami Duri met Layla Nouri today. Sami Duri spoke about the talks.";
    static final String OTHER = "Omar Haddad met Layla Nouri. Omar Haddad left.";

    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private Dramatis ingested() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), PLACE);
        Files.writeString(in.resolve("b.txt"), PERSON);
        Files.writeString(in.resolve("c.txt"), OTHER);
        Dramatis d = Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0).withDb(store.server(tmp)), FakeNlp.withPlaces());
        d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        return d;
    }

    private static List<String> spellings(Dramatis d, long id) {
        return d.graph().actor(id).orElseThrow().names().stream().map(NameCount::name).toList();
    }

    /** Layla Nouri, Sami Duri (the person) and Omar Haddad merged into one actor, as a wrong grouping would have it. */
    private static long wronglyMerged(Dramatis d) {
        long person = ActorCorrectionsTest.ofType(d, "Sami Duri", ActorType.PERSON).id();
        long layla = ActorCorrectionsTest.named(d, "Layla Nouri").get(0).id();
        long omar = ActorCorrectionsTest.named(d, "Omar Haddad").get(0).id();
        long one = d.corrections().mergeActors(layla, person).actorId();
        return d.corrections().mergeActors(one, omar).actorId();
    }

    @Test
    void split_movesTheChosenActorsSpellings_andLeavesThePlaceSharingOneAlone() throws Exception {
        try (Dramatis d = ingested()) {
            ActorSummary place = ActorCorrectionsTest.ofType(d, "Sami Duri", ActorType.LOCATION);
            long merged = wronglyMerged(d);
            assertThat(spellings(d, merged)).containsExactlyInAnyOrder("Sami Duri", "Layla Nouri", "Omar Haddad");

            Corrections.Outcome split = d.corrections().splitActor(merged, List.of("Sami Duri", "Omar Haddad"));

            assertThat(split.message()).contains("Split", "'Sami Duri', 'Omar Haddad' (4 mentions)",
                    "'Layla Nouri' (2 mentions)");
            ActorSummary moved = ActorCorrectionsTest.ofType(d, "Sami Duri", ActorType.PERSON);
            assertThat(spellings(d, moved.id())).containsExactlyInAnyOrder("Sami Duri", "Omar Haddad");
            assertThat(moved.id()).as("the part with more mentions keeps the id").isEqualTo(merged);
            assertThat(ActorCorrectionsTest.named(d, "Layla Nouri")).singleElement()
                    .satisfies(a -> assertThat(a.mentions()).isEqualTo(2));
            assertThat(d.graph().actor(place.id()).orElseThrow().actor()).as("the place is untouched")
                    .satisfies(p -> {
                        assertThat(p.type()).isEqualTo(ActorType.LOCATION);
                        assertThat(p.mentions()).isEqualTo(1);
                    });
            assertThat(spellings(d, place.id())).containsExactly("Sami Duri");

            d.corrections().reresolve();
            d.pipeline().ingest(List.of(Files.writeString(tmp.resolve("d.txt"), "Omar Haddad spoke. Layla Nouri left.")),
                    IngestPipeline.Progress.NONE);
            assertThat(spellings(d, merged)).as("after re-resolution and a new article")
                    .containsExactlyInAnyOrder("Sami Duri", "Omar Haddad");
            assertThat(d.graph().actor(place.id()).orElseThrow().actor().type()).isEqualTo(ActorType.LOCATION);
            assertThat(ActorCorrectionsTest.named(d, "Layla Nouri")).hasSize(1);
        }
    }

    @Test
    void split_refusesWithTheReason_andStoresNothing() throws Exception {
        try (Dramatis d = ingested()) {
            long merged = wronglyMerged(d);
            int decisions = d.decisions().history().size();
            Corrections c = d.corrections();
            assertThatThrownBy(() -> c.splitActor(merged, List.of("Sami Duri", "Omar Haddad", "Layla Nouri")))
                    .isInstanceOf(RefusedCorrection.class).hasMessageContaining("every spelling");
            assertThatThrownBy(() -> c.splitActor(merged, List.of("Rana Bishara")))
                    .isInstanceOf(RefusedCorrection.class).hasMessageContaining("is not a spelling of");
            assertThatThrownBy(() -> c.splitActor(merged, List.of())).isInstanceOf(RefusedCorrection.class)
                    .hasMessageContaining("at least one");
            assertThat(d.decisions().history()).hasSize(decisions);
        }
    }

    @Test
    void addSpelling_joinsTheChosenActor_andAPlaceSharingTheSpellingIsRefusedWithWhatToDo() throws Exception {
        try (Dramatis d = ingested()) {
            ActorSummary place = ActorCorrectionsTest.ofType(d, "Sami Duri", ActorType.LOCATION);
            ActorSummary person = ActorCorrectionsTest.ofType(d, "Sami Duri", ActorType.PERSON);
            long omar = ActorCorrectionsTest.named(d, "Omar Haddad").get(0).id();

            Corrections.Outcome added = d.corrections().addSpelling(omar, "Sami Duri");
            assertThat(added.message()).contains("'Sami Duri' is now a spelling of");
            long now = added.actorId();
            assertThat(spellings(d, now)).containsExactlyInAnyOrder("Omar Haddad", "Sami Duri");
            assertThat(d.entities().redirect(person.id()).orElse(person.id())).isEqualTo(now);
            assertThat(spellings(d, place.id())).as("the place keeps its own").containsExactly("Sami Duri");

            d.corrections().reresolve();
            assertThat(spellings(d, now)).containsExactlyInAnyOrder("Omar Haddad", "Sami Duri");
            assertThat(d.graph().actor(place.id()).orElseThrow().actor().type()).isEqualTo(ActorType.LOCATION);

            long rana = ActorCorrectionsTest.named(d, "Rana Bishara").get(0).id();
            int decisions = d.decisions().history().size();
            d.corrections().undo(added.decisionId());
            assertThatThrownBy(() -> d.corrections().addSpelling(place.id(), "Layla Nouri"))
                    .isInstanceOf(RefusedCorrection.class).hasMessageContaining("a person")
                    .hasMessageContaining("change the type of one of them");
            assertThat(d.decisions().history()).hasSize(decisions);
            Corrections.Outcome none = d.corrections().addSpelling(rana, "Rana al-Bishara");
            assertThat(none.message()).contains("none does yet");
        }
    }
}
