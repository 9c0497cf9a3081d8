package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rank and backing-suffix lexicons as extraction reads them, bundled and the user's, and their bad lines. */
class RankAndSuffixWordsTest {
    @Test
    void ranks_matchAbbreviatedWithPeriodsAndHyphenated() {
        TitleWords titles = TitleWords.load(LexiconFiles.bundled());
        assertThat(titles.role("lt gen")).isEqualTo("lieutenant general");
        assertThat(titles.role("maj. gen.")).isEqualTo("major general");
        assertThat(titles.role("brigadier-general")).isEqualTo("brigadier general");
        assertThat(titles.isRank("lieutenant general")).isTrue();
        assertThat(titles.isRank("prime minister")).isFalse();
        assertThat(titles.role("u.s.")).isNull();
    }

    @Test
    void userRank_isReadAsAPost(@TempDir Path data) throws Exception {
        write(data, Kind.RANKS, "air.tsv", "# air force ranks\nsqn ldr\tsquadron leader\n");
        TitleWords titles = TitleWords.load(LexiconFiles.of(data));
        assertThat(titles.role("sqn. ldr.")).isEqualTo("squadron leader");
        assertThat(titles.role("sqn-ldr")).isEqualTo("squadron leader");
        assertThat(titles.isRank("squadron leader")).isTrue();
    }

    @Test
    void backingSuffixes_stateTheirKindAndDirection() {
        RelationWords words = RelationWords.load(LexiconFiles.bundled());
        assertThat(words.backingSuffixes().get("backed").kinds()).containsExactly(FactKind.BACKS);
        assertThat(words.backingSuffixes().get("backed").reverse()).isFalse();
        assertThat(words.backingSuffixes().get("aligned").kinds()).containsExactly(FactKind.SUPPORTS);
        assertThat(words.backingSuffixes().get("aligned").reverse()).isTrue();
    }

    @Test
    void badBackingSuffixLines_areReportedWithFileAndLineAndSkipped(@TempDir Path data) throws Exception {
        write(data, Kind.BACKING_SUFFIXES, "mine.txt", "armed\tbacks\npaid\tbribes\nsteered\tbacks\tbackwards\n"
                + "guided\tbacks,supports\n");
        LexiconFiles files = LexiconFiles.of(data);
        RelationWords words = RelationWords.load(files);
        assertThat(files.problems()).hasSize(3);
        assertThat(files.problems().get(0)).contains("mine.txt line 2").contains("unknown relation kind 'bribes'");
        assertThat(files.problems().get(1)).contains("mine.txt line 3").contains("'reverse'");
        assertThat(files.problems().get(2)).contains("mine.txt line 4").contains("one relation kind");
        assertThat(words.backingSuffixes()).containsKey("armed").doesNotContainKeys("paid", "steered", "guided");
    }

    private static void write(Path data, Kind kind, String name, String text) throws Exception {
        Path dir = Files.createDirectories(LexiconFiles.of(data).userDir(kind));
        Files.writeString(dir.resolve(name), text);
    }
}
