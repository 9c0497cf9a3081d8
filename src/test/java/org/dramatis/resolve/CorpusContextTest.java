package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a corpus tells its documents, as stored and read back. */
class CorpusContextTest {
    @Test
    void acronymLines_roundTripAndMergeTheDocumentsDefinitions() {
        CorpusContext c = CorpusContext.of("iraq", List.of(Map.of("tdu", Set.of("tsli dk unn")),
                Map.of("tdu", Set.of("trvn dmkrtk unn"), "pmf", Set.of("ppulr mblstn frss"))));
        assertThat(c.acronyms()).containsEntry("tdu", Set.of("tsli dk unn", "trvn dmkrtk unn"));
        CorpusContext back = new CorpusContext("iraq", CorpusContext.parseAcronyms(c.acronymLines()));
        assertThat(back).isEqualTo(c);
        assertThat(c.acronymLines()).isEqualTo(back.acronymLines());
    }

    @Test
    void parseAcronyms_skipsAMalformedLineAndAnEmptyHomeIsNone() {
        assertThat(CorpusContext.parseAcronyms("no tab here\n\tx\ntdu\ta|a\n")).containsOnlyKeys("tdu");
        assertThat(new CorpusContext("", Map.of()).isEmpty()).isTrue();
        assertThat(new CorpusContext("", Map.of())).isEqualTo(CorpusContext.NONE);
    }
}
