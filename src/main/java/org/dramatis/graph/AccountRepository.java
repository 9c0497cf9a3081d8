package org.dramatis.graph;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's accounts ({@code account}): a name, a role, the password's hash and the API token's hash. Only
 * hashes reach this class; {@link org.dramatis.auth.Accounts} makes them.
 */
public final class AccountRepository {
    private static final String COLUMNS = "select name, role, password_hash, token_hash, created_at from account";
    private final Database db;

    public AccountRepository(Database db) {
        this.db = db;
    }

    /** One stored account; {@code role} as stored (viewer, analyst, admin), {@code tokenHash} null when none. */
    public record AccountRow(String name, String role, String passwordHash, String tokenHash, String createdAt) {
    }

    /** Stores a new account; false when the name is taken. */
    public boolean insert(String name, String role, String passwordHash) {
        return db.inTransaction(c -> {
            if (find(c, "where name = ?", name).isPresent()) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into account(name, role, password_hash, created_at) values (?,?,?,?)")) {
                ps.setString(1, name);
                ps.setString(2, role);
                ps.setString(3, passwordHash);
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** Removes an account; false when there was none. */
    public boolean delete(String name) {
        return update("delete from account where name = ?", name);
    }

    /** Gives an account another role; false when there is no such account. */
    public boolean setRole(String name, String role) {
        return update("update account set role = ? where name = ?", role, name);
    }

    /** Replaces an account's API token hash; false when there is no such account. */
    public boolean setTokenHash(String name, String tokenHash) {
        return update("update account set token_hash = ? where name = ?", tokenHash, name);
    }

    public Optional<AccountRow> byName(String name) {
        return db.read(c -> find(c, "where name = ?", name));
    }

    public Optional<AccountRow> byTokenHash(String tokenHash) {
        return db.read(c -> find(c, "where token_hash = ?", tokenHash));
    }

    /** Every account, by name. */
    public List<AccountRow> list() {
        return db.read(c -> {
            List<AccountRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " order by name"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    /** How many accounts have {@code role}, or any role when null. */
    public long count(String role) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from account"
                    + (role == null ? "" : " where role = ?"))) {
                if (role != null) {
                    ps.setString(1, role);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private boolean update(String sql, String... values) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, values[i]);
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static Optional<AccountRow> find(java.sql.Connection c, String where, String value) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " " + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static AccountRow row(ResultSet rs) throws java.sql.SQLException {
        return new AccountRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }
}
