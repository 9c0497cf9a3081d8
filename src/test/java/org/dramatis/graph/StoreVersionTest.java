package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dramatis.dev.bench.CorpusWriter;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.resolve.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The store_version row: raised in every write transaction, read by the caches instead of a database pragma. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class StoreVersionTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dir;

    @Test
    void version_risesWithEachWrite_andNotWithReads() {
        try (Database db = store.open(dir)) {
            long start = db.version();
            new GraphQueries(db).stats();
            new DecisionRepository(db).history();
            new ResolutionState(db).reresolutionPending();
            assertThat(db.version()).as("reads").isEqualTo(start);

            new DecisionRepository(db).addDecision(Decision.Kind.SAME, "Ilse Marrow", "I. Marrow", null);
            assertThat(db.version()).isEqualTo(start + 1);
            new ResolutionState(db).requestReresolution();
            assertThat(db.version()).isEqualTo(start + 2);
        }
    }

    @Test
    void version_staysWhenTheWriteIsRolledBack() {
        try (Database db = store.open(dir)) {
            long start = db.version();
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("insert into decision (kind, left_name, created_at) values ('SAME', 'a', '2024-01-01')");
                }
                throw new SQLException("refused after the insert");
            })).hasMessageContaining("refused after the insert");
            assertThat(db.version()).isEqualTo(start);
            assertThat(new DecisionRepository(db).history()).isEmpty();
        }
    }

    @Test
    void cachedRanking_readsFreshDataAfterAnotherProcessWrites() {
        try (Database db = store.open(dir)) {
            new CorpusWriter(db).write(30, 5, CorpusWriter.Mode.KNOWN, null, n -> { });
            GraphQueries graph = new GraphQueries(db);
            List<ActorSummary> before = graph.actors(2, null);
            long top = before.get(0).id();
            long second = before.get(1).id();
            assertThat(graph.actors(2, null)).as("cached").isEqualTo(before);
            long version = db.version();

            try (Database other = store.open(dir)) {
                other.inTransaction(c -> {
                    try (Statement st = c.createStatement()) {
                        return st.executeUpdate("update mention set entity_id = " + top + " where entity_id = " + second);
                    }
                });
            }

            assertThat(db.version()).isGreaterThan(version);
            ActorSummary merged = graph.actors(2, null).get(0);
            assertThat(merged.id()).isEqualTo(top);
            assertThat(merged.mentions()).isEqualTo(before.get(0).mentions() + before.get(1).mentions());
        }
    }
}
