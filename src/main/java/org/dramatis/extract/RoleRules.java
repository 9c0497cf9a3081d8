package org.dramatis.extract;

import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;

/**
 * Posts held: titles (see {@link TitleRules}), role verbs ("X heads Y", "Y, led by X", "X leads the operations of
 * Y"), "assume command of Y", appointments ("A appointed X", "to head Y") and predecessors ("X's predecessor, Y" gives
 * Y X's state post with value "former").
 */
final class RoleRules implements ExtractionRule {

    private final TitleWords titleWords;
    private final PlaceWords places;
    private final EventWords events;
    private final TitleRules titles;
    private final BodyWords bodies;

    RoleRules(TitleWords titles, PlaceWords places, BodyWords bodies, EventWords events) {
        this.titleWords = titles;
        this.bodies = bodies;
        this.places = places;
        this.events = events;
        this.titles = new TitleRules(titles, places, bodies, events);
    }

    private static final RuleSpec SPEC = new RuleSpec("roles",
            "posts held: titles (\"Defence Minister X\"), role verbs (\"X heads Y\"), appointments, successions and predecessors",
            Set.of("mentions", "references", "dates"), Set.of("posts"));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public void apply(SentenceView v, DocContext ctx, RuleOutput out) {
        FactSink sink = out.facts;
        int coveredUntil = 0;
        for (int i = 0; i < v.size(); i++) {
            if (i >= coveredUntil) {
                coveredUntil = titles.titleAt(v, ctx, sink, i);
            }
            if (v.isNoun(i)) {
                predecessor(v, ctx, sink, i);
                personsBody(v, ctx, sink, i);
            }
            if (v.isVerb(i)) {
                roleVerb(v, ctx, sink, i);
                assumeCommand(v, ctx, sink, i);
                ministryTaken(v, ctx, sink, i);
                appointed(v, ctx, sink, i);
                succession(v, ctx, sink, i);
            }
        }
    }

    /**
     * "X's predecessor, Y" / "Y, X's predecessor": Y held the post the document already gives X (same body), and no
     * longer holds it (value "former").
     */
    private void predecessor(SentenceView v, DocContext ctx, FactSink sink, int i) {
        if (!v.lemma(i).equals("predecessor")) {
            return;
        }
        int holder = TitleRules.personAt(v, ctx, v.first(i, "nmod:poss", "nmod:of"));
        int other = TitleRules.personAt(v, ctx, v.first(i, "appos"));
        if (other < 0) {
            int g = v.governor(i, "appos");
            other = g >= 0 ? TitleRules.personAt(v, ctx, g) : -1;
        }
        if (holder < 0 || other < 0) {
            return;
        }
        for (FactClaim f : List.copyOf(ctx.known)) {
            if (f.kind() == FactKind.ROLE && f.object() >= 0 && ctx.samePerson(f.subject(), holder) && TitleRules.isStateTitle(titleWords, f.role())) {
                sink.add(FactKind.ROLE, other, f.object(), f.role(), "former", null, null, v, i, ctx);
                return;
            }
        }
    }

