package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(t.canonicalKey(TestDocs.KEYS.key("Abou Layla"))).contains(TestDocs.KEYS.key("Nadhimi, Omar"));
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
}
