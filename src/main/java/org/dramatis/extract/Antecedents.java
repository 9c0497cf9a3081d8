package org.dramatis.extract;

import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;

/**
 * Where a pronoun or a bare noun ("he", "its", "the group") finds its actor: the nearest compatible earlier mention,
 * with the preferences that make news prose read right (a sentence's subject carries on, "its minister" after a
 * ministry, "the group" never a state body). Split from {@link DocContext}, which owns the document and calls these.
 */
final class Antecedents {
    private final DocContext ctx;
    private final List<SentenceView> views;
    private final List<MentionFinder.Draft> mentions;
    private final TitleWords titles;
    private final BodyWords bodies;

    Antecedents(DocContext ctx) {
        this.ctx = ctx;
        this.views = ctx.views;
        this.mentions = ctx.mentions;
        this.titles = ctx.lex.titles();
        this.bodies = ctx.lex.bodies();
    }

    private int subjectChain;

    /**
     * "He was an opponent of Saddam Hussein's regime. ... he became minister": a subject pronoun with no person before it
     * in its sentence continues the previous sentence's subject when that is a person (itself resolved, a pronoun
     * included), not the person named last; -1 when the rule does not apply.
     */
    int continuedSubject(SentenceView v, int token) {
        if (!v.relationToHead(token).startsWith("nsubj") || v.sentence.index() == 0 || subjectChain > 6) {
            return -1;
        }
        for (int t = 0; t < token; t++) {
            int m = v.mentionAt[t];
            if (m >= 0 && mentions.get(m).type == ActorType.PERSON || DocContext.isPersonPronoun(v.lower(t))) {
                return -1;
            }
        }
        // A sentence naming no person ("That changed after the invasion.") does not break the chain.
        int back = v.sentence.index() - 1;
        while (back > 0 && back >= v.sentence.index() - 3 && !namesPerson(views.get(back))) {
            back--;
        }
        subjectChain++;
        try {
            int prev = ctx.previousSentenceSubject(views.get(back + 1));
            return prev >= 0 && mentions.get(prev).type == ActorType.PERSON ? prev : -1;
        } finally {
            subjectChain--;
        }
    }