    /** Whether a body's name ({@code head} its last word) names a body every state has. */
    private boolean stateBody(String name, String head) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "").strip();
        return bodies.stateBodies().contains(head) || bodies.legislatures().contains(head) || bodies.legislatures().contains(n)
                || bodies.bodyConcept(n) != null;
    }

    /**
     * "Oren Falk's Fatah Alliance", "the Azm alliance of Khamis al-Khanjar", "Oren Falk, whose Fatah Alliance won": a
     * party or armed group owned by a named person is led by that person. A pronoun owner ("his party") says less and is left alone.
     * A state's body is not ("Haddad's foreign ministry", "Haddad's parliament": the state he leads owns it;
     * {@code state-bodies.txt}, {@code legislatures.txt}, {@code org-bodies.txt}).
     */
    private void personsBody(SentenceView v, DocContext ctx, FactSink sink, int i) {
        int body = v.mentionAt[i];
        if (body < 0 || ctx.mentions.get(body).tokenEnd - 1 != i || ctx.mentions.get(body).type != ActorType.ORGANIZATION
                || stateBody(ctx.mentions.get(body).text, v.lower(i))) {
            return;
        }
        for (Dependency d : v.children(i)) {
            int owner = v.mentionAt[d.dependent()];
            boolean named = owner >= 0 && !v.isPronoun(d.dependent()) && ctx.mentions.get(owner).type == ActorType.PERSON
                    && ctx.mentions.get(owner).tokenEnd - 1 == d.dependent();
            boolean of = d.relation().equals("nmod:of") && d.dependent() > i;
            if (named && (d.relation().equals("nmod:poss") || of)) {
                sink.add(FactKind.ROLE, owner, body, "leader", null, (String) null, null, v, i, ctx);
            }
            int w = d.dependent();
            if (d.relation().equals("nmod:poss") && v.lower(w).equals("whose") && w >= 2 && v.lower(w - 1).equals(",")) {
                // "Muqtada al-Sadr, whose Sairoon alliance won ...": the person the relative clause describes.
                int person = v.mentionAt[w - 2];
                if (person >= 0 && ctx.mentions.get(person).type == ActorType.PERSON) {
                    sink.add(FactKind.ROLE, person, body, "leader", null, (String) null, null, v, i, ctx);
                }
            }
        }
    }

    /**
     * "X succeeded Y as commander of Z", "X, who succeeded Y at the head of Z", "X replaced Y as head of Z", "X took
     * over from Y as leader of Z": X holds the post from the sentence's date; Y held it until then (value "former").
     */
    private void succession(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String lemma = v.lemma(i);
        boolean takeOver = lemma.equals("take") && v.hasChildLemma(i, "compound:prt", "over");
        if (!lemma.equals("succeed") && !lemma.equals("replace") && !takeOver) {
            return;
        }
        int subject = v.first(i, "nsubj");
        int before = takeOver ? v.first(i, "obl:from") : v.first(i, "obj");
        int holder = subject >= 0 ? ctx.actorOf(v, subject) : -1;
        int previous = before >= 0 ? ctx.actorOf(v, before) : -1;
        if (holder < 0 || previous < 0 || ctx.mentions.get(holder).type != ActorType.PERSON
                || ctx.mentions.get(previous).type != ActorType.PERSON) {
            return;
        }
        int as = v.first(i, "obl:as");
        int at = v.first(i, "obl:at");
        String role = as >= 0 ? titleWords.role(v.lemma(as)) : at >= 0 && v.lemma(at).equals("head") ? "head" : null;
        int post = as >= 0 ? as : at;
        int of = role == null ? -1 : v.first(post, "nmod:of");
        int body = of >= 0 ? v.mentionAt[of] : -1;
        if (body < 0 || ctx.mentions.get(body).type == ActorType.PERSON) {
            return;
        }
        String date = sink.start(v.dateOf(i));
        sink.add(FactKind.ROLE, holder, body, role, null, date, null, v, i, ctx);
        sink.add(FactKind.ROLE, previous, body, role, "former", null, date, v, i, ctx);
    }

    private void roleVerb(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String role = titleWords.roleVerbs().get(v.lemma(i));
        if (role == null) {
            return;
        }
        int person = TitleRules.personAt(v, ctx, v.first(i, "nsubj"));
        // "X, 53, has headed the Y since 2016": the parser sometimes takes the body for an indirect object.
        int obj = v.first(i, "obj", "iobj");
        int org = ctx.actorOf(v, obj);
        if (org < 0 && obj >= 0 && v.isNoun(obj) && person >= 0 && events.event(v.lemma(obj)) == null
                && !titleWords.occasionNouns().contains(v.lemma(obj))) {
            // "X leads the external operations of Y": a post over a part of Y, named after the part (chairing
            // a meeting of Y is an act, not a post).
            org = ctx.actorOf(v, v.first(obj, "nmod:of"));
            role = org >= 0 ? role + " of " + RoleNames.modifiedNoun(v, obj) : role;
        }
        int surface = ledByNameBefore(v, ctx, i);
        if (surface >= 0) {
            person = v.mentionAt[i - 1];
            org = surface;
        }
        if (org < 0 && person >= 0 && obj < 0 && v.relationToHead(i).equals("acl:relcl")) {
            // "Y, the faction that X led until 2020": the noun the clause describes is what X led.
            int described = ctx.actorOf(v, v.head(i));
            org = described >= 0 && ctx.mentions.get(described).type == ActorType.ORGANIZATION ? described : -1;
        }
        if (person < 0) {
            person = TitleRules.personAt(v, ctx, v.first(i, "obl:by", "obl:agent", "nmod:agent"));
            if (person >= 0) {
                org = ctx.actorOf(v, v.governor(i, "acl", "nsubj:pass"));
                if (org < 0) {
                    org = ctx.actorOf(v, v.first(i, "nsubj:pass"));
                }
                if (org < 0 && v.pos(i).equals("VBN")) {
                    // "Y, the party led by X": a parse that takes "the party" for the subject of "led".
                    org = ctx.actorOf(v, v.first(i, "nsubj"));
                }
            }
        }
        if (person >= 0 && org >= 0 && ctx.mentions.get(org).type != ActorType.PERSON) {
            EntityMention date = v.dateOf(i);
            if (!ministerOf(v, ctx, sink, person, org, date, i)) {
                sink.add(FactKind.ROLE, person, org, role, null, date, v, i, ctx);
            }
            // "X leads both the Union of Law and the Renewal Party": each body joined to the object holds the post.
            for (int c : obj >= 0 && v.mentionAt[obj] == org ? v.dependents(obj, "conj", "conj:and", "conj:or") : List.<Integer>of()) {
                int other = ctx.actorOf(v, c);
                if (other >= 0 && other != org && ctx.mentions.get(other).type == ActorType.ORGANIZATION
                        && !ministerOf(v, ctx, sink, person, other, date, i)) {
                    sink.add(FactKind.ROLE, person, other, role, null, date, v, i, ctx);
                }
            }
        }
    }

    /**
     * "Y, the faction X led until 2020": the surface order (body, comma, "the", group noun, person, verb), which
     * parsers hang in many ways. The body, or -1.
     */
    private static int ledByNameBefore(SentenceView v, DocContext ctx, int i) {
        int p = i > 0 ? v.mentionAt[i - 1] : -1;
        if (p < 0 || ctx.mentions.get(p).type != ActorType.PERSON || ctx.mentions.get(p).tokenEnd != i) {
            return -1;
        }
        int g = ctx.mentions.get(p).tokenBegin - 1;
        if (g < 3 || !ctx.isGroupNoun(v.lemma(g)) || v.mentionAt[g] >= 0 || !v.lower(g - 1).equals("the")
                || !v.lower(g - 2).equals(",")) {
            return -1;
        }
        int org = v.mentionAt[g - 3];
        return org >= 0 && ctx.mentions.get(org).type == ActorType.ORGANIZATION && ctx.mentions.get(org).tokenEnd == g - 2 ? org : -1;
    }

    /**
     * "X ran the Ministry of Finance", "X took over the ministry of the interior": whoever heads a ministry holds the
     * state post "minister of finance" (of the document's home state, when it has one). False when {@code org} is no
     * ministry with a portfolio in its name.
     */
    private boolean ministerOf(SentenceView v, DocContext ctx, FactSink sink, int person, int org, EntityMention date, int i) {
        String post = RoleNames.ministerPost(titleWords, places, ctx.mentions.get(org));
        if (post == null) {
            return false;
        }
        int state = ctx.mainCountry(v.sentence.index());
        sink.add(FactKind.ROLE, person, state, post, state >= 0 ? "inferred" : null, date, v, i, ctx);
        return true;
    }

    /** "X took over the ministry of the interior", "X assumed the Ministry of Oil": the post of its minister. */
    private void ministryTaken(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String lemma = v.lemma(i);
        boolean takes = lemma.equals("take") && v.hasChildLemma(i, "compound:prt", "over") || lemma.equals("assume");
        int obj = takes ? v.first(i, "obj") : -1;
        int org = ctx.actorOf(v, obj);
        int person = TitleRules.personAt(v, ctx, DocContext.subjectToken(v, i));
        if (org >= 0 && person >= 0) {
            ministerOf(v, ctx, sink, person, org, v.dateOf(i), i);
        }
    }

    private void assumeCommand(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String lemma = v.lemma(i);
        if (!lemma.equals("assume") && !lemma.equals("take")) {
            return;
        }
        int obj = v.first(i, "obj");
        if (obj < 0 || !titleWords.commandNouns().contains(v.lemma(obj))) {
            return;
        }
        int org = ctx.actorOf(v, v.first(obj, "nmod:of"));
        int person = TitleRules.personAt(v, ctx, v.first(i, "nsubj"));
        if (org >= 0 && person >= 0) {
            sink.add(FactKind.ROLE, person, org, "head", null, v.dateOf(i), v, i, ctx);
        }
    }

    /** "A appointed X (as) <title> / to head Y": APPOINTED(A, X), and ROLE(X, Y) for "to head/lead Y". */
    private void appointed(SentenceView v, DocContext ctx, FactSink sink, int i) {
        if (!titleWords.namingVerbs().contains(v.lemma(i))) {
            return;
        }
        int agent = ctx.actorOf(v, DocContext.subjectToken(v, i));
        int appointee = TitleRules.personAt(v, ctx, v.first(i, "obj"));
        if (appointee < 0) {
            appointee = TitleRules.personAt(v, ctx, v.first(i, "nsubj:pass"));
            if (agent < 0) {
                agent = ctx.actorOf(v, v.first(i, "obl:by", "obl:agent"));
            }
        }
        EntityMention date = v.dateOf(i);
        if (agent >= 0 && appointee >= 0 && v.first(i, "nsubj") >= 0 || agent >= 0 && appointee >= 0) {
            sink.add(FactKind.APPOINTED, agent, appointee, null, null, date, v, i, ctx);
        }
        int x = v.first(i, "xcomp");
        if (x >= 0 && appointee >= 0 && titleWords.roleVerbs().containsKey(v.lemma(x))) {
            int org = ctx.actorOf(v, v.first(x, "obj"));
            if (org >= 0) {
                sink.add(FactKind.ROLE, appointee, org, titleWords.roleVerbs().get(v.lemma(x)), null, date, v, i, ctx);
            }
        }
    }

}
