package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views.MentionRow;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

/** How eval lines gold actors up with entities when two gold actors share a name. */
class ActorMatchTest {
    /** Two states' councils share their one name; each state's articles list only its own. */
    private static final Gold GOLD = new Gold(List.of(
            new Gold.Actor("north_council", "Organization", List.of("Presidential Council"), List.of("a", "both")),
            new Gold.Actor("south_council", "Organization", List.of("Presidential Council"), List.of("b", "both")),
            new Gold.Actor("north", "Country", List.of("Nordavia"), List.of("a"))), List.of(), List.of());
    private static final Map<Long, String> DOCS = Map.of(1L, "a", 2L, "b", 3L, "both");

    private static MentionRow council(long doc, long entity) {
        return new MentionRow(doc, DOCS.get(doc), 0, 0, 0, 20, "Presidential Council", ActorType.ORGANIZATION, entity,
                "Presidential Council");
    }

    @Test
    void falseMerges_aSharedNameCountsInADocumentThatListsOneOfItsActorsAlone() {
        List<MentionRow> merged = new ArrayList<>(List.of(council(1, 10), council(2, 10), council(3, 10)));
        assertThat(new ActorMatch(GOLD, DOCS, merged).falseMerges())
                .containsExactly(Map.entry(10L, List.of("north_council", "south_council")));
        // Kept apart in the two states' articles, and in the article naming both: no merge.
        List<MentionRow> apart = List.of(council(1, 10), council(2, 11), council(3, 10), council(3, 11));
        assertThat(new ActorMatch(GOLD, DOCS, apart).falseMerges()).isEmpty();
        // Only the article naming both: whose is which the gold cannot say, so nothing counts.
        assertThat(new ActorMatch(GOLD, DOCS, List.of(council(3, 10))).falseMerges()).isEmpty();
    }
}
