package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.app.ResolverFactory;
import org.dramatis.lexicon.LexiconFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state's other names (country-names.tsv) are one actor with it, whichever the resolver meets first. */
class CountryNamesTest {

    private static EntityResolver resolver(LexiconFiles files) {
        return new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY,
                AliasTable.of(ResolverFactory.countryAliases(files), TestDocs.KEYS), List.of());
    }

    private static void add(EntityResolver r, TestDocs.Doc d) {
        r.add(d.id(), d.clusters(), d.byIndex());
    }

    private static long idOf(EntityResolver r, String surface) {
        return r.entities().stream().filter(e -> e.names().containsKey(surface)).map(ResolvedEntity::id).findFirst().orElseThrow();
    }

    @Test
    void aStatesOtherNamesAreOneActorInWhateverOrderTheyCome() {
        EntityResolver r = resolver(LexiconFiles.bundled());
        add(r, doc(1, "The US said it was concerned.", "US/COUNTRY"));
        add(r, doc(2, "Britain and the United States struck targets.", "Britain/COUNTRY", "United States/COUNTRY"));
        add(r, doc(3, "The UK summoned the envoy. The United States of America agreed.", "UK/COUNTRY",
                "United States of America/COUNTRY"));
        add(r, doc(4, "America warned Moscow.", "America/LOCATION"));
        assertThat(idOf(r, "US")).isEqualTo(idOf(r, "United States")).isEqualTo(idOf(r, "United States of America"))
                .isEqualTo(idOf(r, "America"));
        assertThat(idOf(r, "Britain")).isEqualTo(idOf(r, "UK")).isNotEqualTo(idOf(r, "US"));
    }

    @Test
    void withoutTheListTheTwoNamesStayApart_andAUsersFileAddsOne(@TempDir Path dir) throws Exception {
        EntityResolver bare = new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of());
        add(bare, doc(1, "Britain said it was concerned.", "Britain/COUNTRY"));
        add(bare, doc(2, "The United Kingdom agreed.", "United Kingdom/COUNTRY"));
        assertThat(idOf(bare, "Britain")).isNotEqualTo(idOf(bare, "United Kingdom"));

        Path folder = dir.resolve("lexicon/country-names");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("mine.tsv"), "Velmorstan\tVelmoria\n");
        EntityResolver mine = resolver(LexiconFiles.of(dir));
        add(mine, doc(1, "Velmoria said it was concerned.", "Velmoria/COUNTRY"));
        add(mine, doc(2, "Velmorstan agreed.", "Velmorstan/COUNTRY"));
        assertThat(idOf(mine, "Velmoria")).isEqualTo(idOf(mine, "Velmorstan"));
    }
}
