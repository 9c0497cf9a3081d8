package org.dramatis.extract;

import java.util.Locale;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.EntityMention;

/**
 * Relations marked by one word rather than by a verb of relation: a state before a backing suffix ("Iran-backed
 * factions"), "terrorist" after a verb of listing, "born", the noun "opposition", and a nationality adjective before a
 * person's name.
 */
final class MarkerRules {
    private final RelationWords relations;

    MarkerRules(RelationWords relations) {
        this.relations = relations;
    }

    /**
     * "the Iran-backed Houthis", "the RSF-funded militia", "the Tehran-aligned bloc": the actor before a suffix of
     * {@code backing-suffixes.txt} and the group after it, in the relation the suffix states (the group is the subject
     * of a reverse one: "the Iran-aligned bloc" supports Iran).
     */
    void backedCompound(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String w = v.tokens.get(i).word();
        int dash = w.lastIndexOf('-');
        Lexicons.RelationTrigger suffix = dash > 0 ? relations.backingSuffixes().get(w.substring(dash + 1).toLowerCase(Locale.ROOT)) : null;
        if (suffix == null || v.mentionAt[i] < 0) {
            return;
        }
        int backer = v.mentionAt[i];
        int backed = ctx.actorOf(v, v.head(i));
        int whole = backed < 0 && v.head(i) >= 0 && v.pos(v.head(i)).equals("NNS") ? v.governor(v.head(i), "nmod:of") : -1;
        if (whole >= 0) {
            // "X, the most powerful of the Iran-backed factions" / "X, one of the Iran-backed factions".
            int member = v.governor(whole, "appos");
            backed = member >= 0 ? ctx.actorOf(v, member) : -1;
        }
        ActorType type = ctx.mentions.get(backer).type;
        if (backed >= 0 && backed != backer && (type == ActorType.COUNTRY || type == ActorType.ORGANIZATION)) {
            FactKind kind = suffix.kinds().get(0);
            sink.add(kind, suffix.reverse() ? backed : backer, suffix.reverse() ? backer : backed, null, null, null, v, v.head(i), ctx);
        }
    }

    void designation(SentenceView v, DocContext ctx, FactSink sink, int i) {
        if (!v.lower(i).equals("terrorist") || i + 1 >= v.size()) {
            return;
        }
        int noun = i + 1;
        // "listed X, the faction that ..., as a terrorist organisation": a long apposition puts the verb out of reach
        // of the words before, but the parse still hangs the "as" phrase on it.
        int asVerb = v.relationToHead(noun).equals("obl:as") ? v.head(noun) : -1;
        int from = asVerb >= 0 && relations.designationVerbs().contains(v.lemma(asVerb)) ? asVerb : i - 1;
        for (int k = from; k >= 0 && (k >= Math.max(0, i - 6) || k == asVerb); k--) {
            if (!relations.designationVerbs().contains(v.lemma(k))) {
                continue;
            }
            // "Y, which Norvania designated as ...": the verb's subject, a state even when NER calls it a place.
            int designator = ctx.actorOf(v, v.first(k, "nsubj"));
            if (designator >= 0 && ctx.mentions.get(designator).type == ActorType.PERSON && ctx.mentions.get(designator).text.contains(" ")) {
                // A one-word "person" that designates is a state NER did not know; a full name is a person.
                designator = -1;
            }
            if (designator < 0 && v.relationToHead(k).equals("acl:relcl") && v.first(k, "nsubj") < 0) {
                // "X, which ... lists Y as a terrorist organisation": the parse may take "which" for an object.
                designator = ctx.actorOf(v, v.head(k));
            }
            for (int s = k - 1; s >= Math.max(0, k - 8) && designator < 0; s--) {
                int a = v.mentionAt[s];
                if (a >= 0 && ctx.mentions.get(a).type != ActorType.PERSON && ctx.mentions.get(a).type != ActorType.LOCATION) {
                    designator = a;
                }
            }
            int target = -1;
            for (int t = k + 1; t < i && target < 0; t++) {
                target = ctx.actorOf(v, t);
            }
            if (target < 0) {
                target = ctx.actorOf(v, v.first(k, "nsubj:pass"));
                designator = designator >= 0 ? designator : ctx.actorOf(v, v.first(k, "obl:by", "obl:agent"));
            }
            if (target < 0) {
                target = ctx.actorOf(v, v.first(k, "obj"));
            }
            EntityMention date = null;
            for (int t = noun; t < Math.min(v.size(), noun + 4) && date == null; t++) {
                date = v.dateAt[t];
            }
            if (date == null) {
                date = v.dateOf(k);
            }
            if (designator >= 0 && target >= 0) {
                sink.add(FactKind.DESIGNATED_TERRORIST, designator, target, null, null, date, v, k, ctx);
                for (int like : v.dependents(k, "obl:like")) {
                    // "X, which like Z and W lists Y as ...": the ones compared do the same.
                    int other = ctx.actorOf(v, like);
                    if (other >= 0 && other != target && ctx.mentions.get(other).type != ActorType.PERSON) {
                        sink.add(FactKind.DESIGNATED_TERRORIST, other, target, null, null, date, v, k, ctx);
                    }
                }
            }
            return;
        }
    }

