package org.dramatis.extract;

import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.Dependency;

/**
 * Which actor a token stands for ({@link DocContext#actorOf}): a mention, an apposition, a relative pronoun's noun, a
 * description ("the cleric X"), a pronoun's antecedent, or an anaphoric noun ("this man", "the group", "the prime
 * minister"). Reads the document's mentions and the facts known so far, never writes them.
 */
final class ActorReferences {
    /** What {@link #relativePronoun} answers when the token is for the other readings to resolve. */
    private static final int GO_ON = Integer.MIN_VALUE;

    private final DocContext ctx;
    private final List<MentionFinder.Draft> mentions;
    private final TitleWords titles;
    private final BodyWords bodies;
    private final ReferenceWords references;
    private final NameReferences names;
    private final Antecedents antecedents;

    ActorReferences(DocContext ctx) {
        this.ctx = ctx;
        this.mentions = ctx.mentions;
        this.titles = ctx.lex.titles();
        this.bodies = ctx.lex.bodies();
        this.references = ctx.lex.references();
        this.names = ctx.names;
        this.antecedents = ctx.antecedents;
    }

    /** See {@link DocContext#actorOf}. */
    int actorOf(SentenceView v, int token) {
        if (token < 0) {
            return -1;
        }
        int written = mentionOrApposition(v, token);
        if (written >= 0) {
            return written;
        }
        String lower = v.lower(token);
        int relative = relativePronoun(v, token, lower);
        if (relative != GO_ON) {
            return relative;
        }
        if (v.isNoun(token)) {
            int named = namedBy(v, token);
            if (named < 0) {
                named = names.parenthetical(v, token);
            }
            if (named < 0) {
                named = names.sameSurface(v, token);
            }
            if (named >= 0) {
                return named;
            }
        }
        if (DocContext.PERSON_PRONOUNS.contains(lower)) {
            return personPronoun(v, token);
        }
        if (DocContext.THING_PRONOUNS.contains(lower)) {
            return ctx.resolve(v, token, false);
        }
        // "the one led by X" (tagged a number) stands for a group as "the group" does.
        boolean nounLike = v.isNoun(token) || lower.equals("one");
        if (nounLike && (v.hasChildLemma(token, "det", "this") || v.hasChildLemma(token, "det", "the"))
                && !hasSuperlative(v, token)) {
            return definiteNoun(v, token);
        }
        return -1;
    }

    /** A mention covering the token, or one in apposition with it ("the bloc, X" / "X, the bloc"); -1 if none. */
    private static int mentionOrApposition(SentenceView v, int token) {
        if (v.mentionAt[token] >= 0) {
            return v.mentionAt[token];
        }
        for (Dependency d : v.children(token)) {
            if (d.relation().equals("appos") && v.mentionAt[d.dependent()] >= 0) {
                return v.mentionAt[d.dependent()];
            }
        }
        for (Dependency d : v.parents(token)) {
            if (d.relation().equals("appos") && d.governor() >= 0 && v.mentionAt[d.governor()] >= 0) {
                return v.mentionAt[d.governor()];
            }
        }
        return -1;
    }

    /**
     * A relative pronoun ("who leads", "which receives") stands for the noun its clause modifies: that noun's actor, or
     * -1 when it has none; {@link #GO_ON} when the token is no relative pronoun or its noun cannot be found.
     */
    private int relativePronoun(SentenceView v, int token, String lower) {
        if (lower.equals("whose") && token >= 2 && v.lower(token - 1).equals(",") && v.mentionAt[token - 2] >= 0) {
            // "NATO, whose secretary-general, X": the name right before the comma owns what follows.
            return v.mentionAt[token - 2];
        }
        if (!(lower.equals("who") || lower.equals("which") || lower.equals("that"))) {
            return GO_ON;
        }
        for (Dependency d : v.parents(token)) {
            if (d.relation().equals("ref") && d.governor() != token) {
                return actorOf(v, d.governor());
            }
        }
        if (token >= 2 && v.lower(token - 1).equals(",") && v.mentionAt[token - 2] >= 0 && !lower.equals("that")) {
            // The parse lost the clause's noun: ", who" right after a name is that name.
            return v.mentionAt[token - 2];
        }
        if (lower.equals("who") && token >= 2 && v.lower(token - 1).equals(",")) {
            // "X, until now the army's chief of staff, who takes over ...": past an apposition without a verb.
            for (int k = token - 2; k >= Math.max(0, token - 14) && !v.pos(k).startsWith("VB"); k--) {
                int m = v.mentionAt[k];
                if (m >= 0 && mentions.get(m).type == ActorType.PERSON && mentions.get(m).tokenEnd == k + 1
                        && k + 1 < v.size() && v.lower(k + 1).equals(",")) {
                    return m;
                }
            }
        }
        return GO_ON;
    }

    /** "he", "her": the subject a clause continues, else the nearest compatible person before. */
    private int personPronoun(SentenceView v, int token) {
        int continued = antecedents.continuedSubject(v, token);
        if (continued >= 0) {
            return continued;
        }
        int r = ctx.resolve(v, token, true);
        int clauseSubject = objectPronounSubject(v, token);
        if (r >= 0 && clauseSubject >= 0 && (r == clauseSubject || ctx.samePerson(r, clauseSubject))) {
            // "Y turned against him": a plain object pronoun never names its own clause's subject.
            r = antecedents.resolveExcept(v, token, clauseSubject);
        }
        return r;
    }

