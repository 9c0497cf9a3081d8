package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import org.dramatis.model.ActorType;

/**
 * The body a common group noun ({@code group-nouns.txt}) belongs to: "another Y faction", "Y's brigades", "the factions
 * within Y", "the factions grouped in Y", "the factions that operate under the umbrella of Y" (a control noun of
 * {@code control-nouns.txt}). Lets "X, the most powerful of the factions within Y" nest X in Y and "the political front
 * of the factions grouped in Y" speak for Y, where the plural noun itself names no one.
 */
final class GroupOwners {
    /** Prepositions that place a group inside a body. */
    private static final List<String> INSIDE = List.of("nmod:within", "nmod:in", "nmod:inside", "obl:within", "obl:in",
            "obl:inside");

    private final BodyWords bodies;

    GroupOwners(BodyWords bodies) {
        this.bodies = bodies;
    }

    /** Whether token {@code i} is a common group noun ("faction", "militias"). */
    boolean isGroup(SentenceView v, int i) {
        return i >= 0 && v.isNoun(i) && v.mentionAt[i] < 0 && bodies.groupNouns().contains(v.lower(i));
    }

    /** The organization group noun {@code group} belongs to, or -1. */
    int ownerOf(SentenceView v, DocContext ctx, int group) {
        if (!isGroup(v, group)) {
            return -1;
        }
        for (int c : v.dependents(group, "compound", "nmod:poss")) {
            if (v.mentionAt[c] >= 0) {
                return v.mentionAt[c];
            }
        }
        int owner = placed(v, ctx, group);
        // The group's own clause: "factions that operate under the umbrella of Y", "factions grouped in Y"; the parser
        // sometimes hangs a participle right after the noun elsewhere, so that one counts too.
        List<Integer> clauses = new ArrayList<>(v.dependents(group, "acl", "acl:relcl"));
        if (group + 1 < v.size() && v.pos(group + 1).equals("VBN")) {
            clauses.add(group + 1);
        }
        for (int c : clauses) {
            owner = owner >= 0 ? owner : placed(v, ctx, c);
        }
        return owner;
    }

    /** The body named by an "inside" phrase or an "under the command/umbrella of" phrase of token {@code t}, or -1. */
    private int placed(SentenceView v, DocContext ctx, int t) {
        for (int in : v.dependents(t, INSIDE.toArray(String[]::new))) {
            int a = body(ctx, ctx.actorOf(v, in));
            if (a >= 0) {
                return a;
            }
        }
        for (int under : v.dependents(t, "nmod:under", "obl:under")) {
            // "under the umbrella of Y"; "grouped under Y" names the body itself.
            int a = bodies.controlNouns().contains(v.lemma(under)) ? body(ctx, ctx.actorOf(v, v.first(under, "nmod:of")))
                    : v.mentionAt[under] >= 0 ? body(ctx, v.mentionAt[under]) : -1;
            if (a >= 0) {
                return a;
            }
        }
        return -1;
    }

    /** The actor if it is an organization ("factions in Baghdad" are in no body), else -1. */
    private static int body(DocContext ctx, int a) {
        return a >= 0 && ctx.mentions.get(a).type == ActorType.ORGANIZATION ? a : -1;
    }
}
