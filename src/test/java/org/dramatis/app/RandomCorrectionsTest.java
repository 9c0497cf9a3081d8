package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dramatis.graph.DecisionRepository.DecisionRow;
import org.dramatis.graph.TestStores;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded sequence of random corrections (by name and by chosen actor), undos, re-resolutions and new articles:
 * after each, no mention or cluster points at a missing entity, every clustered mention has an entity, every id ever
 * shown is live or redirects to a live actor, and a new actor never gets an id given before.
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class RandomCorrectionsTest {
    private static final List<String> MORE = List.of(
            "Nadia Karam met Hana Saleh. Ali Kazemi spoke.",
            "Renewal Front met Omar Haddad. Karim Zaidi answered.",
            "Sami Duri met Layla Nouri. Hana Saleh left. Ali Kadhimi answered.",
            "Youssef Tamimi met Karim Zaidi. Nadia Karam spoke.");

    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    @Test
    void randomCorrections_neverLeaveAMentionOrClusterPointingAtAMissingEntity() throws Exception {
        for (long seed : new long[] {12, 1912, 20261204}) {
            run(seed, tmp.resolve("seed-" + seed));
        }
    }

    @Test
    void aWriteThatWouldLeaveADanglingLinkIsRefusedWhole() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), StableIdsTest.A);
        try (Dramatis d = Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0).withDb(store.server(tmp)), new FakeNlp())) {
            d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
            Map<Long, String> before = StableIdsTest.actors(d);
            long someone = before.keySet().iterator().next();
            var renamed = new org.dramatis.resolve.ResolvedEntity(someone, "Someone Else", ActorType.PERSON,
                    Map.of("Someone Else", 1), List.of(), Set.of(1L));
            var dangling = new org.dramatis.resolve.Assignment(1, 0, 424242, 1.0, List.of(), List.of(0));
            assertThatThrownBy(() -> d.entities().save(List.of(renamed), List.of(dangling), Map.of()))
                    .hasMessageContaining("points at a missing entity");
            assertThatThrownBy(() -> d.database().inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("delete from entity where id = " + someone)) {
                    return ps.executeUpdate();
                }
            })).hasMessageContaining("cannot be deleted");
            assertThat(StableIdsTest.actors(d)).as("nothing of the refused writes is stored").isEqualTo(before);
        }
    }

    private void run(long seed, Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), StableIdsTest.A);
        Files.writeString(in.resolve("b.txt"), StableIdsTest.B);
        Files.writeString(in.resolve("c.txt"), StableIdsTest.C);
        Random random = new Random(seed);
        Set<Long> seen = new HashSet<>();
        int applied = 0;
        try (Dramatis d = Dramatis.open(new Config(dir.resolve("data"), 1, "127.0.0.1", 0).withDb(store.server(dir)), new FakeNlp())) {
            d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
            check(d, seen, "seed " + seed + " after ingest");
            int more = 0;
            for (int step = 0; step < 30; step++) {
                String what;
                try {
                    what = correct(d, random, more < MORE.size() ? dir.resolve("more-" + more + ".txt") : null);
                    if (what.startsWith("ingest")) {
                        more++;
                    }
                    applied++;
                } catch (DramatisException refused) {
                    assertThat(refused.getMessage()).as("refused, not broken").doesNotContain("database error");
                    what = "refused: " + refused.getMessage();
                }
                check(d, seen, "seed " + seed + " step " + step + " (" + what + ")");
            }
        }
        assertThat(applied).as("most random corrections apply").isGreaterThan(20);
    }

    /** Applies one random correction and says which. */
    private static String correct(Dramatis d, Random random, Path nextArticle) throws Exception {
        List<ActorSummary> actors = d.graph().actors(Integer.MAX_VALUE, null);
        ActorSummary a = actors.get(random.nextInt(actors.size()));
        ActorSummary b = actors.get(random.nextInt(actors.size()));
        Corrections c = d.corrections();
        switch (random.nextInt(7)) {
            case 0 -> {
                c.merge(a.name(), b.name());
                return "merge " + a.name() + " + " + b.name();
            }
            case 1 -> {
                // By actor, as the workbench does: refused (and counted so) for one actor twice or two types.
                c.mergeActors(a.id(), b.id());
                return "merge actors #" + a.id() + " + #" + b.id();
            }
            case 2 -> {
                List<NameCount> names = d.graph().actor(a.id()).orElseThrow().names();
                if (names.size() < 2) {
                    c.rename(a.name(), a.name() + " Jr");
                    return "rename " + a.name();
                }
                List<String> moved = List.of(names.get(random.nextInt(names.size())).name());
                c.split(names, moved);
                return "split " + moved + " out of " + a.name();
            }
            case 3 -> {
                ActorType type = ActorType.values()[random.nextInt(ActorType.values().length)];
                c.retype(a.name(), type);
                return "retype " + a.name() + " " + type;
            }
            case 4 -> {
                List<DecisionRow> active = d.decisions().history().stream().filter(r -> !r.undone()).toList();
                if (active.isEmpty()) {
                    c.reresolve();
                    return "reresolve";
                }
                long id = active.get(random.nextInt(active.size())).decision().id();
                c.undo(id);
                return "undo " + id;
            }
            case 5 -> {
                c.reresolve();
                return "reresolve";
            }
            default -> {
                if (nextArticle == null) {
                    c.reresolve();
                    return "reresolve";
                }
                int n = Integer.parseInt(nextArticle.getFileName().toString().replaceAll("\\D", ""));
                Files.writeString(nextArticle, MORE.get(n));
                d.pipeline().ingest(List.of(nextArticle), IngestPipeline.Progress.NONE);
                return "ingest " + nextArticle.getFileName();
            }
        }
    }

    private static void check(Dramatis d, Set<Long> seen, String when) {
        Map<String, Long> counts = d.database().read(conn -> {
            Map<String, Long> out = new java.util.LinkedHashMap<>();
            for (String[] q : new String[][] {
                    {"mentions pointing at a missing entity", "select count(*) from mention m where m.entity_id is not null"
                            + " and not exists (select 1 from entity e where e.id = m.entity_id)"},
                    {"clusters pointing at a missing entity", "select count(*) from cluster c where c.entity_id is not null"
                            + " and not exists (select 1 from entity e where e.id = c.entity_id)"},
                    {"clustered mentions without an entity", "select count(*) from mention where cluster is not null"
                            + " and entity_id is null"},
                    {"clusters without an entity", "select count(*) from cluster where entity_id is null"},
                    {"entities without a mention", "select count(*) from entity e"
                            + " where not exists (select 1 from mention m where m.entity_id = e.id)"},
                    {"redirects to a missing entity", "select count(*) from entity_redirect r"
                            + " where not exists (select 1 from entity e where e.id = r.new_id)"},
                    {"live ids that redirect", "select count(*) from entity_redirect r"
                            + " where exists (select 1 from entity e where e.id = r.old_id)"}}) {
                try (PreparedStatement ps = conn.prepareStatement(q[1]); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put(q[0], rs.getLong(1));
                }
            }
            return out;
        });
        assertThat(counts).as(when).allSatisfy((what, n) -> assertThat(n).as(when + ": " + what).isZero());
        List<Long> live = new ArrayList<>(StableIdsTest.actors(d).keySet());
        long highestSeen = seen.stream().mapToLong(Long::longValue).max().orElse(0);
        for (long id : live) {
            if (!seen.contains(id)) {
                assertThat(id).as(when + ": a new actor's id is one never given before").isGreaterThan(highestSeen);
            }
        }
        for (long id : seen) {
            if (!live.contains(id)) {
                assertThat(d.entities().redirect(id)).as(when + ": id " + id + " is gone without a redirect").isPresent();
            }
        }
        seen.addAll(live);
    }
}
