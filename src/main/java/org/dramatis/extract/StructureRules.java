package org.dramatis.extract;

import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;

/**
 * How bodies nest and who belongs to them: part-of ("X, one of the groups of Y", "X is part of the armed forces of
 * Y", "integrated into / attached to the state", "the Vanguard Corps of Dastgar", "the Storm Force of Dastgar's Guard
 * Corps", "another Y faction", "one of the factions under the umbrella of Y", "X, the most powerful of the factions
 * within Y", "X became a formal part of the Iraqi armed forces") and membership ("X is a member of Y", "X, a
 * fighter of Y", "among its winners was X", the byline "X of Y").
 */
final class StructureRules {
    private static final Set<String> REQUIRES = Set.of("mentions", "references", "dates", "posts");

    private final BodyWords bodies;
    private final PlaceWords places;
    private final RelationWords relations;
    private final GroupOwners groups;

    StructureRules(BodyWords bodies, PlaceWords places, RelationWords relations) {
        this.bodies = bodies;
        this.places = places;
        this.relations = relations;
        this.groups = new GroupOwners(bodies);
    }

    /** The structure rules in run order; each looks at every token of a sentence. */
    static List<ExtractionRule> rules(BodyWords bodies, PlaceWords places, RelationWords relations) {
        StructureRules r = new StructureRules(bodies, places, relations);
        return List.of(
                new TokenRule(new RuleSpec("integrated",
                        "part of told by a verb (\"integrated into the armed forces of Y\", \"attached to the state\")",
                        REQUIRES, Set.of("integrated")), (v, ctx, sink, i) -> {
                            if (v.isVerb(i)) {
                                r.integrated(v, ctx, sink, i);
                            }
                        }),
                new TokenRule(new RuleSpec("state-bodies",
                        "a state's own bodies and forces (\"Iran's Quds Force\", \"the Coastal Guard of Veloria\") and the"
                                + " groups it leads (\"the US-led coalition\")",
                        REQUIRES, Set.of("state-bodies")), (v, ctx, sink, i) -> {
                            r.forceOfState(v, ctx, sink, i);
                            r.bodyOfState(v, ctx, sink, i);
                            r.ledByState(v, ctx, sink, i);
                        }),
                new TokenRule(new RuleSpec("part-of", "what is part of what (\"X, one of the groups of Y\", \"X is part of Y\")",
                        REQUIRES, Set.of("part-of")), r::partOf),
                new TokenRule(new RuleSpec("membership",
                        "who is a member of what (\"X, a member of Y\", \"X, a fighter of Y\", the byline \"X of Y\")",
                        REQUIRES, Set.of("membership")), (v, ctx, sink, i) -> {
                            if (v.isNoun(i)) {
                                r.membership(v, ctx, sink, i);
                            }
                        }));
    }

    /**
     * "the Vanguard Corps of Dastgar", "the Coastal Guard of Veloria": a force named with a place it belongs to is
     * part of that state. Institutions keep "of" inside their name ("Central Bank of Qadira") and say nothing.
     */
    private void forceOfState(SentenceView v, DocContext ctx, FactSink sink, int i) {
        int m = v.mentionAt[i];
        if (m < 0 || ctx.mentions.get(m).tokenEnd - 1 != i || ctx.mentions.get(m).type != ActorType.ORGANIZATION
                || i + 2 >= v.size() || !v.lower(i + 1).equals("of")) {
            return;
        }
        MentionFinder.Draft force = ctx.mentions.get(m);
        int at = v.lower(i + 2).equals("the") ? i + 3 : i + 2;
        if (at + 1 < v.size() && v.mentionAt[at] < 0 && places.foreignMarkers().contains(v.lower(at))) {
            // "the Guard Corps of neighbouring Y".
            at++;
        }
        int place = at < v.size() ? v.mentionAt[at] : -1;
        if (place < 0 || ctx.mentions.get(place).tokenBegin != at || !bodies.orgHeads().contains(v.lower(i))
                || DocContext.isInstitution(bodies, force.text)) {
            return;
        }
        ActorType type = ctx.mentions.get(place).type;
        int after = ctx.mentions.get(place).tokenEnd;
        int owner = after + 1 < v.size() && v.lower(after).equals("'s") ? v.mentionAt[after + 1] : -1;
        if (owner >= 0 && ctx.mentions.get(owner).type == ActorType.ORGANIZATION && (type == ActorType.COUNTRY || type == ActorType.LOCATION)) {
            // "the Storm Force of Veloria's Guard Corps": the force is part of the corps, the corps of the state.
            sink.add(FactKind.PART_OF, m, owner, null, null, null, v, i, ctx);
            sink.add(FactKind.PART_OF, owner, place, null, null, null, v, after + 1, ctx);
        } else if (type == ActorType.COUNTRY || type == ActorType.LOCATION
                || type == ActorType.ORGANIZATION && bodies.stateBodies().contains(v.lower(i))) {
            // "the Quds Force of the Revolutionary Guards": a state's body of another of its bodies.
            sink.add(FactKind.PART_OF, m, place, null, null, null, v, i, ctx);
        }
    }

