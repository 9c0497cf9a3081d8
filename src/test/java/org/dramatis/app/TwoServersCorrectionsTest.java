package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dramatis.graph.ActorVersion;
import org.dramatis.graph.DecisionRepository.DecisionRow;
import org.dramatis.graph.DecisionRepository.NewDecision;
import org.dramatis.graph.StableIds;
import org.dramatis.graph.TestStores;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.ActorType;
import org.dramatis.model.ChangedMeanwhile;
import org.dramatis.resolve.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two servers on one store, as two {@code serve} processes on one PostgreSQL database or two processes on one SQLite
 * file: each has its own {@link Dramatis}, connection pool and resolver, and nothing in memory is shared. Two analysts
 * correcting one actor at once, one on each, never lose a decision: one is refused as changed meanwhile (nothing
 * stored) and goes through once reloaded, and both corrections are in the graph that both servers read.
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class TwoServersCorrectionsTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private Dramatis one;
    private Dramatis two;

    @BeforeEach
    void twoServers() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ActorCorrectionsTest.PERSON);
        Files.writeString(in.resolve("b.txt"), ActorCorrectionsTest.PLACE);
        one = Dramatis.open(config("one"), FakeNlp.withPlaces());
        one.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        two = Dramatis.open(config("two"), FakeNlp.withPlaces());
    }

    /** PostgreSQL: one schema, two data folders (each server its own search index); SQLite: one data folder. */
    private Config config(String server) {
        Path data = store == TestStores.Kind.SQLITE ? tmp.resolve("data") : tmp.resolve(server);
        return new Config(data, 1, "127.0.0.1", 0).withDb(store.server(tmp));
    }

    @AfterEach
    void close() {
        two.close();
        one.close();
    }

    private static String version(Dramatis d, long actor) {
        return ActorVersion.of(d.graph().actor(d.entities().redirect(actor).orElse(actor)).orElseThrow());
    }

    @Test
    void twoAnalystsOnTwoServersCorrectingOneActorAtOnce_neitherDecisionIsLost() throws Exception {
        long person = ActorCorrectionsTest.ofType(one, "Sami Duri", ActorType.PERSON).id();
        String seen = version(one, person);
        assertThat(version(two, person)).isEqualTo(seen);
        Function<Corrections, Corrections.Outcome> rename = c -> c.renameActor(person, "Sami al-Duri");
        Function<Corrections, Corrections.Outcome> retype = c -> c.retypeActor(person, ActorType.ORGANIZATION);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Corrections.Outcome>> answers = new ArrayList<>();
        answers.add(pool.submit(() -> {
            together.await();
            return rename.apply(one.corrections().by("omar").seeing(new ActorVersion(person, seen)));
        }));
        answers.add(pool.submit(() -> {
            together.await();
            return retype.apply(two.corrections().by("nadia").seeing(new ActorVersion(person, seen)));
        }));
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try {
                answers.get(i).get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ChangedMeanwhile.class)
                        .hasMessageContaining("changed meanwhile").hasMessageContaining("nothing was saved");
                refused.add(i == 0 ? "omar" : "nadia");
            }
        }
        pool.shutdown();
        assertThat(refused).as("at most one is refused").hasSizeLessThan(2);
        assertThat(one.decisions().history()).as("one decision per accepted correction").hasSize(2 - refused.size());

        if (refused.contains("omar")) {
            rename.apply(one.corrections().by("omar").seeing(new ActorVersion(person, version(one, person))));
        } else if (refused.contains("nadia")) {
            retype.apply(two.corrections().by("nadia").seeing(new ActorVersion(person, version(two, person))));
        }
        for (Dramatis server : List.of(one, two)) {
            assertThat(server.decisions().history()).extracting(DecisionRow::author)
                    .containsExactlyInAnyOrder("omar", "nadia");
            ActorSummary now = server.graph().actor(server.entities().redirect(person).orElse(person)).orElseThrow()
                    .actor();
            assertThat(now.name()).as("the rename is in the graph").isEqualTo("Sami al-Duri");
            assertThat(now.type()).as("the retype is in the graph").isEqualTo(ActorType.ORGANIZATION);
            assertThat(server.resolutionState().reresolutionPending()).isFalse();
        }
    }

    @Test
    void aCorrectionStoredOnOneServerAndNotYetReResolved_refusesTheSameVersionOnTheOtherAndIsAppliedThere() {
        long person = ActorCorrectionsTest.ofType(one, "Sami Duri", ActorType.PERSON).id();
        String seen = version(one, person);
        // Server one stores a correction and has not re-resolved yet (the moment between the two transactions).
        one.decisions().signedBy("omar").seeing(new ActorVersion(person, seen)).addDecisions(List.of(new NewDecision(
                Decision.Kind.RENAME, "Sami Duri", null, "Sami al-Duri", new Decision.Anchors(person,
                one.decisions().mentionsOf(person), null, List.of()))));
        assertThat(version(two, person)).as("the entities do not show it yet").isEqualTo(seen);

        assertThatThrownBy(() -> two.corrections().by("nadia").seeing(new ActorVersion(person, seen))
                .retypeActor(person, ActorType.ORGANIZATION)).isInstanceOf(ChangedMeanwhile.class);
        assertThat(two.decisions().history()).extracting(DecisionRow::author).containsExactly("omar");
        // Server two cannot tell a re-resolution still running on server one from one that failed or died there:
        // before refusing, it applied the stored correction itself, so the reloaded page shows it.
        assertThat(two.graph().actor(person).orElseThrow().actor().name()).isEqualTo("Sami al-Duri");
        assertThat(one.corrections().finishInterrupted()).as("nothing left for server one").isFalse();
        two.corrections().by("nadia").seeing(new ActorVersion(person, version(two, person)))
                .retypeActor(person, ActorType.ORGANIZATION);
        ActorSummary now = two.graph().actor(person).orElseThrow().actor();
        assertThat(now.name()).isEqualTo("Sami al-Duri");
        assertThat(now.type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aReResolutionFromAnOlderVersion_doesNotOverwriteALaterOneFromTheOtherServer() {
        long person = ActorCorrectionsTest.ofType(one, "Sami Duri", ActorType.PERSON).id();
        long before = one.resolutionState().wantedVersion();
        two.corrections().by("nadia").renameActor(person, "Sami al-Duri");
        // Server one's re-resolution read the store at the older version and commits only now.
        assertThat(one.entities().replaceAll(List.of(), List.of(), before, new StableIds())).isFalse();
        assertThat(one.graph().actor(person).orElseThrow().actor().name()).isEqualTo("Sami al-Duri");
    }
}
