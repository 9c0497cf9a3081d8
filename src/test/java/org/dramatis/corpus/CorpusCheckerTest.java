package org.dramatis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.corpus.CorpusFixture.CLEAN;
import static org.dramatis.corpus.CorpusFixture.TEXT;
import static org.dramatis.corpus.CorpusFixture.article;
import static org.dramatis.corpus.CorpusFixture.authors;
import static org.dramatis.corpus.CorpusFixture.cleanBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCheckerTest {
    @TempDir
    Path root;

    private List<String> errors() {
        return new CorpusChecker().check(root).errors().stream().map(CorpusError::toString).toList();
    }

    @Test
    void check_acceptsACleanTree() {
        authors(root, "| a01 | train | testland | wire |", "| a02 | dev | otherland | wire |");
        article(root, "train", "testland", "a01-one", TEXT, CLEAN);
        article(root, "dev", "otherland", "a02-one", TEXT, cleanBy("a02", "otherland"));
        CorpusChecker.Report r = new CorpusChecker().check(root);
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).hasSize(2);
    }

    @Test
    void check_refusesAnAuthorInTwoSplits() {
        authors(root, "| a01 | train | testland, otherland | wire |");
        article(root, "train", "testland", "a01-one", TEXT, CLEAN);
        article(root, "dev", "otherland", "a01-two", TEXT, cleanBy("a01", "otherland"));
        assertThat(errors()).anySatisfy(e -> assertThat(e)
                .contains("a01-one.ann.jsonl:1: doc.author: author 'a01' is in 2 splits: dev (")
                .contains("a01-two.ann.jsonl) and train (").contains("an author belongs to exactly one split"));
    }

    @Test
    void check_refusesACountryInTwoSplits() {
        authors(root, "| a01 | train | testland | wire |", "| a02 | test | testland | live |");
        article(root, "train", "testland", "a01-one", TEXT, CLEAN);
        article(root, "test", "testland", "a02-one", TEXT, cleanBy("a02", "testland"));
        assertThat(errors()).singleElement().asString()
                .contains("doc.country: country 'testland' is in 2 splits: test (").contains(") and train (");
    }

    @Test
    void check_holdsArticlesToTheirAuthorsRow() {
        authors(root, "| a01 | dev | otherland | wire |");
        article(root, "train", "testland", "a01-one", TEXT, CLEAN);
        article(root, "train", "testland", "a09-one", TEXT, cleanBy("a09", "testland"));
        assertThat(errors()).containsExactlyInAnyOrder(
                root.resolve("train/testland/a01-one.ann.jsonl") + ":1: doc.author: 'a01' is a dev author ("
                        + root.resolve("AUTHORS.md") + ":3) but this article is in train",
                root.resolve("train/testland/a01-one.ann.jsonl") + ":1: doc.country: 'testland' is not among the"
                        + " countries of 'a01' in " + root.resolve("AUTHORS.md") + ":3",
                root.resolve("train/testland/a09-one.ann.jsonl") + ":1: doc.author: 'a09' has no row in "
                        + root.resolve("AUTHORS.md"));
    }

    @Test
    void check_refusesStrayFilesAMissingPairAndAWrongCountryFolder() {
        authors(root, "| a01 | train | testland | wire |");
        article(root, "train", "testland", "a01-one", TEXT, CLEAN);
        CorpusFixture.write(root.resolve("train/testland/notes.md"), "x");
        CorpusFixture.write(root.resolve("train/testland/a01-two.txt"), "Headline\nBody.");
        CorpusFixture.write(root.resolve("extra/x.txt"), "x");
        article(root, "train", "elsewhere", "a01-three", TEXT, CLEAN);
        assertThat(errors()).anyMatch(e -> e.endsWith("notes.md: a country folder holds <doc-id>.txt and <doc-id>.ann.jsonl only"))
                .anyMatch(e -> e.endsWith("a01-two.txt: has no .ann.jsonl beside it"))
                .anyMatch(e -> e.contains("extra: does not belong at the corpus root"))
                .anyMatch(e -> e.endsWith("a01-three.ann.jsonl:1: doc.country: 'testland' but the article is in the folder 'elsewhere'"));
    }

    @Test
    void check_refusesOneIdForTwoActorTypesAndOneDocIdTwice() {
        authors(root, "| a01 | train | testland, otherland | wire |");
        article(root, "train", "testland", "a01-one", TEXT, CLEAN);
        article(root, "train", "otherland", "a01-one", TEXT, CorpusFixture.cleanWith(0, cleanBy("a01", "otherland").get(0)));
        List<String> other = new java.util.ArrayList<>(cleanBy("a01", "testland"));
        other.set(4, other.get(4).replace("Location", "State"));
        article(root, "train", "testland", "a01-two", TEXT, other);
        assertThat(errors()).anyMatch(e -> e.contains("doc id 'a01-one' is also"))
                .anyMatch(e -> e.contains("a01-two.ann.jsonl:5: entity.type: 'kora' is a State here but a Location in"));
    }

    @Test
    void check_warnsOfANameLeftWithoutAMentionButPasses() {
        List<String> lines = new java.util.ArrayList<>(CLEAN);
        lines.remove(12);                                    // "Front" (n=2) no longer annotated, n=3 still is
        Path ann = article(root, "train", "testland", "a01-one", TEXT, lines);
        CorpusChecker.Report r = new CorpusChecker().check(ann);
        assertThat(r.errors()).isEmpty();
        // "Kora" inside "Kora Front" is covered by that mention; "Omar" is never annotated alone but in "Bashir Omar".
        assertThat(r.warnings()).singleElement().asString()
                .startsWith(AnnotationLoader.textOf(ann) + ":3: 'Front' (n=2) has no mention here: \"...")
                .contains("commander. Will the Front accept a truce?");
    }

    @Test
    void check_ofTheWholeTreeQuotesNoTextOfASealedSplit() {
        List<String> lines = new java.util.ArrayList<>(CLEAN);
        lines.remove(12);                                    // "Front" (n=2) no longer annotated
        article(root, "test", "testland", "a01-one", TEXT, lines);
        assertThat(new CorpusChecker().check(root).warnings()).singleElement().asString()
                .contains(":3: a name annotated elsewhere in this article has no mention here (text not shown: the test split is sealed)")
                .doesNotContain("Front");
        // Pointed at the sealed split itself, its writer sees the text.
        assertThat(new CorpusChecker().check(root.resolve("test")).warnings()).singleElement().asString()
                .contains("'Front' (n=2) has no mention here");
    }

    @Test
    void check_ofOneFileChecksThatArticleOnly() {
        Path ann = article(root, "train", "testland", "a01-one", TEXT, CLEAN);
        CorpusChecker.Report r = new CorpusChecker().check(ann);
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).hasSize(1);
    }
}
