package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dramatis.graph.Database;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.StoreCopy;
import org.dramatis.graph.TestStores;
import org.dramatis.model.DramatisException;
import org.dramatis.resolve.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dramatis migrate}: an SQLite store copied into an empty store of each kind holds the same rows and scores. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class StoreCopyTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    @Test
    void copy_keepsEveryRowAndId_andEvalGivesTheSameNumbers() throws Exception {
        EvalFixture source = EvalFixture.sample(tmp.resolve("sqlite"));
        long copied = new DecisionRepository(source.database()).addDecision(Decision.Kind.RENAME, "Mira Castell", null,
                "M. Castell");
        Path gold = Files.writeString(tmp.resolve("gold.json"), EvaluatorTest.GOLD);
        String before = Evaluator.evaluate(GoldReader.read(gold), source.graph(), source.events()).toTable();

        try (Database copy = store.open(tmp.resolve("copy"))) {
            Map<String, Long> rows = StoreCopy.copy(source.database(), copy);
            assertThat(rows).containsEntry("document", 2L).containsEntry("decision", 1L);
            assertThat(rows.get("mention")).isPositive();
            GraphQueries graph = new GraphQueries(copy);
            assertThat(graph.actors(100, null)).isEqualTo(source.graph().actors(100, null));
            String after = Evaluator.evaluate(GoldReader.read(gold), graph, new EventQueries(copy)).toTable();
            assertThat(after).isEqualTo(before);

            // New rows get ids after the copied ones, and a second copy into the now full store is refused.
            long next = new DecisionRepository(copy).addDecision(Decision.Kind.RENAME, "Coastal Guard", null, "The Guard");
            assertThat(next).isGreaterThan(copied);
            assertThat(new DecisionRepository(copy).history()).hasSize(2);
            assertThatThrownBy(() -> StoreCopy.copy(source.database(), copy)).isInstanceOf(DramatisException.class)
                    .hasMessageContaining("is not empty");
        }
    }
}
