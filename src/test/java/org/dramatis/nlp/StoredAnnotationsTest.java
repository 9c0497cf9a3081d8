package org.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A text a test reads that was never stored fails the test with the file to look in and the command that stores it. */
@ExtendWith(StoredAnnotations.class)
class StoredAnnotationsTest {
    @Test
    void aTextNeverStoredNamesItsFileAndTheRefresh() {
        assumeFalse(Boolean.getBoolean(StoredAnnotations.REFRESH), "refreshing annotates every text");
        assertThatThrownBy(() -> StoredAnnotations.of("A sentence no test stored.", LocalDate.of(2022, 9, 15)))
                .hasMessageContaining("A sentence no test stored.")
                .hasMessageContaining("src/test/resources/annotations/nlp/StoredAnnotationsTest.json")
                .hasMessageContaining("-Dtest=StoredAnnotationsTest -Dfixtures.refresh=true");
    }
}
