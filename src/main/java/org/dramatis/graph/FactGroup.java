package org.dramatis.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;

/**
 * The claims of one fact: the same relation between the same two actors, stated in one or many sentences and
 * documents. Also reconciles posts across documents (see {@link #foldImplicitPosts}).
 */
final class FactGroup {
    final String key;
    private final FactKind kind;
    private final long subject;
    private final String subjectName;
    private final Long object;
    private final String objectName;
    private final String role;
    private String value;
    private String start;
    private String end;
    /** Whether some claim names the object outright rather than inferring it from its document's home country. */
    private boolean explicitObject;
    final List<Claim> claims = new ArrayList<>();

    FactGroup(String key, FactKind kind, long subject, String subjectName, Long object, String objectName, String role,
              String value) {
        this.key = key;
        this.kind = kind;
        this.subject = subject;
        this.subjectName = subjectName;
        this.object = object;
        this.objectName = objectName;
        this.role = role;
        this.value = value;
    }

    void add(long claimId, Modality modality, Evidence ev, String claimStart, String claimEnd, String claimValue,
             Double confidence) {
        claims.add(new Claim(claimId, modality, ev, confidence));
        if (claimStart != null && (start == null || claimStart.compareTo(start) < 0)) {
            start = claimStart;
        }
        if (claimEnd != null && (end == null || claimEnd.compareTo(end) > 0)) {
            end = claimEnd;
        }
        if (value == null) {
            value = claimValue;
        }
        explicitObject |= object != null && (claimValue == null || !claimValue.contains("inferred"));
    }

    private void absorb(FactGroup other) {
        claims.addAll(other.claims);
        claims.sort(Comparator.comparingLong(Claim::id));
        if (other.start != null && (start == null || other.start.compareTo(start) < 0)) {
            start = other.start;
        }
        if (other.end != null && (end == null || other.end.compareTo(end) > 0)) {
            end = other.end;
        }
    }

    List<Long> claimIds(int offset, int limit) {
        return claims.stream().skip(offset).limit(limit).map(Claim::id).toList();
    }

    /** The fact with its first {@code limit} claims' evidence: carried by the claims, else looked up in {@code loaded}. */
    Fact build(int limit, Map<Long, Evidence> loaded) {
        Modality best = claims.stream().map(Claim::modality).min(Enum::compareTo).orElse(Modality.ASSERTED);
        List<Evidence> evidence = claims.stream().limit(limit)
                .map(cl -> cl.evidence() != null ? cl.evidence() : loaded.get(cl.id()))
                .filter(Objects::nonNull).toList();
        return new Fact(key, kind, subject, subjectName, object, objectName, role, value, start, end, best, evidence,
                claims.size(), Views.highest(claims.stream().map(Claim::confidence)));
    }

    /**
     * One person, one post: a post whose body a sentence left unsaid ("Prime Minister X" with no country, or a country
     * only inferred from its document's home state) joins the same person's same post stated with its body elsewhere
     * in the corpus, when exactly one body is stated. With none stated, the body most often inferred (strictly) takes
     * the posts that name none and the minority inferences. An explicit statement in one article thus beats an
     * inference in another, and a post seen only without its body still counts once, with all its evidence.
     */
    static Collection<FactGroup> foldImplicitPosts(Collection<FactGroup> groups) {
        Map<String, List<FactGroup>> byPost = new HashMap<>();
        for (FactGroup g : groups) {
            if (g.kind.post() == FactKind.Post.HELD && g.role != null) {
                byPost.computeIfAbsent(g.subject + "|" + g.role.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(g);
            }
        }
        Set<FactGroup> folded = new HashSet<>();
        for (List<FactGroup> post : byPost.values()) {
            if (post.size() < 2) {
                continue;
            }
            FactGroup target = target(post);
            if (target == null) {
                continue;
            }
            for (FactGroup g : post) {
                if (g != target && !g.explicitObject) {
                    target.absorb(g);
                    folded.add(g);
                }
            }
        }
        if (folded.isEmpty()) {
            return groups;
        }
        Map<String, FactGroup> out = new LinkedHashMap<>();
        groups.stream().filter(g -> !folded.contains(g)).forEach(g -> out.put(g.key, g));
        return out.values();
    }

    /** The group the implicit ones of one person's post join, or null when the corpus does not settle it. */
    private static FactGroup target(List<FactGroup> post) {
        List<FactGroup> explicit = post.stream().filter(g -> g.explicitObject).toList();
        if (explicit.size() == 1) {
            return explicit.get(0);
        }
        if (!explicit.isEmpty()) {
            return null;
        }
        List<FactGroup> inferred = post.stream().filter(g -> g.object != null)
                .sorted(Comparator.comparingInt((FactGroup g) -> g.claims.size()).reversed()).toList();
        if (inferred.isEmpty() || inferred.size() > 1 && inferred.get(1).claims.size() == inferred.get(0).claims.size()) {
            return null;
        }
        return inferred.get(0);
    }

    /** One claim of a fact; {@code evidence} is null until its sentence is read. */
    record Claim(long id, Modality modality, Evidence evidence, Double confidence) {
    }
}
