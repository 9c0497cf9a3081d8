package org.dramatis.graph;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.dramatis.model.DramatisException;

/**
 * The SQL that differs between the databases the store can run on, named in one place so a second database is one
 * more implementation: SQLite ({@link SqliteDialect}, the embedded default) and PostgreSQL ({@link PostgresDialect}, a
 * server store). Every other statement in the repository classes is written in the part of SQL that both share.
 *
 * <p>What else the store relies on, and where it lives:
 * <ul>
 *   <li>Connection settings (foreign keys, write-ahead log, busy timeout, transaction modes): {@link SqliteDialect#dataSource}
 *       and {@link PostgresDialect#dataSource}.
 *   <li>Ids given on insert: tables declare {@code id integer primary key} (SQLite's row id) or an identity column
 *       (PostgreSQL) in the migrations, and the repositories read the new id with JDBC's generated keys, never
 *       {@code last_insert_rowid()}.
 *   <li>Writers one at a time: SQLite's {@code BEGIN IMMEDIATE}, PostgreSQL's advisory lock ({@link #beginWrite()}).
 *   <li>Cache invalidation: the {@code store_version} row ({@link Database#version()}), not a pragma.
 *   <li>Order: always by named columns, never by SQLite's hidden {@code rowid}.
 *   <li>Times: written by Java as ISO-8601 text; no SQL date function is used.
 *   <li>Migrations: the scripts both databases run are in {@code db/migration}; those whose DDL differs have a copy
 *       per database in {@code db/sqlite} and {@code db/postgresql} ({@link #migrations()}): V001 (identity columns
 *       for SQLite's {@code integer primary key}, 8-byte {@code double precision} for SQLite's {@code real}), V050 (the
 *       triggers, in PL/pgSQL for SQLite's {@code raise(abort, ...)}) and V060 ({@code double precision}).
 * </ul>
 */
public interface Dialect {
    /**
     * An insert that replaces the {@code values} columns of the row with the same {@code keys}, taking one parameter per
     * key then per value: {@code upsert("store_setting", List.of("name"), List.of("value"))}.
     */
    String upsert(String table, List<String> keys, List<String> values);

    /** The greatest of the SQL expressions (SQLite's many-argument {@code max}, PostgreSQL's {@code greatest}). */
    String greatest(String... expressions);

    /** A statement that makes the rest of a connection's session read-only. */
    String readOnlySession();

    /**
     * A statement run first in every write transaction, so that writers run one at a time; null when the connection's
     * transaction mode does it already (SQLite's {@code BEGIN IMMEDIATE}).
     */
    default String beginWrite() {
        return null;
    }

    /**
     * Runs after rows were copied into {@code table} with their ids ({@link StoreCopy}): the ids the database gives next
     * must come after them. Nothing to do where the next id is the largest plus one (SQLite).
     */
    default void afterCopy(Connection c, String table) throws SQLException {
    }

    /** The Flyway locations of this database's migrations: the shared scripts and its own. */
    List<String> migrations();

    /** The dialect of the database {@code c} is connected to. */
    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        if ("SQLite".equalsIgnoreCase(product)) {
            return SqliteDialect.INSTANCE;
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return PostgresDialect.INSTANCE;
        }
        throw new DramatisException("unsupported database " + product + ": the store runs on SQLite or PostgreSQL");
    }
}
