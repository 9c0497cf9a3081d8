package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.dramatis.dev.bench.CorpusWriter;
import org.dramatis.graph.Views.ActorSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Caches of corpus-wide answers follow every committed change, from this process or another one. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class ReadCachesTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dir;

    @Test
    void actorsById_seesMentionsMovedToAnotherActor() throws Exception {
        try (Database db = store.open(dir)) {
            new CorpusWriter(db).write(40, 3, CorpusWriter.Mode.KNOWN, null, n -> { });
            GraphQueries graph = new GraphQueries(db);
            List<ActorSummary> top = graph.actors(2, null);
            long a = top.get(0).id();
            long b = top.get(1).id();
            assertThat(graph.actorsById(List.of(a, b))).containsExactlyInAnyOrderElementsOf(top);

            writeFromAnotherProcess("update mention set entity_id = " + a + " where entity_id = " + b);
            ActorSummary merged = graph.actorsById(List.of(a, b)).stream().filter(s -> s.id() == a).findFirst().orElseThrow();
            assertThat(merged.mentions()).isEqualTo(top.get(0).mentions() + top.get(1).mentions());
            assertThat(graph.actorsById(List.of(b)).get(0).mentions()).isZero();
            assertThat(graph.actors(2, null).get(0)).isEqualTo(merged);
            assertThat(graph.actors(Integer.MAX_VALUE, null)).extracting(ActorSummary::id).doesNotContain(b);
        }
    }

    @Test
    void attributedEvidence_followsNewAttributions() throws Exception {
        try (Database db = store.open(dir)) {
            new CorpusWriter(db).write(20, 3, CorpusWriter.Mode.KNOWN, null, n -> { });
            GraphQueries graph = new GraphQueries(db);
            assertThat(graph.attributedEvidence()).isEmpty();
            writeFromAnotherProcess("update fact_claim set attribution = 'a spokesman' where id = 1");
            assertThat(graph.attributedEvidence()).singleElement()
                    .satisfies(e -> assertThat(e.attribution()).isEqualTo("a spokesman"));
        }
    }

    /** Writes as another process would: through its own {@link Database} on the same file. */
    private void writeFromAnotherProcess(String sql) {
        try (Database other = store.open(dir)) {
            other.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate(sql);
                }
            });
        }
    }
}