    /**
     * "X was born in CITY in 1970", "Born in 1970 in CITY, X studied", "X, born in 1968 in the town of CITY, ...":
     * the parser hangs these phrases in many ways (a sentence-initial "Born" even as a preposition), so the place and the
     * year are the first ones after "born" up to the end of its phrase; the person is the one born, the name the
     * participle describes, or the subject of the clause it opens.
     */
    void born(SentenceView v, DocContext ctx, FactSink sink, int i) {
        if (!v.lower(i).equals("born")) {
            return;
        }
        int place = -1;
        EntityMention year = null;
        for (int k = i + 1; k < v.size() && !Set.of(",", ";", ".", "and", "but").contains(v.lower(k)); k++) {
            int a = v.mentionAt[k];
            if (a >= 0 && place < 0 && ctx.mentions.get(a).type != ActorType.PERSON && ctx.mentions.get(a).type != ActorType.ORGANIZATION) {
                place = a;
            }
            year = year != null ? year : v.dateAt[k];
        }
        int person = ctx.actorOf(v, v.first(i, "nsubj:pass", "nsubj"));
        if (person < 0) {
            person = ctx.actorOf(v, v.governor(i, "acl"));
        }
        int h = v.head(i);
        if (person < 0 && h >= 0) {
            person = ctx.actorOf(v, v.first(h, "nsubj", "nsubj:pass"));
        }
        if (person < 0 && i == 0) {
            // "Born in 1974 in CITY, X trained as an engineer": the main clause's subject.
            for (int t = 0; t < v.size() && person < 0; t++) {
                person = v.relationToHead(t).equals("root") ? ctx.actorOf(v, v.first(t, "nsubj", "nsubj:pass")) : -1;
            }
        }
        if (person < 0) {
            person = ctx.topicPerson(v.sentence.index());
        }
        if (person >= 0 && ctx.mentions.get(person).type == ActorType.PERSON && (place >= 0 || year != null)) {
            sink.add(FactKind.BORN, person, place, null, sink.start(year), null, null, v, i, ctx);
        }
    }

    void nounTriggers(SentenceView v, DocContext ctx, FactSink sink, int i) {
        String lemma = v.lemma(i);
        if (lemma.equals("opposition")) {
            int from = ctx.actorOf(v, v.first(i, "nmod:from"));
            int gov = v.governor(i, "nsubj");
            if (from < 0 && gov >= 0) {
                from = ctx.actorOf(v, v.first(gov, "obl:from", "nmod:from"));
            }
            int target = ctx.actorOf(v, v.first(i, "nmod:to"));
            if (target < 0) {
                target = ctx.topicPerson(v.sentence.index());
            }
            if (from >= 0 && target >= 0) {
                sink.add(FactKind.OPPOSES, from, target, null, null, null, v, i, ctx);
            }
        }
        // "X is an <Demonym> journalist", "<Demonym> General X": nationality of a person.
        int m = v.mentionAt[i];
        if (m < 0 || ctx.mentions.get(m).type != ActorType.PERSON) {
            return;
        }
        for (int k = ctx.mentions.get(m).tokenBegin - 1; k >= Math.max(0, ctx.mentions.get(m).tokenBegin - 2); k--) {
            int c = v.mentionAt[k];
            if (c >= 0 && ctx.mentions.get(c).type == ActorType.COUNTRY && ctx.mentions.get(c).countryName != null) {
                sink.add(FactKind.NATIONALITY, m, c, null, null, null, v, i, ctx);
            }
        }
    }
}