    /** "this man", "the prime minister", "the group", "the one led by X": who or what the document means, or -1. */
    private int definiteNoun(SentenceView v, int token) {
        String lemma = v.lemma(token);
        int body = v.first(token, "nmod:of", "nmod:for");
        if ((references.personNouns().contains(lemma) || titles.role(lemma) != null) && body >= 0 && v.dateAt[body] == null) {
            // "the leader of Y, X said": the name the parser hung on the body; a post of another body is no topic.
            for (int a : v.dependents(body, "appos")) {
                int p = v.mentionAt[a];
                if (p >= 0 && mentions.get(p).type == ActorType.PERSON) {
                    return p;
                }
            }
            int owner = v.mentionAt[body];
            if (owner < 0 || mentions.get(owner).type != ActorType.COUNTRY) {
                return -1;
            }
        }
        if (references.personNouns().contains(lemma)) {
            // "this man" and "the prime minister" point back at the person the article is about, unless the
            // article gives that post to someone else ("the interior minister" in a report on a foreign minister).
            boolean demonstrative = v.hasChildLemma(token, "det", "this");
            boolean title = titles.role(lemma) != null;
            if (title && !demonstrative && !v.pos(token).equals("NNS")) {
                return holderOfTitle(v, token);
            }
            // "the two ministers" include the main person; "the men who murdered X" are nobody named.
            if (!title && v.pos(token).equals("NNS")) {
                return -1;
            }
            return demonstrative || title ? ctx.topicPerson(v.sentence.index()) : ctx.resolve(v, token, true);
        }
        if (references.groupNouns().contains(lemma)) {
            // "the armed forces of Y" names Y's forces, not a group named before.
            if (body >= 0 && v.mentionAt[body] >= 0) {
                return -1;
            }
            // "the movement" after "the Karvan Liberation Movement" names it even a dozen sentences on.
            int named = names.headNoun(v, token);
            return named >= 0 ? named : ctx.resolve(v, token, false);
        }
        return names.headNoun(v, token);
    }

    /**
     * The actor a common noun is a description of, or -1: "the cleric X" (the name right after it, hanging on it),
     * "President of the Republic X" (a title whose of-phrase runs into a name), "X is a front that ..." (a predicate
     * noun stands for its subject), "his country" (the state the person holds a post of, or is a national of), "the
     * Sawt Marsana television channel" (the organization naming an institution or group noun).
     */
    private int namedBy(SentenceView v, int token) {
        int next = token + 1 < v.size() ? v.mentionAt[token + 1] : -1;
        if (next >= 0 && mentions.get(next).type == ActorType.PERSON && mentions.get(next).tokenBegin == token + 1
                && v.head(mentions.get(next).tokenEnd - 1) == token) {
            return next;
        }
        if (titles.role(v.lemma(token)) != null) {
            int p = TitleHolders.nameAfterOfPhrase(v, ctx, token);
            if (p >= 0) {
                return p;
            }
        }
        int subject = v.first(token, "nsubj");
        if (subject >= 0 && v.first(token, "cop") >= 0 && v.mentionAt[subject] >= 0) {
            return v.mentionAt[subject];
        }
        int owner = v.first(token, "nmod:poss");
        if (v.lemma(token).equals("country") && owner >= 0 && DocContext.PERSON_PRONOUNS.contains(v.lower(owner))) {
            return ctx.countryOf(ctx.resolve(v, owner, true));
        }
        if (bodies.institutionHeads().contains(v.lemma(token)) || references.groupNouns().contains(v.lemma(token))) {
            // "the Sawt Marsana television channel", "the Wafa bloc": the body its name modifies.
            for (int c : v.dependents(token, "compound")) {
                int m = v.mentionAt[c];
                if (m >= 0 && mentions.get(m).type == ActorType.ORGANIZATION && mentions.get(m).tokenEnd - 1 == c) {
                    return m;
                }
            }
        }
        return -1;
    }

    /**
     * The person a definite title stands for ("the interior minister"): the latest current holder of that post the
     * document names, else the document's main person unless the document gives that person another post; or -1.
     */
    private int holderOfTitle(SentenceView v, int token) {
        StringBuilder phrase = new StringBuilder();
        for (Dependency d : v.children(token)) {
            if ((d.relation().equals("compound") || d.relation().equals("amod")) && d.dependent() == token - 1) {
                phrase.append(v.lower(d.dependent())).append(' ');
            }
        }
        String role = titles.role(phrase + v.lower(token));
        role = role != null ? role : titles.role(v.lemma(token));
        int topic = ctx.topicPerson(v.sentence.index());
        int holder = -1;
        boolean topicHasPost = false;
        for (FactClaim f : ctx.known) {
            if (f.kind() != FactKind.ROLE) {
                continue;
            }
            boolean former = f.value() != null && f.value().startsWith("former");
            if (role.equals(f.role()) && !former) {
                holder = f.subject();
            }
            topicHasPost |= ctx.samePerson(f.subject(), topic) && !titles.role(v.lemma(token)).equals(f.role()) && !role.equals(f.role());
        }
        return holder >= 0 ? holder : topicHasPost ? -1 : topic;
    }

    private int objectPronounSubject(SentenceView v, int token) {
        String rel = v.relationToHead(token);
        if (!(rel.equals("obj") || rel.startsWith("obl"))) {
            return -1;
        }
        int h = v.head(token);
        int subj = h >= 0 ? v.first(h, "nsubj") : -1;
        return subj >= 0 && subj != token ? v.mentionAt[subj] : -1;
    }

    private static boolean hasSuperlative(SentenceView v, int token) {
        for (Dependency d : v.children(token)) {
            if (d.relation().equals("amod") && v.pos(d.dependent()).equals("JJS")) {
                return true;
            }
        }
        return false;
    }
}
