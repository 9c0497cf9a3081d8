package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.model.DramatisException;

/**
 * Copies every row of one store into another, empty one ({@code dramatis migrate}): documents, sentences, mentions,
 * clusters, claims, entities, decisions, accounts and the store's settings, each row with its id, so actor ids, bookmarks and
 * decisions mean the same in the copy. The copy is one write transaction: all of it or nothing, read from one snapshot of
 * the source, so a process writing to the source meanwhile is neither waited for nor half copied (open an SQLite source
 * with {@link Database#openToRead}). The search index is not copied; it is rebuilt from the copy when first opened.
 */
public final class StoreCopy {
    /** The tables in an order that inserts every referenced row first (entities before the mentions naming them). */
    static final List<String> TABLES = List.of("document", "sentence", "entity", "mention", "cluster", "fact_claim",
            "fact_claim_rule", "event_claim", "event_claim_rule", "event_participant", "decision", "decision_anchor",
            "entity_redirect", "ingest_problem", "store_setting", "resolution_state", "actor_correction", "account");
    /** Tables a new store starts with rows in (its settings, its resolution state), replaced by the source's. */
    private static final List<String> REPLACED = List.of("store_setting", "resolution_state");
    private static final int BATCH = 1_000;

    private StoreCopy() {
    }

    /**
     * Copies {@code from} into {@code to} and checks that each table holds as many rows in both.
     *
     * @return the rows of each table, in {@link #TABLES} order
     * @throws DramatisException when {@code to} already holds documents, decisions or entities, or a count differs
     */
    public static Map<String, Long> copy(Database from, Database to) {
        Map<String, Long> source = to.inTransaction(c -> {
            Map<String, Long> before = counts(c);
            for (String table : List.of("document", "entity", "decision")) {
                if (before.get(table) > 0) {
                    throw new DramatisException("the store " + to.describe() + " is not empty (" + before.get(table) + " "
                            + table + " rows): migrate copies into a new, empty store only");
                }
            }
            // One read snapshot of the source for the counts and every table, so a write to it meanwhile is copied
            // whole or not at all, and the counts checked are the snapshot's.
            return from.read(src -> {
                Map<String, Long> counts = counts(src);
                for (String table : TABLES) {
                    if (REPLACED.contains(table)) {
                        try (Statement st = c.createStatement()) {
                            st.executeUpdate("delete from " + table);
                        }
                    }
                    copyTable(src, c, table);
                    to.dialect().afterCopy(c, table);
                }
                return counts;
            });
        });
        Map<String, Long> copied = to.read(StoreCopy::counts);
        if (!copied.equals(source)) {
            throw new DramatisException("the copy in " + to.describe() + " holds " + copied + " rows, the source "
                    + from.describe() + " " + source);
        }
        return source;
    }

    static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static void copyTable(Connection src, Connection dst, String table) throws SQLException {
        try (Statement st = src.createStatement(); ResultSet rs = st.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            String sql = "insert into " + table + "(" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement ps = dst.prepareStatement(sql)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        }
    }
}
