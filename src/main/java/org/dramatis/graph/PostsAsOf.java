package org.dramatis.graph;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.Participant;
import org.dramatis.model.FactKind;

/**
 * Posts, memberships and structure as they stood on a date, with the ends the sources imply but do not state: read
 * at query time, the stored claims are left as they are.
 *
 * <ul>
 *   <li>A post some source calls "former" was over by that source's publication date (unless it started again later).
 *   <li>A post one person holds at a time ({@link PostRules}) ends when a later holder of the same post of the same body
 *       is first seen (their stated start, else the first article that names them in it), when its holder resigns, and
 *       when someone dismisses its holder (only the dismissed participant loses the post; modes and who loses the post
 *       in {@code post-ending-events.txt}).
 *   <li>A month or a year stands for its last day: "as of 2022" is the state at the end of 2022.
 *   <li>A post known to hold without a stated start or end is undated: it may or may not hold on the date, and is
 *       listed apart, until an implied end is passed.
 * </ul>
 */
public final class PostsAsOf {
    /**
     * One fact held on the date.
     *
     * @param end the stated end, else the implied one (null when none is known)
     * @param endedBy why an implied end ends it ("succeeded by X", "resigned", "dismissed by Y", "called former"), null
     *                for a stated end
     * @param endEvidence a sentence that shows the implied end (the successor's post, the resignation), or null
     */
    public record Held(Fact fact, String end, String endedBy, Evidence endEvidence) {
        /** The fact with this end as its own. */
        public Fact asFact() {
            Fact f = fact;
            return Objects.equals(end, f.end()) ? f : new Fact(f.key(), f.kind(), f.subjectId(), f.subjectName(), f.objectId(),
                    f.objectName(), f.role(), f.value(), f.start(), end, f.modality(), f.evidence(), f.evidenceCount(),
                    f.confidence());
        }
    }

    /** What held on {@code asOf}: dated facts (a stated start or end) and undated ones, apart. */
    public record Posts(String asOf, List<Held> dated, List<Held> undated) {
        public Posts {
            dated = List.copyOf(dated);
            undated = List.copyOf(undated);
        }
    }

    private PostsAsOf() {
    }

    /** Reads the store: its facts, the claims that call a post former and the events that end posts. */
    static Posts load(Database db, GraphQueries graph, String asOf) {
        PostRules rules = PostRules.load(db.dataDir());
        return compute(asOf, graph.facts(null, null), former(db), endings(db, rules), rules);
    }

    /** Reads the store and gives, by fact key, every post with an end the sources imply but do not state. */
    static Map<String, Held> impliedEnds(Database db, GraphQueries graph) {
        PostRules rules = PostRules.load(db.dataDir());
        return impliedEnds(graph.facts(null, null), former(db), endings(db, rules), rules);
    }

