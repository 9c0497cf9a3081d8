package org.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every stored test text again with the real models and names each whose annotation drifted from the stored
 * one (a CoreNLP upgrade, a changed adapter option): the rule tests that read it no longer test what CoreNLP gives.
 */
class StoredAnnotationsIT {
    /**
     * Texts CoreNLP 4.5.10 did not annotate the same way in two runs (cause not found; what the shared pipeline read
     * before is the likely one): SUTime put this bare "Sunday" (document date Thursday 2022-09-15) on 2022-09-11 when
     * the fixtures were refreshed and on 2022-09-18 in the drift check. Their drift is printed, not failed; their tests
     * pass on either reading.
     */
    private static final Set<String> UNSTABLE = Set.of("The Amber Hill Movement threatened Lena Vost on Sunday.");

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
                if (diff != null && UNSTABLE.contains(s.annotation().text())) {
                    System.out.println("known unstable, not failed: " + file + ": " + diff);
                } else if (diff != null) {
                    drifted.add(AnnotationFile.SOURCE_ROOT.relativize(file) + ": \"" + s.annotation().text() + "\": " + diff);
                }
            }
        }
        assertThat(drifted).as(drifted.size() + " of " + texts + " stored texts parse differently now; refresh their test "
                + "classes with -Dfixtures.refresh=true and check the rules still pass (README, Development)").isEmpty();
    }
}
