package org.dramatis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramatis.graph.Views.DocumentSummary;
import org.junit.jupiter.api.Test;

class DocumentMatchTest {
    private static DocumentSummary doc(long id, String name) {
        return new DocumentSummary(id, name, null, null, null, null, null, null, "en", 10);
    }

    private static Gold gold(String... docs) {
        return new Gold(List.of(new Gold.Actor("a", "Person", List.of("A"), List.of(docs))), List.of(), List.of());
    }

    @Test
    void matchesByExactNameFileNameBaseNameOrLeadingNumber() {
        List<DocumentSummary> stored = List.of(doc(1, "in/01-raid.md"), doc(2, "02_vote.txt"), doc(3, "report.html"),
                doc(4, "wire.xml#1"), doc(5, "wire.xml#2"));
        DocumentMatch m = new DocumentMatch(gold("1", "02", "report", "wire#2", "in/01-raid.md"), stored);

        assertThat(m.unmatched()).isEmpty();
        assertThat(m.goldOf(1)).isEqualTo("in/01-raid.md");
        assertThat(m.goldOf(2)).isEqualTo("02");
        assertThat(m.goldOf(3)).isEqualTo("report");
        assertThat(m.goldOf(5)).isEqualTo("wire#2");
        assertThat(m.goldOf(4)).isNull();
    }

    @Test
    void anIdMatchingNothingOrTwoFilesIsUnmatched() {
        List<DocumentSummary> stored = List.of(doc(1, "01-raid.md"), doc(2, "01-vote.md"), doc(3, "02-talks.md"));
        DocumentMatch m = new DocumentMatch(gold("01", "03", "02"), stored);

        assertThat(m.unmatched()).hasSize(2).anySatisfy(u -> assertThat(u).startsWith("01 (matches 2 documents"))
                .anySatisfy(u -> assertThat(u).isEqualTo("03"));
        assertThat(m.goldOf(3)).isEqualTo("02");
    }

    @Test
    void leadingNumberNeedsASeparator() {
        assertThat(DocumentMatch.leadingNumber("dir/12-x.txt")).isEqualTo("12");
        assertThat(DocumentMatch.leadingNumber("12_x.txt")).isEqualTo("12");
        assertThat(DocumentMatch.leadingNumber("2020report.txt")).isNull();
        assertThat(DocumentMatch.leadingNumber("12.txt")).isNull();
    }
}