    /**
     * "the US-led coalition": the state leads the group, so backs it (a state that commands a group backs it, in
     * docs/annotation.md); the state is a mention the document names on its own.
     */
    private void ledByState(SentenceView v, DocContext ctx, FactSink sink, int i) {
        int m = v.mentionAt[i];
        if (m < 0 || ctx.mentions.get(m).tokenBegin != i || ctx.mentions.get(m).type != ActorType.ORGANIZATION) {
            return;
        }
        String first = ctx.mentions.get(m).text.split(" ")[0];
        if (!first.endsWith("-led") || first.length() <= 4) {
            return;
        }
        int state = stateNamedBy(ctx, first.substring(0, first.length() - 4));
        if (state >= 0) {
            sink.add(FactKind.BACKS, state, m, null, null, null, null, v, i, ctx);
        }
    }

    /** The document's mention of the state a word names, as its adjective ("Iranian") or its name ("US"); or -1. */
    private int stateNamedBy(DocContext ctx, String word) {
        String named = places.countryOfDemonym(word);
        return DocContext.stateNamed(ctx.mentions, named != null ? named : word);
    }

    /**
     * "Iran's Quds Force", "the US Treasury", "the Iraqi Ministry of Defence": a state's own body (its last word, or
     * the word before its "of", in the state-bodies lexicon) qualified by a state, as a possessive or a modifier or as
     * the first word of its name, is part of that state. Parties and movements are no state bodies.
     */
    private void bodyOfState(SentenceView v, DocContext ctx, FactSink sink, int i) {
        int m = v.mentionAt[i];
        if (m < 0 || ctx.mentions.get(m).tokenEnd - 1 != i || ctx.mentions.get(m).type != ActorType.ORGANIZATION
                || !stateBodyName(v, ctx.mentions.get(m))) {
            return;
        }
        MentionFinder.Draft body = ctx.mentions.get(m);
        int state = -1;
        for (int t = body.tokenBegin; t < body.tokenEnd && state < 0; t++) {
            for (Dependency d : v.children(t)) {
                int c = v.mentionAt[d.dependent()];
                String rel = d.relation();
                boolean qualifies = rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod");
                if (qualifies && c >= 0 && c != m && ctx.mentions.get(c).type == ActorType.COUNTRY) {
                    state = c;
                }
            }
        }
        String first = body.text.split(" ")[0];
        if (state < 0 && body.text.contains(" ")) {
            // "the US Treasury": the state is the first word of the body's name.
            state = stateNamedBy(ctx, first);
        }
        if (state >= 0) {
            sink.add(FactKind.PART_OF, m, state, null, null, null, v, i, ctx);
        }
    }

    /**
     * Whether a name is a state body's: its last word is in the state-bodies lexicon ("the US Treasury"), or the word
     * before its first "of" is ("the Ministry of Defence", "the Department of State").
     */
    private boolean stateBodyName(SentenceView v, MentionFinder.Draft body) {
        if (bodies.stateBodies().contains(v.lower(body.tokenEnd - 1))) {
            return true;
        }
        for (int t = body.tokenBegin + 1; t < body.tokenEnd - 1; t++) {
            if (v.lower(t).equals("of")) {
                return bodies.stateBodies().contains(v.lower(t - 1));
            }
        }
        return false;
    }

