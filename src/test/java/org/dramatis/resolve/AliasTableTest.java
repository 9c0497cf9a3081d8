package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableTest {
    @Test
    void load_readsQuotedCsvAndMapsAliasesToCanonical(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("aliases.csv");
        Files.writeString(csv, "# canonical,alias,type\n\"Nadhimi, Omar\",Abu Layla,Person\nVictory Front,VF\n");
        AliasTable t = AliasTable.load(csv, TestDocs.KEYS);
        assertThat(t.aliases()).hasSize(2);
        assertThat(t.aliases().get(0).type()).isEqualTo(ActorType.PERSON);
        assertThat(t.canonicalKey("Abou Layla", ActorType.PERSON)).contains(TestDocs.KEYS.key("Nadhimi, Omar"));
    }

    @Test
    void load_namesFileAndLineOfBadRows(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("aliases.csv");
        Files.writeString(csv, "Victory Front,VF\nonly one column\n");
        assertThatThrownBy(() -> AliasTable.load(csv, TestDocs.KEYS))
                .isInstanceOf(DramatisException.class).hasMessageContaining("aliases.csv line 2");
        Files.writeString(csv, "Victory Front,VF,Spaceship\n");
        assertThatThrownBy(() -> AliasTable.load(csv, TestDocs.KEYS))
                .isInstanceOf(DramatisException.class).hasMessageContaining("line 1").hasMessageContaining("Spaceship");
    }

    /** An invented country whose two-consonant-and-n skeleton ("trn") is shared by an invented surname, "Terrin". */
    private static final AliasTable TARUN = AliasTable.of(List.of(new AliasTable.Alias("Tarun", "Taruni", ActorType.COUNTRY)),
            TestDocs.KEYS);

    @Test
    void lookup_bareSurnameOfAPersonIsNeverAnAliasOfACountry() {
        assertThat(TestDocs.KEYS.key("Terrin")).isEqualTo(TestDocs.KEYS.key("Tarun"));
        assertThat(TARUN.canonicalKey("Terrin", ActorType.PERSON)).isEmpty();
        assertThat(TARUN.canonicalKey("Tarun", ActorType.PERSON)).isEmpty();
        assertThat(TARUN.canonicalKey("Tarun", ActorType.COUNTRY)).contains(TestDocs.KEYS.key("Tarun"));
    }

    @Test
    void lookup_shortOneWordNameMustBeSpelledAsListedWhateverItsType() {
        assertThat(TARUN.canonicalKey("Terrin", ActorType.LOCATION)).isEmpty();
        assertThat(TARUN.canonicalKey("Teruni", ActorType.COUNTRY)).isEmpty();
        assertThat(TARUN.canonicalKey("al-TARÚN", ActorType.LOCATION)).contains(TestDocs.KEYS.key("Tarun"));
        assertThat(TARUN.canonicalKey("Taruni", null)).contains(TestDocs.KEYS.key("Tarun"));
    }

    @Test
    void lookup_longerNamesStillMatchTheirTransliterations() {
        AliasTable t = AliasTable.of(List.of(new AliasTable.Alias("Hadrastan", "Hadrastani", ActorType.COUNTRY),
                new AliasTable.Alias("Omar Nadhimi", "Abu Layla", ActorType.PERSON)), TestDocs.KEYS);
        assertThat(t.canonicalKey("Hedrestan", ActorType.COUNTRY)).contains(TestDocs.KEYS.key("Hadrastan"));
        assertThat(t.canonicalKey("Abou Laila", ActorType.PERSON)).contains(TestDocs.KEYS.key("Omar Nadhimi"));
        assertThat(t.canonicalKey("Abou Laila", ActorType.ORGANIZATION)).isEmpty();
    }
}
