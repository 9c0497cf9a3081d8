package org.dramatis.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository's own corpus must check clean: a broken annotation fails the build. */
class CorpusTreeTest {
    @Test
    void repositoryCorpus_checksClean() {
        CorpusChecker.Report report = new CorpusChecker().check(Path.of("corpus"));
        assertThat(report.errors()).as("errors in corpus/ (run 'dramatis corpus check')").isEmpty();
        assertThat(report.documents()).hasSizeGreaterThanOrEqualTo(3);
    }
}
