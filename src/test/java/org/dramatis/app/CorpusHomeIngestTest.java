package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.RegexSentences;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus about one country keeps that country's capital its own actor, also where one article is about a neighbour. */
class CorpusHomeIngestTest {
    @TempDir
    Path tmp;

    /** Tags the listed words, nothing else. */
    private static final class Gazetteer implements NlpService {
        private static final Map<String, String> TAGS = Map.of("Iraq", "COUNTRY", "Iraqi", "NATIONALITY",
                "Turkey", "COUNTRY", "Turkish", "NATIONALITY", "Baghdad", "CITY", "Erbil", "CITY");

        @Override
        public AnnotatedDocument annotate(String text, LocalDate documentDate) {
            return RegexSentences.annotate(text, (tokens, t, begin, sentence) -> {
                List<EntityMention> out = new ArrayList<>();
                for (int i = 0; i < tokens.size(); i++) {
                    Token token = tokens.get(i);
                    String word = token.word().replaceAll("\\W+$", "");
                    String tag = TAGS.get(word);
                    if (tag != null) {
                        out.add(new EntityMention(word, tag, token.begin(), token.begin() + word.length(), i, i + 1, null));
                    }
                }
                return out;
            });
        }
    }

    private static final String NEIGHBOUR = "Turkish jets struck again. Turkey says the raids go on. Turkish troops"
            + " moved. Baghdad said Erbil kept silent. Iraq waits.\n";

    private static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    private static Views.MentionRow baghdadIn(Dramatis d, String documentName) {
        return d.graph().mentions(null).stream()
                .filter(m -> m.documentName().equals(documentName) && m.text().equals("Baghdad"))
                .findFirst().orElseThrow();
    }

    private static Views.MentionRow iraqIn(Dramatis d, String documentName) {
        return d.graph().mentions(null).stream()
                .filter(m -> m.documentName().equals(documentName) && m.text().equals("Iraq"))
                .findFirst().orElseThrow();
    }

    @Test
    void ingest_keepsTheCorpussHomeCapitalApartFromTheStateInAnArticleAboutANeighbour() throws IOException {
        Path in = tmp.resolve("in");
        write(in, "a.txt", "Iraq held a vote. Iraqi parties met. Iraq waits for a cabinet. Crowds filled Baghdad.\n");
        write(in, "b.txt", "Iraq counts the ballots. Iraqi judges ruled. Iraq has no budget. Rain fell on Baghdad.\n");
        write(in, "c.txt", NEIGHBOUR);
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), new Gazetteer());

        dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);

        Views.MentionRow capital = baghdadIn(dramatis, "c.txt");
        assertThat(capital.entityId()).isNotNull().isNotEqualTo(iraqIn(dramatis, "c.txt").entityId());
        assertThat(capital.entityName()).isEqualTo("Baghdad");
    }

    @Test
    void ingest_readsTheCapitalOfAnArticleAloneAsItsState() throws IOException {
        Path in = tmp.resolve("in");
        write(in, "c.txt", NEIGHBOUR);
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), new Gazetteer());

        dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);

        assertThat(baghdadIn(dramatis, "c.txt").entityId()).isEqualTo(iraqIn(dramatis, "c.txt").entityId());
    }

    @Test
    void ingest_settlesTheHomeWhenLaterArticlesShowIt() throws IOException {
        Dramatis dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), new Gazetteer());
        dramatis.pipeline().ingest(List.of(write(tmp.resolve("first"), "c.txt", NEIGHBOUR)),
                IngestPipeline.Progress.NONE);
        assertThat(baghdadIn(dramatis, "c.txt").entityId()).isEqualTo(iraqIn(dramatis, "c.txt").entityId());

        Path later = tmp.resolve("later");
        write(later, "a.txt", "Iraq held a vote. Iraqi parties met. Iraq waits for a cabinet. Crowds filled Baghdad.\n");
        write(later, "b.txt", "Iraq counts the ballots. Iraqi judges ruled. Iraq has no budget. Rain fell on Baghdad.\n");
        dramatis.pipeline().ingest(List.of(later), IngestPipeline.Progress.NONE);

        assertThat(baghdadIn(dramatis, "c.txt").entityId()).isNotEqualTo(iraqIn(dramatis, "c.txt").entityId());
        // A new article about the neighbour is clustered knowing the home at once.
        write(tmp.resolve("last"), "d.txt", NEIGHBOUR.replace("again", "once more"));
        dramatis.pipeline().ingest(List.of(tmp.resolve("last")), IngestPipeline.Progress.NONE);
        assertThat(baghdadIn(dramatis, "d.txt").entityId()).isNotEqualTo(iraqIn(dramatis, "d.txt").entityId());
    }
}
