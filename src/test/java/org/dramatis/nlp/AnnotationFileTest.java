package org.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dramatis.extract.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored-annotation files: what is written reads back the same, a drift is named, bad files are refused by name. */
class AnnotationFileTest {
    private static final AnnotatedDocument DOC = TestDocs.doc("Police/NNS/O/1/nsubj arrested/VBD/O/-1/root Dina/NNP/PERSON "
            + "Morr/NNP/PERSON on/IN 2/CD/DATE=2021-05-02 May/NNP/DATE=2021-05-02 2021/CD/DATE=2021-05-02 ./.", "He/PRP left/VBD ./.");

    @Test
    void writtenDocumentsReadBackEqual(@TempDir Path dir) {
        Path file = dir.resolve("extract/SomeTest.json");
        List<AnnotationFile.Stored> stored = List.of(new AnnotationFile.Stored(LocalDate.of(2022, 9, 15), DOC),
                new AnnotationFile.Stored(null, DOC), new AnnotationFile.Stored(null, new AnnotatedDocument("", List.of())));
        AnnotationFile.write(file, "about \"these\"", stored);
        assertThat(AnnotationFile.read(file)).isEqualTo(stored);
    }

    @Test
    void aDriftNamesTheSentenceAndTheToken() {
        Sentence s = DOC.sentences().get(1);
        List<Token> tokens = new ArrayList<>(s.tokens());
        Token t = tokens.get(1);
        tokens.set(1, new Token(t.index(), t.word(), t.lemma(), "VBN", t.ner(), t.normalizedNer(), t.begin(), t.end()));
        AnnotatedDocument drifted = new AnnotatedDocument(DOC.text(), List.of(DOC.sentences().get(0),
                new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.mentions(), s.dependencies())));
        assertThat(AnnotationDiff.first(DOC, DOC)).isNull();
        assertThat(AnnotationDiff.first(DOC, drifted)).startsWith("sentence 1: token 1 is Token[").contains("pos=VBN");
        assertThat(AnnotationDiff.first(DOC, new AnnotatedDocument(DOC.text(), DOC.sentences().subList(0, 1))))
                .isEqualTo("split into 1 sentences, was 2");
    }

    @Test
    void aBareWeekdayOnTheWeekBeforeOrAfter_isNoDrift_butAnotherDateIs() {
        AnnotatedDocument saturday = TestDocs.doc("Police/NNS/O/1/nsubj left/VBD/O/-1/root on/IN Saturday/NNP/DATE=2022-09-10 ./.");
        AnnotatedDocument weekLater = TestDocs.doc("Police/NNS/O/1/nsubj left/VBD/O/-1/root on/IN Saturday/NNP/DATE=2022-09-17 ./.");
        AnnotatedDocument friday = TestDocs.doc("Police/NNS/O/1/nsubj left/VBD/O/-1/root on/IN Saturday/NNP/DATE=2022-09-16 ./.");
        assertThat(AnnotationDiff.first(saturday, weekLater)).isNull();
        assertThat(AnnotationDiff.first(saturday, friday)).contains("FRIDAY");
        AnnotatedDocument may3 = TestDocs.doc("Police/NNS/O/1/nsubj left/VBD/O/-1/root on/IN 3/CD/DATE=2021-05-03 ./.");
        AnnotatedDocument may10 = TestDocs.doc("Police/NNS/O/1/nsubj left/VBD/O/-1/root on/IN 3/CD/DATE=2021-05-10 ./.");
        assertThat(AnnotationDiff.first(may3, may10)).as("only a bare weekday is blurred").contains("2021-05-10");
    }

    @Test
    void aFileWithoutDocumentsOrWithABadDateIsRefusedByName() {
        assertThatThrownBy(() -> AnnotationFile.read(stream("{\"about\": \"x\"}"), "x/OneTest.json"))
                .hasMessageContaining("x/OneTest.json").hasMessageContaining("\"documents\"");
        assertThatThrownBy(() -> AnnotationFile.read(stream("{\"documents\": [{\"date\": \"15 May\", \"text\": \"\", "
                + "\"sentences\": []}]}"), "x/OneTest.json")).hasMessageContaining("x/OneTest.json document 0");
    }

    @Test
    void everyStoredFileBelongsToATestClassAndStoresEachTextOnce() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(AnnotationFile.SOURCE_ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String name = AnnotationFile.SOURCE_ROOT.relativize(f).toString().replace(java.io.File.separatorChar, '.');
            String owner = "org.dramatis." + name.substring(0, name.length() - ".json".length());
            assertThat(exists(owner)).as(f + " belongs to no test class " + owner).isTrue();
            Set<String> keys = new HashSet<>();
            assertThat(AnnotationFile.read(f)).as(f.toString()).isNotEmpty().allSatisfy(s -> assertThat(keys.add(s.key()))
                    .as(f + " stores \"" + s.annotation().text() + "\" twice").isTrue());
        }
    }

    @Test
    void aTestClassFileIsNamedByItsPackageAndClass() {
        assertThat(AnnotationFile.relativeName(AnnotationFileTest.class)).isEqualTo("nlp/AnnotationFileTest.json");
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, AnnotationFileTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