    private static Set<Long> former(Database db) {
        return db.read(c -> {
            Set<Long> ids = new HashSet<>();
            // lower(): SQLite's like ignores case, PostgreSQL's does not.
            try (PreparedStatement ps = c.prepareStatement("select id from fact_claim where lower(value) like 'former%'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static List<Event> endings(Database db, PostRules rules) {
        return new EventQueries(db).events(null, null).stream()
                .filter(e -> e.mode() != null && rules.endingModes().containsKey(e.mode().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * Every post, membership or structure fact with an end the corpus implies (a successor, a resignation, a
     * dismissal, "former"), by fact key; facts with a stated end or none implied are left out.
     */
    public static Map<String, Held> impliedEnds(List<Fact> facts, Set<Long> formerClaims, List<Event> endings,
                                                PostRules rules) {
        Map<String, Held> out = new LinkedHashMap<>();
        for (Held h : all(facts, formerClaims, endings, rules)) {
            if (h.endedBy() != null) {
                out.put(h.fact().key(), h);
            }
        }
        return out;
    }

    /**
     * The facts held on {@code asOf} (a day, month or year).
     *
     * @param formerClaims ids of the claims that call their post former
     * @param endings events whose participants give up their one-holder posts
     */
    public static Posts compute(String asOf, List<Fact> facts, Set<Long> formerClaims, List<Event> endings, PostRules rules) {
        LocalDate day = PartialDates.high(asOf);
        if (day == null) {
            throw new IllegalArgumentException("'" + asOf + "' is no date: give 2020-06-01, 2020-06 or 2020");
        }
        List<Held> dated = new ArrayList<>();
        List<Held> undated = new ArrayList<>();
        for (Held h : all(facts, formerClaims, endings, rules)) {
            if (heldOn(h, day)) {
                Fact f = h.fact();
                (f.start() != null || f.end() != null ? dated : undated).add(h);
            }
        }
        return new Posts(asOf, dated, undated);
    }

    /** Each relevant fact with its stated or implied end. */
    private static List<Held> all(List<Fact> facts, Set<Long> formerClaims, List<Event> endings, PostRules rules) {
        List<Fact> relevant = facts.stream().filter(f -> f.kind().dated() && f.modality().countsAsFact()).toList();
        Map<String, List<Fact>> byPost = new LinkedHashMap<>();
        for (Fact f : relevant) {
            if (singleHolder(f, rules)) {
                byPost.computeIfAbsent(postKey(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<Held> out = new ArrayList<>();
        for (Fact f : relevant) {
            boolean single = singleHolder(f, rules);
            out.add(implied(f, formerClaims, single ? byPost.get(postKey(f)) : List.of(), single ? endings : List.of(),
                    rules));
        }
        return out;
    }

    private static boolean singleHolder(Fact f, PostRules rules) {
        return f.kind().post() == FactKind.Post.HELD && f.objectId() != null && rules.isSingleHolder(f.role());
    }

    private static String postKey(Fact f) {
        return f.objectId() + "|" + f.role().strip().toLowerCase(Locale.ROOT);
    }

    private static boolean heldOn(Held h, LocalDate day) {
        Fact f = h.fact();
        LocalDate start = PartialDates.low(f.start());
        if (start != null && start.isAfter(day)) {
            return false;
        }
        if (h.end() == null) {
            return true;
        }
        // A stated end "2022-06" holds through June; an implied end is the day the post was over by.
        LocalDate end = h.endedBy() == null ? PartialDates.high(h.end()) : PartialDates.low(h.end());
        return end == null || (h.endedBy() == null ? !end.isBefore(day) : end.isAfter(day));
    }

    /** The fact with its stated end, else the earliest end the corpus implies. */
    private static Held implied(Fact f, Set<Long> formerClaims, List<Fact> samePost, List<Event> endings, PostRules rules) {
        if (f.end() != null) {
            return new Held(f, f.end(), null, null);
        }
        String end = null;
        String why = null;
        Evidence shown = null;
        Evidence formerBy = f.evidence().stream().filter(e -> formerClaims.contains(e.claimId()) && e.published() != null)
                .min((a, b) -> byLow(a.published(), b.published())).orElse(null);
        if (formerBy != null && (f.start() == null || PartialDates.strictlyAfter(formerBy.published(), f.start()))) {
            end = formerBy.published();
            why = "called former";
            shown = formerBy;
        }
        String lastSeen = lastSeen(f, formerClaims);
        for (Fact g : samePost) {
            String first = firstSeen(g, formerClaims);
            if (g.subjectId() != f.subjectId() && lastSeen != null && first != null
                    && PartialDates.strictlyAfter(first, lastSeen) && (end == null || byLow(first, end) < 0)) {
                end = first;
                why = "succeeded by " + g.subjectName();
                shown = g.evidence().isEmpty() ? null : g.evidence().get(0);
            }
        }
        for (Event e : endings) {
            String when = e.date() != null ? e.date() : e.evidence().stream().map(Evidence::published)
                    .filter(Objects::nonNull).min(PostsAsOf::byLow).orElse(null);
            PostRules.Ending ending = rules.endingModes().get(e.mode().toLowerCase(Locale.ROOT));
            boolean his = e.participants().stream().anyMatch(p -> p.actorId() == f.subjectId()
                    && (ending.role() == null || ending.role().equals(p.role())));
            if (his && when != null && (f.start() == null || !PartialDates.strictlyAfter(f.start(), when))
                    && (end == null || byLow(when, end) < 0)) {
                end = when;
                why = ending.wording() + by(e, ending, f.subjectId());
                shown = e.evidence().isEmpty() ? null : e.evidence().get(0);
            }
        }
        return new Held(f, end, why, shown);
    }

    /** " by X and Y": who ended a post that only its target loses; empty for an end every participant shares. */
    private static String by(Event e, PostRules.Ending ending, long holder) {
        if (ending.role() == null) {
            return "";
        }
        List<String> others = e.participants().stream().filter(p -> p.actorId() != holder && !ending.role().equals(p.role()))
                .map(Participant::name).distinct().toList();
        return others.isEmpty() ? "" : " by " + String.join(" and ", others);
    }

    /** When the holder is first known to hold the post: its stated start, else the earliest article saying so. */
    private static String firstSeen(Fact f, Set<Long> formerClaims) {
        if (f.start() != null) {
            return f.start();
        }
        return f.evidence().stream().filter(e -> !formerClaims.contains(e.claimId())).map(Evidence::published)
                .filter(Objects::nonNull).min(PostsAsOf::byLow).orElse(null);
    }

    /** When the holder is last known to hold the post: the latest of its start and the articles that say so. */
    private static String lastSeen(Fact f, Set<Long> formerClaims) {
        String last = f.start();
        for (Evidence e : f.evidence()) {
            if (!formerClaims.contains(e.claimId()) && e.published() != null && (last == null || byLow(e.published(), last) > 0)) {
                last = e.published();
            }
        }
        return last;
    }

    private static int byLow(String a, String b) {
        LocalDate x = PartialDates.low(a);
        LocalDate y = PartialDates.low(b);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        return x.compareTo(y);
    }
}
