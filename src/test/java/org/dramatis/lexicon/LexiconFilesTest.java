package org.dramatis.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconFilesTest {
    @TempDir
    Path data;

    @Test
    void everyKind_hasAWellFormedBundledFileOrIsUserOnly() {
        for (Kind kind : Kind.values()) {
            List<Line> lines = LexiconFiles.bundled().lines(kind);
            if (kind.file() == null) {
                assertThat(lines).as(kind.id()).isEmpty();
            } else {
                assertThat(lines).as(kind.id()).isNotEmpty().allSatisfy(l -> assertThat(l.user()).isFalse());
            }
            assertThat(Kind.byId(kind.id())).contains(kind);
        }
    }

    @Test
    void lines_readTheBundledFileThenTheUsersFilesInNameOrder() throws Exception {
        Path dir = Files.createDirectories(data.resolve("capitals"));
        Files.writeString(dir.resolve("b.tsv"), "Bravo\tBeta Land\n");
        Files.writeString(dir.resolve("a.tsv"), "\uFEFF# mine\n\nAlpha City\tAlpha Land\n");
        Files.writeString(dir.resolve("notes.txt"), "not a capital list\n");

        List<Line> lines = LexiconFiles.of(data).lines(Kind.CAPITALS);

        int bundled = LexiconFiles.bundled().lines(Kind.CAPITALS).size();
        assertThat(lines).hasSize(bundled + 2);
        assertThat(lines.get(bundled).cols()).containsExactly("Alpha City", "Alpha Land");
        assertThat(lines.get(bundled).where()).endsWith("a.tsv line 3");
        assertThat(lines.get(bundled + 1).user()).isTrue();
        assertThat(lines.get(bundled + 1).cols()[0]).isEqualTo("Bravo");
    }

    @Test
    void badUserLines_areReportedWithFileLineAndReasonAndSkipped() throws Exception {
        Path dir = Files.createDirectories(data.resolve("lexicon/role-verbs"));
        Files.writeString(dir.resolve("mine.tsv"), "steer\tleader\nhelm\n\tleader\nguide\tleader\n");
        LexiconFiles files = LexiconFiles.of(data);

        List<String> verbs = files.lines(Kind.ROLE_VERBS).stream().filter(Line::user).map(l -> l.cols()[0]).toList();

        assertThat(verbs).containsExactly("steer", "guide");
        assertThat(files.problems()).hasSize(2);
        assertThat(files.problems().get(0)).contains("mine.tsv line 2").contains("expected 2 TAB-separated columns")
                .contains("found 1");
        assertThat(files.problems().get(1)).contains("mine.tsv line 3").contains("empty first column");
        assertThatThrownBy(files::requireNoProblems).isInstanceOf(DramatisException.class).hasMessageContaining("line 3");
    }

    @Test
    void reject_failsForABundledLineAndRecordsAUserLineOnce() throws Exception {
        LexiconFiles files = LexiconFiles.of(data);
        Line bundled = files.lines(Kind.ROLES).get(0);
        assertThatThrownBy(() -> files.reject(bundled, "no good")).isInstanceOf(DramatisException.class)
                .hasMessageContaining("/dramatis/lexicon/roles.txt line").hasMessageContaining("no good");

        Line user = new Line("mine.txt", 4, "oops", true);
        files.reject(user, "unknown type 'x'");
        files.reject(user, "unknown type 'x'");
        assertThat(files.problems()).containsExactly("mine.txt line 4: unknown type 'x', got 'oops'");
    }

    @Test
    void plus_addsAFileToCheckAfterTheUsersOwn() throws Exception {
        Path extra = data.resolve("new.txt");
        Files.writeString(extra, "prefecture\n");
        LexiconFiles files = LexiconFiles.of(data).plus(Kind.AREA_NOUNS, List.of(extra));
        assertThat(files.words(Kind.AREA_NOUNS)).contains("prefecture");
        assertThat(LexiconFiles.of(data).words(Kind.AREA_NOUNS)).doesNotContain("prefecture");
        assertThat(files.userDir(Kind.AREA_NOUNS)).isEqualTo(data.resolve("lexicon/area-nouns"));
        assertThat(files.userDir(Kind.HONORIFICS)).isEqualTo(data.resolve("honorifics"));
    }
}
