package org.dramatis.graph;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.ResolvedEntity;

/** The resolved actors ({@code entity}, {@code entity_redirect}) and the mentions they hold. */
public final class EntityRepository {
    private final Database db;

    public EntityRepository(Database db) {
        this.db = db;
    }

    /** Every actor's spellings by id: its display name first, then each distinct text of its mentions. */
    public Map<Long, List<String>> spellings() {
        return SpellingIndex.load(db);
    }

    /**
     * Current entities with the surface names of their mentions and counts and the traits the resolver kept, to seed an
     * incremental resolver.
     */
    public List<ResolvedEntity> loadEntities() {
        return db.read(c -> {
            Map<Long, String[]> heads = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, name, type, reasons, traits from entity order by id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
            Map<Long, Map<String, Integer>> names = new HashMap<>();
            Map<Long, Set<Long>> docs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select entity_id, text, document_id from mention where entity_id is not null"
                            + " order by entity_id, document_id, idx");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long e = rs.getLong(1);
                    names.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(rs.getString(2), 1, Integer::sum);
                    docs.computeIfAbsent(e, k -> new HashSet<>()).add(rs.getLong(3));
                }
            }
            List<ResolvedEntity> out = new ArrayList<>();
            heads.forEach((id, h) -> out.add(new ResolvedEntity(id, h[0], ActorType.valueOf(h[1]),
                    names.getOrDefault(id, Map.of()), Json.readList(h[2]), docs.getOrDefault(id, Set.of()),
                    Json.readTraits(h[3]))));
            return out;
        });
    }

    /**
     * Writes the entities the resolver changed and the assignments it made, and points each assigned cluster's
     * mentions at its entity; mentions of entities the resolver folded into others ({@code folded}: old id to new)
     * move with them. Entities no mention points at any more are removed. Ids are stored ids.
     */
    public void save(List<ResolvedEntity> entities, List<Assignment> assignments, Map<Long, Long> folded) {
        write(new EntityWriter.Batch(entities, assignments, folded, false, null), -1);
    }

    /**
     * Like {@link #save(List, List, Map)} with every id the resolver's: {@code ids} gives each its stored id (a
     * never-used one to an entity founded since the last save) and each folded id redirects to the entity it joined.
     */
    public void save(List<ResolvedEntity> entities, List<Assignment> assignments, Map<Long, Long> folded, StableIds ids) {
        write(new EntityWriter.Batch(entities, assignments, folded, false, ids), -1);
    }

    /** Saves a resolution result with stored ids, replacing every stored entity when {@code replaceAll}. */
    public void save(List<ResolvedEntity> entities, List<Assignment> assignments, boolean replaceAll) {
        write(new EntityWriter.Batch(entities, assignments, Map.of(), replaceAll, null), -1);
    }

    /**
     * Replaces every entity with a full re-resolution's result and records, in the same transaction, that the store
     * now reflects the decisions and lexicons as they were at {@code version} (see {@link ResolutionState#wantedVersion}).
     * The result's ids are the resolver's: each entity keeps the stored id that held most of its mentions
     * ({@link StableIds}), and the ids that disappear redirect to where their mentions went. Returns false, writing
     * nothing, when another process's re-resolution from a later version committed meanwhile: that one already holds
     * every decision this one read, and writing this older result over it would lose the decisions stored since.
     */
    public boolean replaceAll(List<ResolvedEntity> entities, List<Assignment> assignments, long version, StableIds ids) {
        return write(new EntityWriter.Batch(entities, assignments, Map.of(), true, ids), version);
    }

    /** Writes {@code batch}; with {@code doneVersion} of 0 or more, records that version as done in the same transaction. */
    private boolean write(EntityWriter.Batch batch, long doneVersion) {
        return db.inTransaction(c -> {
            if (doneVersion >= 0 && ResolutionState.done(c) > doneVersion) {
                return false;
            }
            EntityWriter.write(c, batch);
            if (doneVersion >= 0) {
                CrashPoints.reached("entities.written");
                ResolutionState.markDone(c, doneVersion);
            }
            return true;
        });
    }

    /**
     * Where an id that disappeared through a merge went: the live actor that answers for it, or empty when the id is
     * live or was never given.
     */
    public Optional<Long> redirect(long id) {
        return db.read(c -> redirect(c, id));
    }

    /** The spellings of actor {@code id} with their mention counts, the most used first. */
    static List<Views.NameCount> names(java.sql.Connection c, long id) throws java.sql.SQLException {
        List<Views.NameCount> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select text, count(*) from mention where entity_id = ?"
                + " group by text order by count(*) desc, text")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(new Views.NameCount(rs.getString(1), rs.getInt(2)));
                }
            }
        }
        return names;
    }

    /** {@link #redirect(long)} on the caller's connection, e.g. inside a write transaction. */
    static Optional<Long> redirect(java.sql.Connection c, long id) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("select new_id from entity_redirect r where old_id = ?"
                + " and exists (select 1 from entity e where e.id = r.new_id)")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The ids of the actors shown under exactly this name (two may share one: a person and a place). */
    public List<Long> idsNamed(String name) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from entity where name = ? order by id")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** An actor with the texts of its mentions, most frequent first, and how many mentions it has. */
    public record ActorNames(long id, String name, String type, List<String> names, int mentions) {
        public ActorNames {
            names = List.copyOf(names);
        }
    }

    /**
     * Every actor holding mentions, by id, with its spellings most frequent first: one query for all actors, because
     * the search index reads this after every resolution.
     */
    public List<ActorNames> actorNames() {
        return db.read(c -> {
            List<ActorNames> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select e.id, e.name, e.type, m.text, count(*) from entity e"
                    + " join mention m on m.entity_id = e.id group by e.id, e.name, e.type, m.text"
                    + " order by e.id, count(*) desc, m.text");
                 ResultSet rs = ps.executeQuery()) {
                long id = 0;
                String name = null;
                String type = null;
                List<String> names = new ArrayList<>();
                int mentions = 0;
                while (rs.next()) {
                    if (name != null && rs.getLong(1) != id) {
                        out.add(new ActorNames(id, name, type, names, mentions));
                        names = new ArrayList<>();
                        mentions = 0;
                    }
                    id = rs.getLong(1);
                    name = rs.getString(2);
                    type = rs.getString(3);
                    names.add(rs.getString(4));
                    mentions += rs.getInt(5);
                }
                if (name != null) {
                    out.add(new ActorNames(id, name, type, names, mentions));
                }
            }
            return out;
        });
    }

    /** One spelling of an actor as a document wrote it. */
    public record Spelling(long actorId, String text) {
    }

    /**
     * {@code count} actors drawn at random with replacement, each with one of its mentions' texts drawn at random:
     * what a benchmark asks for. Empty when no actor holds a mention.
     */
    public List<Spelling> randomSpellings(int count, Random random) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from entity order by id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<Spelling> out = new ArrayList<>();
            if (ids.isEmpty()) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select text from mention where entity_id = ? order by random() limit 1")) {
                while (out.size() < count) {
                    long id = ids.get(random.nextInt(ids.size()));
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.add(new Spelling(id, rs.getString(1)));
                        }
                    }
                }
            }
            return out;
        });
    }
}
