package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A store written before ids were kept stable: links to missing entities are undone and a re-resolution is asked for. */
class StableIdsMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void migration_unlinksDanglingMentionsAndClusters_andAsksForAReResolution() throws Exception {
        Path file = Files.createDirectories(tmp.resolve("data")).resolve("dramatis.db");
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(old).locations("classpath:db/migration", "classpath:db/sqlite").target("40").load().migrate();
        try (Connection c = old.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into document(id, sha256, name, text, ingested_at) values (1, 'x', 'a.txt',"
                    + " 'Nadia Karam met Sami Duri.', '2026-12-04')");
            st.executeUpdate("insert into entity(id, name, type) values (3, 'Nadia Karam', 'PERSON')");
            st.executeUpdate("insert into cluster(document_id, id, type, name, entity_id) values (1, 0, 'PERSON', 'Nadia Karam', 3),"
                    + " (1, 1, 'PERSON', 'Sami Duri', 7)");
            st.executeUpdate("insert into mention(document_id, idx, sentence_idx, begin_offset, end_offset, text, type, source,"
                    + " cluster, entity_id) values (1, 0, 0, 0, 11, 'Nadia Karam', 'PERSON', 'NER', 0, 3),"
                    + " (1, 1, 0, 16, 25, 'Sami Duri', 'PERSON', 'NER', 1, 7)");
        }
        try (Database db = Database.open(file.getParent())) {
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    assertThat(one(st, "select group_concat(coalesce(entity_id, 'none')) from (select entity_id from mention"
                            + " order by idx)")).isEqualTo("3,none");
                    assertThat(one(st, "select group_concat(coalesce(entity_id, 'none')) from (select entity_id from cluster"
                            + " order by id)")).isEqualTo("3,none");
                    assertThat(one(st, "select wanted > done from resolution_state")).isEqualTo("1");
                    assertThat(one(st, "select value from store_setting where name = 'entity.next_id'")).isEqualTo("4");
                }
                return null;
            });
        }
    }

    private static String one(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
