package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;
import org.dramatis.resolve.LocalCluster;

/** Clusters every stored document again from its text and actor mentions, inside the caller's transaction. */
final class Reclustering {
    private Reclustering() {
    }

    /** Replaces every document's clusters and its mentions' cluster numbers; returns the number of documents. */
    static int run(Connection c, BiFunction<String, List<ActorMention>, List<LocalCluster>> clusterer) throws SQLException {
        Map<Long, List<ActorMention>> mentions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id from document order by id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                mentions.put(rs.getLong(1), new ArrayList<>());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select document_id, idx, text, type, sentence_idx, begin_offset,"
                + " end_offset, source from mention order by document_id, idx");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                mentions.get(rs.getLong(1)).add(new ActorMention(rs.getInt(2), rs.getString(3),
                        ActorType.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8)));
            }
        }
        try (PreparedStatement text = c.prepareStatement("select text from document where id = ?");
             PreparedStatement drop = c.prepareStatement("delete from cluster where document_id = ?");
             // Entities stay as they are until the re-resolution that follows replaces them all in one
             // transaction: a crash in between leaves the store stale (marked so) but never a clustered mention
             // without an entity.
             PreparedStatement clear = c.prepareStatement("update mention set cluster = null where document_id = ?");
             PreparedStatement assign = c.prepareStatement(
                     "update mention set cluster = ? where document_id = ? and idx = ?")) {
            for (var doc : mentions.entrySet()) {
                text.setLong(1, doc.getKey());
                String body;
                try (ResultSet rs = text.executeQuery()) {
                    rs.next();
                    body = rs.getString(1);
                }
                List<LocalCluster> clusters = clusterer.apply(body, doc.getValue());
                for (PreparedStatement ps : List.of(drop, clear)) {
                    ps.setLong(1, doc.getKey());
                    ps.executeUpdate();
                }
                DocumentStore.insertClusters(c, doc.getKey(), clusters);
                for (LocalCluster cl : clusters) {
                    for (int idx : cl.mentions()) {
                        assign.setInt(1, cl.id());
                        assign.setLong(2, doc.getKey());
                        assign.setInt(3, idx);
                        assign.addBatch();
                    }
                }
                assign.executeBatch();
            }
        }
        return mentions.size();
    }
}
