package org.dramatis.graph;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every spelling of every actor: its display name and each distinct text of its mentions, read in one pass. */
final class SpellingIndex {
    private SpellingIndex() {
    }

    /** Spellings by actor id, the display name first; an actor without mentions has its name only. */
    static Map<Long, List<String>> load(Database db) {
        return db.read(c -> {
            Map<Long, List<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, name from entity");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select distinct entity_id, text from mention"
                    + " where entity_id is not null");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> names = out.get(rs.getLong(1));
                    String text = rs.getString(2);
                    if (names != null && !names.contains(text)) {
                        names.add(text);
                    }
                }
            }
            out.replaceAll((id, names) -> List.copyOf(names));
            return Map.copyOf(out);
        });
    }
}
