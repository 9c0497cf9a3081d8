package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.graph.Views;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.RegexSentences;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acronym one article wrote after a name ("the Tessaly Dock Union (TDU)") is that name's in another article that
 * writes it bare, even when that article also names another body with the same initials ("the Tarvan Democratic
 * Union"), whichever article was ingested first.
 */
class CorpusAcronymIngestTest {
    @TempDir
    Path tmp;

    private static final List<String> ORGANIZATIONS = List.of("Tessaly Dock Union", "Tarvan Democratic Union", "TDU");

    /** Tags the listed organization names, nothing else. */
    private static final class Gazetteer implements NlpService {
        @Override
        public AnnotatedDocument annotate(String text, LocalDate documentDate) {
            return RegexSentences.annotate(text, (tokens, t, begin, sentence) -> {
                List<EntityMention> out = new ArrayList<>();
                for (int i = 0; i < tokens.size(); i++) {
                    for (String name : ORGANIZATIONS) {
                        String[] words = name.split(" ");
                        if (i + words.length > tokens.size()) {
                            continue;
                        }
                        boolean match = true;
                        for (int k = 0; k < words.length && match; k++) {
                            match = tokens.get(i + k).word().replaceAll("\\W+$", "").equals(words[k]);
                        }
                        if (match) {
                            Token first = tokens.get(i);
                            out.add(new EntityMention(name, "ORGANIZATION", first.begin(), first.begin() + name.length(),
                                    i, i + words.length, null));
                        }
                    }
                }
                return out;
            });
        }
    }

    private static final String DEFINES = "The Tarvan Democratic Union accused the dockers' union, the Tessaly Dock Union"
            + " (TDU), of paying for the raid. The TDU denied it.\n";
    private static final String BARE = "The dockers are organised by the TDU, whose strikes closed the port. The Tarvan"
            + " Democratic Union wants the union banned.\n";

    private static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    private static Long entityOf(Dramatis d, String documentName, String text) {
        return d.graph().mentions(null).stream()
                .filter(m -> m.documentName().equals(documentName) && m.text().equals(text))
                .map(Views.MentionRow::entityId).findFirst().orElseThrow();
    }

    @Test
    void ingest_aBareAcronymIsWhatAnotherArticleWroteItAfter() throws IOException {
        Path in = tmp.resolve("in");
        write(in, "a.txt", DEFINES);
        write(in, "b.txt", BARE);
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), new Gazetteer());

        dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);

        assertThat(entityOf(dramatis, "b.txt", "TDU")).isEqualTo(entityOf(dramatis, "a.txt", "Tessaly Dock Union"))
                .isNotEqualTo(entityOf(dramatis, "b.txt", "Tarvan Democratic Union"));
        assertThat(entityOf(dramatis, "b.txt", "Tarvan Democratic Union"))
                .isEqualTo(entityOf(dramatis, "a.txt", "Tarvan Democratic Union"));
    }

    @Test
    void ingest_theArticleThatWritesItBareAloneReadsItByItsInitials() throws IOException {
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), new Gazetteer());
        dramatis.pipeline().ingest(List.of(write(tmp.resolve("first"), "b.txt", BARE)), IngestPipeline.Progress.NONE);
        assertThat(entityOf(dramatis, "b.txt", "TDU")).isEqualTo(entityOf(dramatis, "b.txt", "Tarvan Democratic Union"));

        // The defining article arrives in a later run: the corpus is clustered again and the bare acronym moves.
        dramatis.pipeline().ingest(List.of(write(tmp.resolve("later"), "a.txt", DEFINES)), IngestPipeline.Progress.NONE);
        assertThat(entityOf(dramatis, "b.txt", "TDU")).isEqualTo(entityOf(dramatis, "a.txt", "Tessaly Dock Union"))
                .isNotEqualTo(entityOf(dramatis, "b.txt", "Tarvan Democratic Union"));
    }
}