    private boolean namesPerson(SentenceView v) {
        for (int t = 0; t < v.size(); t++) {
            int m = v.mentionAt[t];
            if (m >= 0 && mentions.get(m).type == ActorType.PERSON || DocContext.isPersonPronoun(v.lower(t))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest earlier person mention in this or the three previous sentences that is not {@code excluded}'s person. */
    int resolveExcept(SentenceView v, int token, int excluded) {
        int begin = v.tokens.get(token).begin();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            MentionFinder.Draft d = mentions.get(i);
            if (d.begin >= begin || d.type != ActorType.PERSON || i == excluded || ctx.samePerson(i, excluded)) {
                continue;
            }
            if (d.sentence < v.sentence.index() - 3) {
                break;
            }
            int topic = salient(v, token, i);
            return topic == excluded || ctx.samePerson(topic, excluded) ? i : topic;
        }
        return -1;
    }

    private int firstOrganizationMention(SentenceView v, int before) {
        for (int t = 0; t < before; t++) {
            int m = v.mentionAt[t];
            if (m >= 0 && mentions.get(m).type == ActorType.ORGANIZATION) {
                return m;
            }
        }
        return -1;
    }

    /** The organization that is the subject of a sentence's main verb, or -1. */
    private int subjectGroup(SentenceView v) {
        for (int t = 0; t < v.size(); t++) {
            if (v.relationToHead(t).equals("root")) {
                int subj = v.first(t, "nsubj", "nsubj:pass");
                int m = subj >= 0 ? v.mentionAt[subj] : -1;
                return m >= 0 && mentions.get(m).type == ActorType.ORGANIZATION ? m : -1;
            }
        }
        return -1;
    }

    /** An institution or a lowercase state body ("the anti-terrorist forces"): "the group", "the faction" never name one. */
    private boolean isStateBody(MentionFinder.Draft d) {
        return DocContext.isInstitution(bodies, d.text) || d.source.equals("pattern") && bodies.bodyConcept(d.text) != null;
    }

    /** The latest ministry named in this or the previous sentence before {@code begin}, or -1. */
    private int recentMinistry(SentenceView v, int begin) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            MentionFinder.Draft d = mentions.get(i);
            if (d.begin >= begin) {
                continue;
            }
            if (d.sentence < v.sentence.index() - 1) {
                break;
            }
            if (d.type == ActorType.ORGANIZATION && DocContext.isMinistry(d.text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "... to press then-prime minister X. In July he announced ...": an active subject pronoun whose nearest person is
     * only an object or a complement in an earlier sentence goes to the document's main person, who carries a profile
     * or a report. A passive subject ("He was released") keeps the one just detained. An object pronoun whose nearest
     * person in an earlier sentence is named only in passing goes to the main person too. {@code nearest} when the rule
     * does not apply.
     */
    private int salient(SentenceView v, int token, int nearest) {
        MentionFinder.Draft d = mentions.get(nearest);
        String rel = views.get(d.sentence).relationToHead(d.tokenEnd - 1);
        String own = v.relationToHead(token);
        boolean object = v.parents(token).stream().anyMatch(p -> p.relation().equals("obj") || p.relation().equals("iobj"));
        if (d.sentence != v.sentence.index() && object && (rel.startsWith("obl") || rel.startsWith("nmod"))) {
            // "chose him as deputy speaker, under Speaker Y. A month later the president asked him ...": a person named
            // only in passing (an oblique or a modifier) is no antecedent for an object either.
            int topic = ctx.topicPerson(v.sentence.index());
            return topic < 0 ? nearest : topic;
        }
        if (d.sentence == v.sentence.index() || !own.equals("nsubj")) {
            return nearest;
        }
        boolean subject = rel.startsWith("nsubj") || rel.equals("appos") || rel.equals("compound") || rel.equals("root");
        int topic = ctx.topicPerson(v.sentence.index());
        return subject || topic < 0 || ctx.samePerson(topic, nearest) ? nearest : topic;
    }

    /**
     * Nearest earlier compatible mention: for persons the last PERSON before the token (this sentence, then earlier ones),
     * falling back on the document's main person; for groups, the last ORGANIZATION that is not the complement of an
     * "of" phrase (those name a whole, not the topic), this sentence first.
     */
    int resolve(SentenceView v, int token, boolean person) {
        int begin = v.tokens.get(token).begin();
        // "the faction", "the group" name an armed group or party: never a state, an institute or a ministry; "it" may be a state.
        boolean groupNoun = ctx.isGroupNoun(v.lemma(token));
        // "its foreign minister", "its army": only a state has these, so "its" there names the last state.
        int owned = v.lower(token).equals("its") ? v.head(token) : -1;
        boolean stateOwner = owned >= 0 && (bodies.stateOwned().contains(v.lemma(owned))
                || titles.role(v.lemma(owned)) != null && TitleRules.isStateTitle(titles, titles.role(v.lemma(owned)))
                || v.first(owned, "compound") >= 0 && titles.role(v.lower(v.first(owned, "compound")) + " " + v.lower(owned)) != null
                && TitleRules.isStateTitle(titles, titles.role(v.lower(v.first(owned, "compound")) + " " + v.lower(owned))));
        int fallback = -1;
        if (stateOwner && v.lemma(owned).equals("minister")) {
            // "the Interior Ministry ... Its minister": a ministry just named owns its minister before any state does.
            int ministry = recentMinistry(v, begin);
            if (ministry >= 0) {
                return ministry;
            }
        }
        if (!person && !stateOwner) {
            // "Y ..., gave its support": a group pronoun first refers to a group that is a subject earlier in its sentence.
            for (int t = 0; t < token; t++) {
                int m = v.mentionAt[t];
                if (m >= 0 && mentions.get(m).type == ActorType.ORGANIZATION && mentions.get(m).tokenEnd - 1 == t
                        && v.relationToHead(t).startsWith("nsubj")) {
                    return m;
                }
            }
        }
        if (!person && !stateOwner && token <= 2 && v.sentence.index() > 0) {
            // A pronoun opening a sentence continues the previous sentence's topic: its subject, when that is a group.
            int first = firstOrganizationMention(v, token);
            int prev = subjectGroup(views.get(v.sentence.index() - 1));
            if (first < 0 && prev >= 0 && !(groupNoun && isStateBody(mentions.get(prev)))) {
                return prev;
            }
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            MentionFinder.Draft d = mentions.get(i);
            if (d.begin >= begin) {
                continue;
            }
            if (d.sentence < v.sentence.index() - 3) {
                break;
            }
            if (person && d.type == ActorType.PERSON) {
                return salient(v, token, i);
            }
            boolean state = d.type == ActorType.COUNTRY && d.countryName == null;
            if (!person && (stateOwner ? state : d.type == ActorType.ORGANIZATION && !(groupNoun && isStateBody(d)))) {
                SentenceView mv = views.get(d.sentence);
                // A whole named in an of-phrase, or a body modifying another noun ("the Quds Force commander X"),
                // is rarely what "the group" goes back to: only the fallback.
                String rel = mv.relationToHead(d.tokenEnd - 1);
                // A state's "its" may well go back to "the president of Y".
                if (!stateOwner && (rel.equals("nmod:of") || rel.equals("compound") && groupNoun)) {
                    if (fallback < 0) {
                        fallback = i;
                    }
                    continue;
                }
                return i;
            }
        }
        if (person) {
            return ctx.topicPerson(v.sentence.index());
        }
        return fallback;
    }
}