    /**
     * "X, one of the (largest) groups of Y" / "X, a faction of Y" / "X is part of Y" / "X, the most powerful of the
     * factions within Y".
     */
    private void partOf(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String lemma = v.lemma(i);
        boolean groupNoun = bodies.groupNouns().contains(v.lower(i)) && v.isNoun(i);
        // "the most powerful of the factions within Y", "another of the factions under the umbrella of Y".
        boolean ofGroups = groups.ownerOf(v, ctx, v.first(i, "nmod:of")) >= 0;
        boolean one = lemma.equals("one") || lemma.equals("part") || groupNoun || ofGroups;
        if (!one || v.mentionAt[i] >= 0 || RelationNouns.isModified(relations, v, i)) {
            // "the political wing of Y" represents Y (RelationNouns), it is no part of it.
            return;
        }
        int whole = -1;
        int group = v.first(i, "nmod:of");
        if (group >= 0) {
            // A bare plural ("the factions within Y", "the Iraqi armed forces") is owned, whatever else it may resolve to.
            whole = v.pos(group).equals("NNS") ? groups.ownerOf(v, ctx, group) : -1;
            whole = whole >= 0 ? whole : stateOf(v, ctx, group);
        }
        if (group >= 0 && whole < 0) {
            whole = ctx.actorOf(v, group);
            if (whole < 0 || ctx.mentions.get(whole).type == ActorType.PERSON) {
                // "part of the armed forces of Y", "part of Y's armed forces".
                whole = ctx.actorOf(v, v.first(group, "nmod:of", "nmod:poss"));
            }
            if (whole < 0) {
                for (int c : v.dependents(group, "compound")) {
                    whole = whole >= 0 ? whole : v.mentionAt[c];
                }
            }
        } else if (group < 0 && groupNoun) {
            whole = groups.ownerOf(v, ctx, i);
        }
        if (whole < 0) {
            return;
        }
        // "part of the armed forces of X": only a state has those, whatever NER called X.
        boolean stateWhole = group >= 0 && bodies.stateNouns().contains(v.lemma(group)) && v.mentionAt[group] < 0;
        int part = -1;
        for (Dependency d : v.parents(i)) {
            if (d.relation().equals("appos") && d.governor() >= 0) {
                part = v.mentionAt[d.governor()];
            }
        }
        if (part < 0 && v.first(i, "cop") >= 0) {
            part = ctx.actorOf(v, v.first(i, "nsubj"));
        }
        int verb = v.head(i);
        if (part < 0 && v.relationToHead(i).equals("xcomp") && relations.linkingVerbs().contains(v.lemma(verb))) {
            // "X became a formal part of Y".
            part = ctx.actorOf(v, v.first(verb, "nsubj", "nsubj:pass"));
        }
        if (part < 0) {
            // "X, the most hardline of the factions grouped under Y": the parse lost the apposition; the surface keeps it.
            int k = i - 1;
            while (k > 0 && (v.pos(k).equals("DT") || v.pos(k).startsWith("RB") || v.pos(k).startsWith("JJ"))) {
                k--;
            }
            int m = k > 0 && v.lower(k).equals(",") ? v.mentionAt[k - 1] : -1;
            part = m >= 0 && ctx.mentions.get(m).tokenEnd == k ? m : -1;
        }
        ActorType wholeType = ctx.mentions.get(whole).type;
        if (part >= 0 && ctx.mentions.get(part).type == ActorType.ORGANIZATION
                && (wholeType == ActorType.ORGANIZATION || wholeType == ActorType.COUNTRY || stateWhole && wholeType == ActorType.LOCATION)) {
            sink.add(FactKind.PART_OF, part, whole, null, null, null, v, i, ctx);
        }
    }

