package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramatis.nlp.EntityMention;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;

/**
 * Relations between actors other than posts and structure (see {@link StructureRules}): verb triggers from
 * {@code relations.tsv} (support, oppose, accuse, fund, represent ...) and education. One-word markers ("Iran-backed",
 * "terrorist", "born", nationality) are {@link MarkerRules}', relation nouns ("a rival of Y") {@link RelationNouns}',
 * aid ("receives weapons from Y") {@link AidRules}'.
 */
final class RelationRules implements ExtractionRule {
    /** Offices whose backing is backing of their holder ("the government of X", "his cabinet", "her candidacy"). */
    private static final Set<String> HELD_BY = Set.of("government", "cabinet", "candidacy", "nomination", "assignment",
            "appointment", "premiership", "presidency", "reelection", "re-election", "leadership", "bid", "regime");
    /** Stances toward an office that are stances toward its holder ("supports / opposes the government of X"). */
    private static final Set<FactKind> OFFICE_STANCES = Set.of(FactKind.SUPPORTS, FactKind.OPPOSES, FactKind.APPOINTED);
    private static final Set<String> CLIMB = Set.of("xcomp", "advcl", "acl", "conj:and", "ccomp", "advcl:to", "acl:to", "nmod:of", "obj", "dep");

    /** Stances a spokesman states on his body's behalf. */
    private static final Set<FactKind> SPOKEN_STANCES = Set.of(FactKind.OPPOSES, FactKind.ACCUSES, FactKind.SUPPORTS,
            FactKind.THREATENS);

    /** Words that found a group: "form a coalition", "the formation of a coalition". */
    private static final Set<String> FOUNDING = Set.of("form", "formation", "found", "founding", "create", "creation",
            "establish", "establishment", "launch");

    private final Lexicons lex;
    private final MarkerRules markers;

    RelationRules(Lexicons lex) {
        this.lex = lex;
        this.markers = new MarkerRules(lex);
    }

    @Override
    public String id() {
        return "relations";
    }

    @Override
    public String description() {
        return "stances, backing and accusations told by verbs (\"X supports Y\"), education, and the one-word markers of MarkerRules (\"Iran-backed\", \"born\", nationality)";
    }

    @Override
    public Set<String> requires() {
        return Set.of("mentions", "references", "dates", "posts");
    }

    @Override
    public Set<String> provides() {
        return Set.of("relations");
    }

    @Override
    public void apply(SentenceView v, DocContext ctx, RuleOutput out) {
        FactSink sink = out.facts;
        for (int i = 0; i < v.size(); i++) {
            if (v.isVerb(i)) {
                verbTriggers(v, ctx, sink, i);
            }
            markers.born(v, ctx, sink, i);
            receivedFrom(v, ctx, sink, i);
            markers.backedCompound(v, ctx, sink, i);
            markers.designation(v, ctx, sink, i);
            if (v.isNoun(i)) {
                markers.nounTriggers(v, ctx, sink, i);
            }
        }
    }

