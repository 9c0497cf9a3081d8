package org.dramatis.extract;

import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.nlp.Dependency;

/**
 * Which {@code events.tsv} entry a token triggers. A two-word entry wins over the lemma's own: a verb with its particle
 * ("step down", "swear in"), with its object's head ("take office", "form government"), with the preposition of an
 * oblique ("call for", "fly to") or with "to" for an infinitive complement ("called on them to ..."); a noun with its
 * compound modifier ("drone strike"). For a verb, the entry's fifth column lists the lemmas or actor types (PERSON) its
 * object or its subject must have: rockets "land", a crowd "gathers"; a visitor is "received" (PERSON: the object only).
 */
final class EventTriggers {
    private final EventWords events;
    private final TitleWords titles;

    EventTriggers(EventWords events, TitleWords titles) {
        this.events = events;
        this.titles = titles;
    }

    /** The trigger at token {@code i}, or null. */
    Lexicons.EventTrigger at(SentenceView v, DocContext ctx, int i) {
        String lemma = v.lemma(i);
        for (Dependency d : v.children(i)) {
            String partner = partner(v, d);
            Lexicons.EventTrigger t = events.event(d.relation().equals("compound") ? partner + " " + lemma : lemma + " " + partner);
            if (t != null) {
                return crowd(v, i, t);
            }
        }
        if (i + 1 < v.size() && v.isVerb(i)) {
            // "stepped down citing health reasons": a particle the parser hung elsewhere.
            Lexicons.EventTrigger t = events.event(lemma + " " + v.lower(i + 1));
            if (t != null) {
                return t;
            }
        }
        int obj = v.first(i, "obj");
        if (obj >= 0 && v.isVerb(i) && v.dependents(obj, "amod").stream().anyMatch(a -> v.pos(a).startsWith("JJ"))) {
            // "held X responsible" parsed with the adjective on X: the verb with its adjective.
            for (int a : v.dependents(obj, "amod")) {
                Lexicons.EventTrigger t = events.event(lemma + " " + v.lemma(a));
                if (t != null) {
                    return t;
                }
            }
        }
        Lexicons.EventTrigger named = namedToPost(v, i);
        if (named != null) {
            return named;
        }
        Lexicons.EventTrigger t = events.event(lemma);
        if (t != null && v.isVerb(i) && !t.objectOf().isEmpty() && !companionFits(v, ctx, i, t)) {
            return null;
        }
        return t == null ? null : crowd(v, i, t);
    }

    /** "protesters stormed the embassy": a raid by a crowd is a riot (PLOVER PROTEST, mode riot). */
    private Lexicons.EventTrigger crowd(SentenceView v, int i, Lexicons.EventTrigger t) {
        int subject = v.isVerb(i) ? v.first(i, "nsubj") : -1;
        if (t.type() != EventType.COERCE || !"raid".equals(t.mode()) || subject < 0 || !events.crowdNouns().contains(v.lemma(subject))) {
            return t;
        }
        return new Lexicons.EventTrigger(EventType.PROTEST, "riot", t.verb(), t.noun(), t.objectOf());
    }

    /** The word a dependent adds to its head's lemma in a two-word entry, or "" when none. */
    private static String partner(SentenceView v, Dependency d) {
        String r = d.relation();
        int t = d.dependent();
        if (r.equals("compound:prt") || r.equals("obj") || r.equals("compound") && v.isNoun(d.governor())) {
            return v.lemma(t);
        }
        if (r.startsWith("obl:")) {
            return r.substring(4);
        }
        if (r.equals("xcomp")) {
            // "called on them to ...", "held the government responsible".
            return v.hasChildLemma(t, "mark", "to") ? "to" : v.pos(t).startsWith("JJ") ? v.lemma(t) : "";
        }
        return "";
    }

    /**
     * "named X national security adviser", "was made the commission's chief of staff": naming or making someone a
     * post (one title, not "named three officials") is an appointment.
     */
    private Lexicons.EventTrigger namedToPost(SentenceView v, int i) {
        String lemma = v.lemma(i);
        int obj = v.isVerb(i) && (lemma.equals("name") || lemma.equals("make")) ? v.first(i, "obj") : -1;
        boolean post = obj >= 0 && (v.pos(obj).equals("NN") || v.pos(obj).equals("NNP"))
                && ("TITLE".equals(v.tokens.get(obj).ner()) || titles.role(v.lemma(obj)) != null);
        return post ? events.event("appoint") : null;
    }

    private static boolean companionFits(SentenceView v, DocContext ctx, int i, Lexicons.EventTrigger t) {
        // A passive verb's subject is its object: "he was received by X", "was executed by the regime".
        int obj = v.first(i, "obj");
        obj = obj >= 0 || v.first(i, "aux:pass") < 0 ? obj : v.first(i, "nsubj:pass");
        if (obj >= 0 && fits(v, ctx, obj, t)) {
            return true;
        }
        // An actor type names the object only: a person received is met, a person receiving a letter meets nobody.
        // A lemma may be the subject's: "hundreds gathered ..., raising banners" is a crowd whatever it carries.
        boolean typed = t.objectOf().stream().anyMatch(c -> c.equals(c.toUpperCase(java.util.Locale.ROOT)));
        int subject = v.first(i, "nsubj", "nsubj:pass");
        return !typed && subject >= 0 && fits(v, ctx, subject, t);
    }

    private static boolean fits(SentenceView v, DocContext ctx, int c, Lexicons.EventTrigger t) {
        // A capitalized plural at the start of a sentence keeps its own lemma ("Rockets landed").
        String lower = v.lower(c);
        if (t.objectOf().contains(v.lemma(c)) || t.objectOf().contains(lower)
                || lower.endsWith("s") && t.objectOf().contains(lower.substring(0, lower.length() - 1))) {
            return true;
        }
        int m = ctx.actorOf(v, c);
        ActorType type = m >= 0 ? ctx.mentions.get(m).type : null;
        if (type != null && t.objectOf().contains(type.name())) {
            return true;
        }
        // "executed the party's leading thinker, X": a person named in apposition, or a person's title.
        if (t.objectOf().contains(ActorType.PERSON.name()) && (lexRole(ctx, v, c) || v.dependents(c, "appos").stream()
                .anyMatch(a -> ctx.actorOf(v, a) >= 0 && ctx.mentions.get(ctx.actorOf(v, a)).type == ActorType.PERSON))) {
            return true;
        }
        return false;
    }

    private static boolean lexRole(DocContext ctx, SentenceView v, int c) {
        return v.isNoun(c) && ctx.lex.titles().role(v.lemma(c)) != null;
    }
}
