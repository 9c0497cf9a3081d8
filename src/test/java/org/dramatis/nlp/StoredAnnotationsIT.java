package org.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every stored test text again with the real models and names each whose annotation drifted from the stored
 * one (a CoreNLP upgrade, a changed adapter option): the rule tests that read it no longer test what CoreNLP gives.
 */
class StoredAnnotationsIT {
    @Test
    void everyStoredTextParsesAsStored() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(AnnotationFile.SOURCE_ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("stored annotations under " + AnnotationFile.SOURCE_ROOT).isNotEmpty();
        List<String> drifted = new ArrayList<>();
        int texts = 0;
        for (Path file : files) {
            for (AnnotationFile.Stored s : AnnotationFile.read(file)) {
                texts++;
                AnnotatedDocument fresh = SharedCoreNlp.get().annotate(s.annotation().text(), s.date());
                String diff = AnnotationDiff.first(s.annotation(), fresh);
                if (diff != null) { // a bare weekday's week is not compared (AnnotationDiff#first)
                    drifted.add(AnnotationFile.SOURCE_ROOT.relativize(file) + ": \"" + s.annotation().text() + "\": " + diff);
                }
            }
        }
        assertThat(drifted).as(drifted.size() + " of " + texts + " stored texts parse differently now; refresh their test "
                + "classes with -Dfixtures.refresh=true and check the rules still pass (README, Development)").isEmpty();
    }
}
