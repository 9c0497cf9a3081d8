package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dramatis.graph.ActorVersion;
import org.dramatis.graph.ClaimVerdicts;
import org.dramatis.graph.DecisionRepository.DecisionRow;
import org.dramatis.graph.TestStores;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.ActorType;
import org.dramatis.model.ChangedMeanwhile;
import org.dramatis.model.CorrectionNotApplied;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A correction whose re-resolution throws: its decision is stored and its actor marked as corrected, but the graph
 * does not show it yet. The next re-resolution that succeeds applies it — the next correction of that actor (which
 * first finishes it), a correction of another actor, the next ingest, or the next start — and the actor never stays
 * refusing corrections as changed meanwhile. The failure is the resolver supplier's (the seam {@link Resolution} is
 * built with), failing once.
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class FailedReresolutionTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private Dramatis dramatis;
    private final AtomicBoolean failNext = new AtomicBoolean();
    private Corrections flaky;
    private long person;

    @BeforeEach
    void aCorrectionWhoseReresolutionFails() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ActorCorrectionsTest.PERSON);
        Files.writeString(in.resolve("b.txt"), ActorCorrectionsTest.PLACE);
        dramatis = open();
        dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        flaky = flakyCorrections(dramatis);
        person = ActorCorrectionsTest.ofType(dramatis, "Sami Duri", ActorType.PERSON).id();

        failNext.set(true);
        ActorVersion seen = new ActorVersion(person, version(dramatis, person));
        assertThatThrownBy(() -> flaky.by("omar").seeing(seen).renameActor(person, "Sami al-Duri"))
                .isInstanceOf(CorrectionNotApplied.class)
                .hasMessageContaining("is saved but not applied yet")
                .hasRootCauseMessage("re-resolution failed (injected by the test)");
        assertThat(dramatis.decisions().history()).extracting(DecisionRow::author).containsExactly("omar");
        assertThat(dramatis.resolutionState().correctionPending(person)).isTrue();
        assertThat(now(dramatis).name()).as("stored, not applied").isEqualTo("Sami Duri");
    }

    private Dramatis open() {
        return Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0).withDb(store.server(tmp)),
                FakeNlp.withPlaces());
    }

    /** The corrections of {@code d} with a re-resolution that throws when {@link #failNext} is set, once. */
    private Corrections flakyCorrections(Dramatis d) {
        ResolverFactory resolvers = d.resolvers();
        Resolution resolution = new Resolution(d.database(), () -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("re-resolution failed (injected by the test)");
            }
            return resolvers.create();
        }, resolvers::clusterer, resolvers::fingerprint, () -> { });
        return new Corrections(d.decisions(), d.entities(), d.resolutionState(), d.graph(), resolution,
                new ClaimVerdicts(d.database()));
    }

    @AfterEach
    void close() {
        dramatis.close();
    }

    private static String version(Dramatis d, long actor) {
        return ActorVersion.of(d.graph().actor(d.entities().redirect(actor).orElse(actor)).orElseThrow());
    }

    private ActorSummary now(Dramatis d) {
        return d.graph().actor(d.entities().redirect(person).orElse(person)).orElseThrow().actor();
    }

    private void assertApplied(Dramatis d) {
        assertThat(now(d).name()).as("the stored rename is in the graph").isEqualTo("Sami al-Duri");
        assertThat(d.resolutionState().correctionPending(person)).isFalse();
        assertThat(d.resolutionState().reresolutionPending()).isFalse();
    }

    @Test
    void theNextCorrectionOfTheActor_appliesTheStoredOneFirst_andGoesThroughOnceReloaded() {
        // The analyst reloads the page (which still shows the actor without the rename) and corrects again: the
        // rename is applied first, so this correction is refused once, as made against an actor that changed.
        ActorVersion reloaded = new ActorVersion(person, version(dramatis, person));
        assertThatThrownBy(() -> flaky.by("nadia").seeing(reloaded).retypeActor(person, ActorType.ORGANIZATION))
                .isInstanceOf(ChangedMeanwhile.class);
        assertApplied(dramatis);

        ActorVersion again = new ActorVersion(person, version(dramatis, person));
        flaky.by("nadia").seeing(again).retypeActor(person, ActorType.ORGANIZATION);
        assertThat(now(dramatis).type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(now(dramatis).name()).isEqualTo("Sami al-Duri");
        assertThat(dramatis.decisions().history()).extracting(DecisionRow::author)
                .containsExactlyInAnyOrder("omar", "nadia");
    }

    @Test
    void aCorrectionOfAnotherActor_appliesTheStoredOneToo() {
        long place = ActorCorrectionsTest.ofType(dramatis, "Layla Nouri", ActorType.PERSON).id();
        flaky.by("nadia").seeing(new ActorVersion(place, version(dramatis, place))).renameActor(place, "Layla N.");
        assertApplied(dramatis);
        flaky.by("nadia").seeing(new ActorVersion(person, version(dramatis, person)))
                .retypeActor(person, ActorType.ORGANIZATION);
        assertThat(now(dramatis).type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void theNextIngest_appliesTheStoredOne() throws Exception {
        Path more = Files.createDirectories(tmp.resolve("more"));
        Files.writeString(more.resolve("c.txt"), ActorCorrectionsTest.LATER);
        dramatis.pipeline().ingest(List.of(more), IngestPipeline.Progress.NONE);
        assertApplied(dramatis);
    }

    @Test
    void theNextStart_appliesTheStoredOne() {
        dramatis.close();
        dramatis = open();
        assertThat(dramatis.corrections().finishInterrupted()).as("what serve does as it starts").isTrue();
        assertApplied(dramatis);
        dramatis.corrections().by("nadia").seeing(new ActorVersion(person, version(dramatis, person)))
                .retypeActor(person, ActorType.ORGANIZATION);
        assertThat(now(dramatis).type()).isEqualTo(ActorType.ORGANIZATION);
    }
}
