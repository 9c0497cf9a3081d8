package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's data files reach extraction: the same stored sentence extracts differently once a data folder holds an
 * honorific or a capital the bundled files lack.
 */
@ExtendWith(StoredAnnotations.class)
class UserLexiconTest {
    private static final String TITLED = "Mar Tavel Oskin met the families of the missing sailors on Tuesday.";
    private static final String CAPITAL = "Norway and Chile signed a fisheries accord on Monday. In Dravo, Foreign Minister"
            + " Arel Tanvik said the accord would take effect in May.";

    private static Extraction run(Extractor extractor, String text) {
        return extractor.extract(StoredAnnotations.of(text, RulesFixture.DATE), RulesFixture.DATE, "test");
    }

    private static List<String> mentions(Extraction x) {
        return x.mentions().stream().map(ActorMention::text).toList();
    }

    @Test
    void userHonorific_isSkippedAtTheStartOfAMention(@TempDir Path data) throws Exception {
        assertThat(mentions(run(new Extractor(), TITLED))).contains("Mar Tavel Oskin");
        write(data, Kind.HONORIFICS, "mine.txt", "# forms of address of the Syriac churches\nmar\n");
        Extractor withUser = new Extractor(Lexicons.load(LexiconFiles.of(data)));
        assertThat(mentions(run(withUser, TITLED))).contains("Tavel Oskin").doesNotContain("Mar Tavel Oskin");
    }

    @Test
    void userCapital_placesAPostInItsState(@TempDir Path data) throws Exception {
        assertThat(RulesFixture.facts(run(new Extractor(), CAPITAL), FactKind.ROLE, "Arel Tanvik", "Norway")).isEmpty();
        write(data, Kind.CAPITALS, "mine.tsv", "Dravo\tNorway\n");
        Extractor withUser = new Extractor(Lexicons.load(LexiconFiles.of(data)));
        assertThat(RulesFixture.facts(run(withUser, CAPITAL), FactKind.ROLE, "Arel Tanvik", "Norway"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of foreign affairs"));
    }

    @Test
    void userPortfolioTitle_keepsTheNameAfterItsOfPhraseNoBody(@TempDir Path data) throws Exception {
        String text = "Dara Velm, the security chief in the Apparatus of Counter-Terrorism, was moved on Friday.";
        assertThat(RulesFixture.facts(run(new Extractor(), text), FactKind.ROLE, "Dara Velm", "Apparatus of Counter-Terrorism"))
                .isNotEmpty();
        write(data, Kind.PORTFOLIO_TITLES, "mine.txt", "# in these sources a chief's of-phrase names his field\nchief\n");
        Extractor withUser = new Extractor(Lexicons.load(LexiconFiles.of(data)));
        assertThat(mentions(run(withUser, text))).doesNotContain("Apparatus of Counter-Terrorism");
    }

    @Test
    void badUserLine_isReportedAndSkipped(@TempDir Path data) throws Exception {
        write(data, Kind.CAPITALS, "mine.tsv", "Dravo\tNorway\nOnly a city\n");
        LexiconFiles files = LexiconFiles.of(data);
        Extractor withUser = new Extractor(Lexicons.load(files));
        assertThat(files.problems()).singleElement().asString().contains("mine.tsv line 2").contains("found 1");
        assertThat(RulesFixture.facts(run(withUser, CAPITAL), FactKind.ROLE, "Arel Tanvik", "Norway")).isNotEmpty();
    }

    private static void write(Path data, Kind kind, String name, String text) throws Exception {
        Path dir = Files.createDirectories(LexiconFiles.of(data).userDir(kind));
        Files.writeString(dir.resolve(name), text);
    }
}
