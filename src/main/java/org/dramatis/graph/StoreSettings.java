package org.dramatis.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Small facts about the store itself ({@code store_setting}), read and written inside a caller's transaction. */
final class StoreSettings {
    private StoreSettings() {
    }

    /** The value of setting {@code name}, or {@code fallback} when none is stored. */
    static String get(Connection c, String name, String fallback) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select value from store_setting where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : fallback;
            }
        }
    }

    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                Dialect.of(c).upsert("store_setting", List.of("name"), List.of("value")))) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