    private void verbTriggers(SentenceView v, DocContext ctx, FactSink sink, int i) {
        for (Lexicons.RelationTrigger t : lex.relations(v.lemma(i))) {
            if (t.adjective()) {
                continue;
            }
            int obj = v.first(i, "obj");
            // "brought together X and Y": the required word may be the verb's particle rather than its object.
            boolean particle = t.objectLemma() != null && (v.hasChildLemma(i, "compound:prt", t.objectLemma())
                    || v.hasChildLemma(i, "advmod", t.objectLemma()));
            if (t.objectLemma() != null && !particle && (obj < 0 || !v.lemma(obj).equals(t.objectLemma()))) {
                continue;
            }
            // "X is armed and funded by Y": conjoined passive participles share the passive subject and the agent.
            int conjHead = v.governor(i, "conj:and", "conj:or");
            int passSubj = firstOf(v, "nsubj:pass", i, conjHead);
            boolean participle = v.pos(i).equals("VBN");
            boolean passive = passSubj >= 0 && (v.first(i, "nsubj:pass") >= 0 || participle);
            int agent = v.first(i, "obl:by", "obl:agent");
            if (agent < 0 && (passive || participle)) {
                for (int c : v.dependents(i, "conj:and")) {
                    agent = agent >= 0 ? agent : v.first(c, "obl:by", "obl:agent");
                }
                agent = agent >= 0 ? agent : conjHead >= 0 ? v.first(conjHead, "obl:by", "obl:agent") : -1;
            }
            if (!passive && participle && agent >= 0) {
                // The parser reads "is armed and funded by Y" as an adjective with a copula: still a passive.
                passSubj = firstOf(v, "nsubj", i, conjHead);
                passive = passSubj >= 0;
            }
            // "X is aligned with Y", "X is affiliated with Y": a passive naming no agent says it of its own subject.
            boolean ofPassiveSubject = passive && agent < 0 && t.preposition() != null;
            int subjectToken = ofPassiveSubject ? passSubj : passive ? agent : v.first(i, "nsubj");
            int subject = ofPassiveSubject ? ctx.actorOf(v, passSubj) : passive ? ctx.actorOf(v, agent) : subjectOf(v, ctx, i, true);
            if (subject < 0 && !passive && !hasAnySubject(v)) {
                // A fragment with no subject at all ("..., and accused X of ...") continues the previous sentence's speaker.
                subject = ctx.previousSentenceSubject(v);
            }
            int objectToken;
            int object;
            if (t.preposition() != null) {
                objectToken = v.first(i, "obl:" + t.preposition(), "nmod:" + t.preposition());
                if (objectToken < 0 && obj >= 0) {
                    objectToken = v.first(obj, "nmod:" + t.preposition());
                }
            } else {
                objectToken = passive ? passSubj : obj;
            }
            if (!passive) {
                subject = nameBeforeVerb(v, ctx, i, subject);
            }
            object = ctx.actorOf(v, objectToken);
            if (object >= 0 && subject >= 0 && (object == subject || ctx.samePerson(object, subject)) && v.isPronoun(objectToken)) {
                // "Although he backed X's deputy, Y, Z turned against him": the pronoun is someone other than the subject.
                object = ctx.resolvePersonExcept(v, objectToken, subject);
            }
            if (object < 0 && objectToken >= 0 && t.kinds().stream().anyMatch(OFFICE_STANCES::contains)) {
                // "supports the government of X", "voted for his cabinet": backing a post-holder's office backs the holder.
                object = holderOf(v, ctx, objectToken);
            }
            if (subject < 0 || object < 0) {
                continue;
            }
            EntityMention date = v.dateOf(i);
            for (int s2 : withConjuncts(v, ctx, subject, subjectToken)) {
                for (int o2 : withConjuncts(v, ctx, object, objectToken)) {
                    for (FactKind k : t.kinds()) {
                        FactKind kind = k == FactKind.SUPPORTS && v.lemma(i).equals("back") && isState(ctx, s2)
                                && ctx.mentions.get(o2).type == ActorType.ORGANIZATION ? FactKind.BACKS : k;
                        kind = t.reverse() ? fit(ctx, kind, o2, s2) : fit(ctx, kind, s2, o2);
                        if (kind == FactKind.PART_OF && t.reverse() && ctx.mentions.get(s2).type != ActorType.ORGANIZATION) {
                            // "the bloc brought together X and Y" nests them; "Qatar brought together X and Y" mediates.
                            continue;
                        }
                        if (kind == null) {
                            continue;
                        }
                        if (t.reverse()) {
                            sink.add(kind, o2, s2, null, null, date, v, i, ctx);
                        } else {
                            sink.add(kind, s2, o2, null, null, date, v, i, ctx);
                            int body = spokesmanBody(ctx, s2);
                            if (body >= 0 && SPOKEN_STANCES.contains(kind)) {
                                // A spokesman's stance is his organization's: he speaks for it by office.
                                sink.add(kind, body, o2, null, null, date, v, i, ctx);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * "X, which receives training and funding from Y": the parser often reads "receives" as an adjective of the noun,
     * so the surface order decides: a receive word, a received thing from the lexicon's receive triggers within a few
     * words, then "from" and an actor. The receiver is the noun a relative pronoun before the verb stands for.
     */
    private void receivedFrom(SentenceView v, DocContext ctx, FactSink sink, int i) {
        List<Lexicons.RelationTrigger> triggers = lex.relations(v.lemma(i));
        if (triggers.isEmpty() || v.isVerb(i) && v.first(i, "obj") >= 0) {
            return;
        }
        Lexicons.RelationTrigger found = null;
        int from = -1;
        for (int k = i + 1; k < Math.min(v.size(), i + 7) && from < 0; k++) {
            for (Lexicons.RelationTrigger t : triggers) {
                if (t.objectLemma() != null && t.objectLemma().equals(v.lemma(k)) && t.preposition() != null) {
                    found = found == null ? t : found;
                }
            }
            if (found != null && v.lower(k).equals(found.preposition())) {
                from = k;
            }
        }
        if (from < 0 || from + 1 >= v.size()) {
            return;
        }
        int giver = from + 2 < v.size() && v.lower(from + 1).equals("the") ? v.mentionAt[from + 2] : v.mentionAt[from + 1];
        int receiver = -1;
        if (i >= 3 && Set.of("which", "who", "that").contains(v.lower(i - 1)) && v.lower(i - 2).equals(",")) {
            int noun = i - 3;
            receiver = ctx.actorOf(v, noun);
            if (receiver < 0 && DocContext.isGroupNoun(v.lemma(noun))) {
                receiver = ctx.resolve(v, noun, false);
            }
        } else if (v.isVerb(i)) {
            receiver = subjectOf(v, ctx, i, true);
        }
        if (giver < 0 || receiver < 0) {
            return;
        }
        for (FactKind kind : found.kinds()) {
            if (found.reverse()) {
                sink.add(kind, giver, receiver, null, null, v.dateOf(i), v, i, ctx);
            } else {
                sink.add(kind, receiver, giver, null, null, v.dateOf(i), v, i, ctx);
            }
        }
    }

    /**
     * The subject when the parser took the first of several appositives for it: in "X's predecessor, Y, Z turned", the
     * name standing right before the verb and hung on the subject as an appositive is the one acting.
     */
    private static int nameBeforeVerb(SentenceView v, DocContext ctx, int verb, int subject) {
        int subjectToken = v.first(verb, "nsubj");
        if (subjectToken < 0) {
            return subject;
        }
        for (int a : v.dependents(subjectToken, "appos")) {
            int m = v.mentionAt[a];
            if (m >= 0 && m != subject && ctx.mentions.get(m).type == ActorType.PERSON && ctx.mentions.get(m).tokenEnd == verb) {
                return m;
            }
        }
        return subject;
    }

    /** The subject of "form a group" / "the formation of a group" for an unnamed group noun, or -1. */
    private int founderOf(SentenceView v, DocContext ctx, int group) {
        if (!DocContext.isGroupNoun(v.lemma(group)) || v.hasChildLemma(group, "det", "the")) {
            return -1;
        }
        int verb = v.governor(group, "obj");
        if (verb < 0 || !FOUNDING.contains(v.lemma(verb))) {
            int noun = v.governor(group, "nmod:of");
            verb = noun >= 0 && FOUNDING.contains(v.lemma(noun)) ? v.governor(noun, "obj") : -1;
        }
        if (verb < 0) {
            return -1;
        }
        int founder = ctx.actorOf(v, v.first(verb, "nsubj"));
        return founder >= 0 && ctx.mentions.get(founder).type != ActorType.LOCATION ? founder : -1;
    }

    /** Whether a noun names an office its owner holds ("X's government", "Y's regime"). */
    static boolean namesOffice(String lemma) {
        return HELD_BY.contains(lemma);
    }

    /**
     * The holder of the office a noun names, or -1: "the government of X", "his cabinet", "a government led by X", and
     * an unqualified "the government" (see {@link #headOfGovernment}).
     */
    int holderOf(SentenceView v, DocContext ctx, int token) {
        if (token < 0 || !HELD_BY.contains(v.lemma(token))) {
            return -1;
        }
        int holder = ctx.actorOf(v, v.first(token, "nmod:of", "nmod:poss"));
        for (int led : v.dependents(token, "acl")) {
            // "a government led by X", "the cabinet headed by X".
            if (holder < 0 && Set.of("lead", "head", "form", "chair").contains(v.lemma(led))) {
                holder = ctx.actorOf(v, v.first(led, "obl:by", "obl:agent"));
            }
        }
        return holder >= 0 ? holder : headOfGovernment(v, ctx.known, token);
    }

    /**
     * "gave its support to the government": an unqualified "the government" is the head of government the document
     * names (its latest current prime minister), or -1.
     */
    private int headOfGovernment(SentenceView v, List<FactClaim> known, int token) {
        if (token < 0 || !v.lemma(token).equals("government") || !v.hasChildLemma(token, "det", "the")
                || v.first(token, "nmod:of", "nmod:poss", "amod", "compound") >= 0) {
            return -1;
        }
        int holder = -1;
        for (FactClaim f : known) {
            boolean former = f.value() != null && f.value().startsWith("former");
            if (f.kind() == FactKind.ROLE && lex.headsOfGovernment.contains(f.role()) && !former) {
                holder = f.subject();
            }
        }
        return holder;
    }

    private static boolean hasAnySubject(SentenceView v) {
        for (int t = 0; t < v.size(); t++) {
            if (v.relationToHead(t).startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** The organization the document names {@code person} spokesman of, or -1. */
    private int spokesmanBody(DocContext ctx, int person) {
        if (person < 0 || ctx.mentions.get(person).type != ActorType.PERSON) {
            return -1;
        }
        for (FactClaim f : ctx.known) {
            if (f.kind() == FactKind.ROLE && f.object() >= 0 && lex.speakerRoles.contains(f.role()) && ctx.samePerson(f.subject(), person)
                    && ctx.mentions.get(f.object()).type == ActorType.ORGANIZATION) {
                return f.object();
            }
        }
        return -1;
    }

    private static int firstOf(SentenceView v, String rel, int... tokens) {
        for (int t : tokens) {
            int d = t >= 0 ? v.first(t, rel) : -1;
            if (d >= 0) {
                return d;
            }
        }
        return -1;
    }

    /**
     * The kind a relation between these actors takes, or null when they cannot stand in it: only bodies represent
     * ("speaks for Y" of a person is a spokesman's post), only a person is born, and only in a place; a person is part
     * of a body as its member.
     */
    static FactKind fit(DocContext ctx, FactKind kind, int subject, int object) {
        ActorType s = ctx.mentions.get(subject).type;
        ActorType o = ctx.mentions.get(object).type;
        return switch (kind) {
            case REPRESENTS -> s == ActorType.PERSON ? null : kind;
            case BORN -> s == ActorType.PERSON && o != ActorType.PERSON && o != ActorType.ORGANIZATION ? kind : null;
            case PART_OF -> s == ActorType.PERSON ? FactKind.MEMBER : kind;
            default -> kind;
        };
    }

    private static boolean isState(DocContext ctx, int m) {
        ActorType t = ctx.mentions.get(m).type;
        return t == ActorType.COUNTRY || t == ActorType.LOCATION;
    }

    /** The actor and the actors conjoined with its token ("A, B and C"). */
    static List<Integer> withConjuncts(SentenceView v, DocContext ctx, int actor, int token) {
        List<Integer> out = new ArrayList<>(List.of(actor));
        if (token < 0) {
            return out;
        }
        // A long list often comes as bare "conj" when its "and" hangs elsewhere in the parse.
        for (int c : v.dependents(token, "conj:and", "conj:or", "conj")) {
            int a = ctx.actorOf(v, c);
            if (a >= 0 && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The actor doing what verb {@code i} says: its subject, else the subject of the clause it hangs from. */
    int subjectOf(SentenceView v, DocContext ctx, int i) {
        return subjectOf(v, ctx, i, false);
    }

    /**
     * @param strict stop at a clause that has a subject of its own that names no actor (relations need this: "X said
     *               his country supports Y" is not X supporting Y); events stay lenient, as participants are looser
     */
    int subjectOf(SentenceView v, DocContext ctx, int i, boolean strict) {
        int t = i;
        for (int depth = 0; t >= 0 && depth < 4; depth++) {
            int subjectToken = v.first(t, "nsubj", "nsubj:xsubj");
            if (subjectToken < 0 && v.isVerb(t)) {
                subjectToken = DocContext.subjectToken(v, t);
            }
            int s = ctx.actorOf(v, subjectToken);
            if (s >= 0) {
                return s;
            }
            if (subjectToken >= 0 && v.mentionAt[subjectToken] < 0) {
                // "X announced the formation of a coalition that ... to support Y": the unnamed new group acts for its founder.
                int founder = founderOf(v, ctx, subjectToken);
                if (founder >= 0) {
                    return founder;
                }
            }
            if (subjectToken >= 0 && v.relationToHead(t).equals("acl:relcl")) {
                // "to find the men who murdered X": the relative clause's subject is the unnamed noun it describes.
                return -1;
            }
            if (strict && subjectToken >= 0 && !v.relationToHead(t).startsWith("xcomp") && !v.relationToHead(t).startsWith("conj")) {
                // "X said his country supports Y": a clause with a subject of its own is not X's doing.
                return -1;
            }
            if (!CLIMB.contains(v.relationToHead(t)) && !v.relationToHead(t).startsWith("advcl")
                    && !v.relationToHead(t).startsWith("acl")) {
                return -1;
            }
            t = v.head(t);
        }
        return -1;
    }

}