    /**
     * The state whose forces a bare state noun names, or -1: "the Iraqi armed forces" (a demonym), "the state's
     * security forces" (the country the document is about).
     */
    private static int stateOf(SentenceView v, DocContext ctx, int forces) {
        if (!ctx.lex.bodies().stateNouns().contains(v.lemma(forces)) || v.mentionAt[forces] >= 0) {
            return -1;
        }
        for (int a : v.dependents(forces, "amod")) {
            int m = v.mentionAt[a];
            if (m >= 0 && ctx.mentions.get(m).type == ActorType.COUNTRY) {
                return m;
            }
        }
        int owner = v.first(forces, "nmod:poss");
        return owner >= 0 && v.mentionAt[owner] < 0 && v.lemma(owner).equals("state") ? ctx.mainCountry(v.sentence.index()) : -1;
    }

    /**
     * Membership of a person: "X is a member of Y (since 2011)", "X, a member of Y", "among Y's winners was X" (nouns
     * from {@code member-nouns.txt}), and the byline form "X of Y" where
     * Y is an organization ("Lena Vost of the Harbour Institute said"). A post in an organization also makes its holder
     * a member (added by the role rules).
     */
    private void membership(SentenceView v, DocContext ctx, FactSink sink, int i) {
        if (bodies.memberNouns().contains(v.lemma(i)) && v.mentionAt[i] < 0) {
            int org = ctx.actorOf(v, v.first(i, "nmod:of", "nmod:poss"));
            int person = v.first(i, "cop") >= 0 ? ctx.actorOf(v, v.first(i, "nsubj")) : -1;
            if (person < 0) {
                int g = v.governor(i, "appos");
                person = g >= 0 ? ctx.actorOf(v, g) : -1;
            }
            if (person < 0 && v.relationToHead(i).endsWith(":among")) {
                // "Among its winners was X", "X was among the party's candidates".
                person = ctx.actorOf(v, v.head(i));
            }
            if (org >= 0 && person >= 0 && ctx.mentions.get(person).type == ActorType.PERSON
                    && ctx.mentions.get(org).type == ActorType.ORGANIZATION) {
                EntityMention date = v.dateOf(i);
                if (date == null && v.first(i, "cop") >= 0) {
                    date = v.dateOf(v.first(i, "nmod:of"));
                }
                sink.add(FactKind.MEMBER, person, org, null, null, date, v, i, ctx);
            }
            return;
        }
        int person = v.mentionAt[i];
        if (person < 0 || ctx.mentions.get(person).type != ActorType.PERSON || ctx.mentions.get(person).tokenEnd - 1 != i) {
            return;
        }
        int of = v.first(i, "nmod:of");
        int org = of >= 0 ? v.mentionAt[of] : -1;
        int gap = org >= 0 ? ctx.mentions.get(org).tokenBegin - i : 0;
        boolean adjacent = gap == 2 && v.lower(i + 1).equals("of")
                || gap == 3 && v.lower(i + 1).equals("of") && v.lower(i + 2).equals("the");
        if (org >= 0 && adjacent && ctx.mentions.get(org).type == ActorType.ORGANIZATION) {
            sink.add(FactKind.MEMBER, person, org, null, null, null, null, v, i, ctx);
        }
    }

    private void integrated(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String lemma = v.lemma(i);
        if (!lemma.equals("integrate") && !lemma.equals("incorporate") && !lemma.equals("merge") && !lemma.equals("attach")) {
            return;
        }
        // "attached to the armed forces" says it with "to".
        int into = v.first(i, "obl:into", "obl:with", "obl:in", "obl:to");
        if (into < 0) {
            return;
        }
        // "the army", "the armed forces": the state's, not whatever body the noun might be resolved to.
        boolean state = v.mentionAt[into] < 0 && bodies.stateNouns().contains(v.lemma(into)) && v.first(into, "nmod:of", "nmod:poss") < 0;
        int whole = state ? ctx.mainCountry(v.sentence.index()) : ctx.actorOf(v, into);
        int part = ctx.actorOf(v, v.first(i, "nsubj:pass", "nsubj", "nsubj:xsubj"));
        if (part < 0 || part == whole) {
            part = ctx.actorOf(v, v.governor(i, "acl", "amod", "dep"));
        }
        if (part < 0) {
            part = Syntax.subjectOf(v, ctx, i);
        }
        if (part >= 0 && whole >= 0) {
            sink.add(FactKind.PART_OF, part, whole, null, null, v.dateOf(i), v, i, ctx);
        }
    }
}
