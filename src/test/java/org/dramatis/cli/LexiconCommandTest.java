package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.app.Dramatis;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LexiconCommandTest {
    @TempDir
    Path tmp;

    /** Tags each whole line of the text as one ORGANIZATION mention. */
    static final NlpService LINES_ARE_ORGS = (text, date) -> {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                int end = start + line.length();
                Token t = new Token(0, line, line, "NNP", "ORGANIZATION", null, start, end);
                sentences.add(new Sentence(sentences.size(), start, end, line, List.of(t),
                        List.of(new EntityMention(line, "ORGANIZATION", start, end, 0, 1, null)), List.of()));
            }
            start += line.length() + 1;
        }
        return new AnnotatedDocument(text, sentences);
    };

    @Test
    void aliases_joinTwoNamesTheRulesKeepApartAndSurviveReResolution() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Harbour Defence League\n");
        Files.writeString(in.resolve("b.txt"), "Coastal Shield Movement\n");
        Path data = tmp.resolve("data");
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LINES_ARE_ORGS));
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("ingest", "--data", data.toString(), in.toString())).isZero();
        assertThat(actors(data)).isEqualTo(2);

        Path csv = tmp.resolve("known.csv");
        Files.writeString(csv, "Harbour Defence League,Coastal Shield Movement,Organization\n");
        assertThat(cli.execute("lexicon", "aliases", csv.toString(), "--data", data.toString())).isZero();

        assertThat(out.toString()).contains("corpus re-resolved: 1 actors");
        assertThat(Files.exists(data.resolve("aliases/known.csv"))).isTrue();
        assertThat(actors(data)).isEqualTo(1);
    }

    @Test
    void everyKind_wordListIsKeptInItsFolderAndExtractionIsNamed() throws Exception {
        Path data = tmp.resolve("data");
        Path list = tmp.resolve("more areas.txt");
        Files.writeString(list, "# more administrative areas\ngovernorate\n");
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LINES_ARE_ORGS));
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("lexicon", "area-nouns", list.toString(), "--data", data.toString())).isZero();

        assertThat(Files.readString(data.resolve("lexicon/area-nouns/more_areas.txt"))).contains("governorate");
        assertThat(out.toString()).contains("note: extraction reads area-nouns too");
    }

    @Test
    void unknownKind_isRefusedNamingTheKinds() throws Exception {
        Path list = tmp.resolve("x.txt");
        Files.writeString(list, "word\n");
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LINES_ARE_ORGS));
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("lexicon", "nouns", list.toString(), "--data", tmp.resolve("data").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unknown lexicon kind 'nouns'").contains("roles").contains("honorifics");
    }

    @Test
    void roles_badLineIsRejectedWithFileLineAndReason() throws Exception {
        Path data = tmp.resolve("data");
        Path roles = tmp.resolve("roles.txt");
        Files.writeString(roles, "harbour master\nport warden\tharbour master\textra\n");
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LINES_ARE_ORGS));
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("lexicon", "roles", roles.toString(), "--data", data.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("roles.txt line 2").contains("found 3");
        assertThat(Files.exists(data.resolve("lexicon/roles/roles.txt"))).isFalse();
    }

    @Test
    void aliases_badFileIsRejectedWithItsLineAndNothingIsCopied() throws Exception {
        Path data = tmp.resolve("data");
        Path csv = tmp.resolve("broken.csv");
        Files.writeString(csv, "only-one-column\n");
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LINES_ARE_ORGS));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("lexicon", "aliases", csv.toString(), "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("broken.csv");
        assertThat(Files.exists(data.resolve("aliases/broken.csv"))).isFalse();
    }

    private int actors(Path data) {
        try (Dramatis d = Dramatis.open(org.dramatis.app.Config.defaults(data), LINES_ARE_ORGS)) {
            return d.graph().stats().actors();
        }
    }

    /** Tags every occurrence of the given names with the given NER tag; one sentence per line. */
    static NlpService tagging(Map<String, String> tags) {
        return (text, date) -> {
            List<Sentence> sentences = new ArrayList<>();
            int start = 0;
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank()) {
                    List<Token> tokens = new ArrayList<>();
                    Matcher m = Pattern.compile("[\\p{L}'-]+|[^\\s\\p{L}]").matcher(line);
                    while (m.find()) {
                        tokens.add(new Token(tokens.size(), m.group(), m.group().toLowerCase(), "NNP", "O", null,
                                start + m.start(), start + m.end()));
                    }
                    List<EntityMention> mentions = new ArrayList<>();
                    for (var tag : tags.entrySet()) {
                        for (int at = line.indexOf(tag.getKey()); at >= 0; at = line.indexOf(tag.getKey(), at + 1)) {
                            int b = start + at;
                            int e = b + tag.getKey().length();
                            int first = (int) tokens.stream().filter(t -> t.end() <= b).count();
                            int last = (int) tokens.stream().filter(t -> t.begin() < e).count();
                            mentions.add(new EntityMention(tag.getKey(), tag.getValue(), b, e, first, last, null));
                        }
                    }
                    mentions.sort(Comparator.comparingInt(EntityMention::begin));
                    sentences.add(new Sentence(sentences.size(), start, start + line.length(), line, tokens, mentions, List.of()));
                }
                start += line.length() + 1;
            }
            return new AnnotatedDocument(text, sentences);
        };
    }

    @Test
    void capitals_addedAfterIngestRebindTheCapitalInStoredDocuments() throws Exception {
        NlpService nlp = tagging(Map.of("Norvask", "COUNTRY", "Velmora", "LOCATION"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Norvask sent two envoys on Monday.\nTalks with Velmora stalled soon after.\n");
        Path data = tmp.resolve("data");
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, nlp));
        assertThat(cli.execute("ingest", "--data", data.toString(), in.toString())).isZero();
        assertThat(actors(data, nlp)).isEqualTo(2);
        try (Dramatis d = Dramatis.open(org.dramatis.app.Config.defaults(data), nlp)) {
            d.corrections().rename("Norvask", "Republic of Norvask");
        }

        Path tsv = tmp.resolve("capitals.tsv");
        Files.writeString(tsv, "Velmora\tNorvask\n");
        assertThat(cli.execute("lexicon", "capitals", tsv.toString(), "--data", data.toString())).isZero();

        assertThat(actors(data, nlp)).isEqualTo(1);
        assertThat(clusterReasons(data, nlp)).anyMatch(r -> r.contains("capital 'Velmora' stands for its government, Norvask"));
        try (Dramatis d = Dramatis.open(org.dramatis.app.Config.defaults(data), nlp)) {
            assertThat(d.entities().loadEntities()).singleElement().satisfies(e -> {
                assertThat(e.name()).isEqualTo("Republic of Norvask"); // the analyst's rename is replayed
                assertThat(e.names()).containsKeys("Norvask", "Velmora");
            });
        }
    }

    @Test
    void glossary_termAddedAfterIngestJoinsATranslationWithinItsDocument() throws Exception {
        NlpService nlp = tagging(Map.of("Saraya al-Fawaris", "ORGANIZATION", "Knights Companies", "ORGANIZATION"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Saraya al-Fawaris shelled the bridge.\nThe Knights Companies denied it.\n");
        Path data = tmp.resolve("data");
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, nlp));
        assertThat(cli.execute("ingest", "--data", data.toString(), in.toString())).isZero();
        assertThat(distinctClusters(data, nlp)).isEqualTo(2);

        Path tsv = tmp.resolve("terms.tsv");
        Files.writeString(tsv, "fawaris|fawares\tknights\n");
        assertThat(cli.execute("lexicon", "glossary", tsv.toString(), "--data", data.toString())).isZero();

        assertThat(distinctClusters(data, nlp)).isEqualTo(1);
        assertThat(actors(data, nlp)).isEqualTo(1);
        assertThat(clusterReasons(data, nlp)).anyMatch(r -> r.contains("glossary: "));
    }

    private int distinctClusters(Path data, NlpService nlp) {
        try (Dramatis d = Dramatis.open(org.dramatis.app.Config.defaults(data), nlp)) {
            return d.database().inTransaction(c -> {
                try (var rs = c.prepareStatement("select count(distinct cluster) from mention").executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
        }
    }

    private List<String> clusterReasons(Path data, NlpService nlp) {
        try (Dramatis d = Dramatis.open(org.dramatis.app.Config.defaults(data), nlp)) {
            return d.database().inTransaction(c -> {
                List<String> out = new ArrayList<>();
                try (var rs = c.prepareStatement("select reasons from cluster").executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
        }
    }

    private int actors(Path data, NlpService nlp) {
        try (Dramatis d = Dramatis.open(org.dramatis.app.Config.defaults(data), nlp)) {
            return d.graph().stats().actors();
        }
    }
}
