package org.dramatis.extract;

import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.Dependency;

/**
 * Who holds a title the text names: the name right after it, in apposition to it or to its body, before it after a
 * comma ("X, the crown prince of Y"), after its of-phrase ("Minister of Defence X"), the subject of a copula or of a
 * serving verb ("X served as minister"), the one a naming verb appoints. Split from {@link TitleRules}, which then
 * finds the post's body and dates.
 */
final class TitleHolders {
    private final TitleWords titles;

    TitleHolders(TitleWords titles) {
        this.titles = titles;
    }

    /**
     * The holder of the title spanning {@code first..h}: the person mention (or -1), the verb that links them (or -1),
     * the body token a name was found in apposition to (or -1), and whether a portfolio stands between the title's "of"
     * and the name ("Minister of Oil X").
     */
    record Holder(int person, int verb, int bodyWithName, boolean portfolioBeforeName) {
    }

    /** The first token from {@code t} on that is no form of address outside a name ("Sheikh", "the Sayyed"). */
    private int afterAddress(SentenceView v, int t) {
        while (t < v.size() - 1 && v.mentionAt[t] < 0 && titles.honorifics().contains(v.lower(t))) {
            t++;
        }
        return t;
    }

    /**
     * The person a title names in its own words: the name right after it, a name in apposition to it, a name before it
     * after a comma, or the name of a title joined to it by "and"; -1 if none.
     */
    private int namedNear(SentenceView v, DocContext ctx, int first, int h) {
        int person = -1;
        // "the Crown Prince Prince X", "the Minister the Sayyed X": forms of address between title and name.
        int next = afterAddress(v, h + 1);
        if (next < v.size() && v.mentionAt[next] >= 0 && ctx.mentions.get(v.mentionAt[next]).type == ActorType.PERSON
                && ctx.mentions.get(v.mentionAt[next]).tokenBegin == next) {
            person = v.mentionAt[next];
        }
        // A title of several words hangs its appositive on its own head ("chief" of "the army's chief of staff, X").
        for (int anchor : new int[] {h, TitleRules.spanHead(v, first, h)}) {
            for (Dependency d : v.children(anchor)) {
                if (person < 0 && d.relation().equals("appos")) {
                    person = TitleRules.personAt(v, ctx, d.dependent());
                }
            }
            for (Dependency d : v.parents(anchor)) {
                if (person < 0 && d.relation().equals("appos") && d.governor() >= 0) {
                    person = TitleRules.personAt(v, ctx, d.governor());
                }
            }
        }
        if (person < 0) {
            person = nameBeforeAppositiveTitle(v, ctx, first);
        }
        int conjoined = v.governor(h, "conj:and");
        if (person < 0 && conjoined >= 0 && titles.role(v.lemma(conjoined)) != null) {
            // "X, the vice president of Y and its prime minister": titles joined by "and" go to one name.
            person = nameBeforeAppositiveTitle(v, ctx, titleStart(v, conjoined));
            for (Dependency d : v.parents(conjoined)) {
                if (person < 0 && d.relation().equals("appos") && d.governor() >= 0) {
                    person = TitleRules.personAt(v, ctx, d.governor());
                }
            }
        }
        return person;
    }

    Holder find(SentenceView v, DocContext ctx, int first, int h) {
        int person = namedNear(v, ctx, first, h);
        // "the spokesman for Y, X", "the commander of the operations of Y, X": the parser often hangs the name on
        // the body rather than on the title.
        int bodyWithName = -1;
        for (int body : bodies(v, h)) {
            for (int a : v.dependents(body, "appos")) {
                int p = TitleRules.personAt(v, ctx, a);
                if (person < 0 && p >= 0 && p != v.mentionAt[body]) {
                    person = p;
                    bodyWithName = body;
                }
            }
        }
        int afterOf = person < 0 ? nameAfterOfPhrase(v, ctx, h) : -1;
        if (afterOf >= 0) {
            person = afterOf;
        }
        boolean portfolioBeforeName = afterOf >= 0;
        if (person < 0) {
            person = nameAfterBodyAndComma(v, ctx, h);
        }
        if (person < 0 && v.first(h, "cop") >= 0) {
            person = TitleRules.personAt(v, ctx, v.first(h, "nsubj"));
        }
        int verb = v.governor(h, "xcomp", "obj");
        if (person < 0 && verb >= 0 && v.relationToHead(h).equals("xcomp") && titles.servingVerbs().contains(v.lemma(verb))) {
            // "X, an economist who becomes finance minister", "X remained chief of staff".
            person = TitleRules.personAt(v, ctx, v.first(verb, "nsubj"));
        }
        if (person < 0 && verb < 0) {
            // "X served as minister of finance", "she worked as deputy governor": the verb's subject holds the post;
            // "X was confirmed as minister of defence": a naming verb's passive subject does.
            int serving = v.governor(h, "obl:as");
            if (serving >= 0 && titles.namingVerbs().contains(v.lemma(serving))) {
                verb = serving;
                person = TitleRules.personAt(v, ctx, v.first(serving, "nsubj:pass"));
                person = person >= 0 ? person : TitleRules.personAt(v, ctx, v.first(serving, "obj"));
            } else if (serving >= 0 && titles.servingVerbs().contains(v.lemma(serving))) {
                verb = serving;
                // "X led Y and went on to serve as prime minister": up through "to" clauses and "and" to the subject.
                for (int t = serving, depth = 0; person < 0 && t >= 0 && depth < 3; depth++) {
                    person = TitleRules.personAt(v, ctx, v.first(t, "nsubj", "nsubj:xsubj"));
                    String rel = v.relationToHead(t);
                    t = rel.equals("xcomp") || rel.equals("conj:and") || rel.startsWith("advcl") || rel.equals("dep") ? v.head(t) : -1;
                }
            }
        }
        if (person < 0 && verb >= 0 && titles.namingVerbs().contains(v.lemma(verb))) {
            person = TitleRules.personAt(v, ctx, v.first(verb, "nsubj:pass"));
        }
        if (person < 0 && first > 0 && v.lower(first - 1).equals("as")) {
            // "appointed X, until now Z, as chief of staff of Y": the parse rarely joins the title to the verb.
            int naming = namingVerbBefore(v, first - 1);
            if (naming >= 0) {
                verb = naming;
                person = TitleRules.personAt(v, ctx, v.first(naming, "obj"));
                person = person >= 0 ? person : TitleRules.personAt(v, ctx, v.first(naming, "nsubj:pass"));
            }
        }
        return new Holder(person, verb, bodyWithName, portfolioBeforeName);
    }

    /**
     * The nouns a title's of/for phrase names and, through a common noun that is no title ("the commander of the
     * operations of Y"), the nouns its own of phrase names.
     */
    private List<Integer> bodies(SentenceView v, int h) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int body : v.dependents(h, "nmod:of", "nmod:for")) {
            out.add(body);
            if (v.mentionAt[body] < 0 && titles.role(v.lemma(body)) == null) {
                out.addAll(v.dependents(body, "nmod:of"));
            }
        }
        return out;
    }

    /**
     * "The foreign minister of Teravia, Oskar Lind, arrived": a name right after the title's "of" phrase and a comma,
     * when the parse lost the apposition (a dateline before it often does). -1 when it does not fit.
     */
    private int nameAfterBodyAndComma(SentenceView v, DocContext ctx, int h) {
        if (h + 2 >= v.size() || !v.lower(h + 1).equals("of")) {
            return -1;
        }
        int at = v.lower(h + 2).equals("the") ? h + 3 : h + 2;
        int body = at < v.size() ? v.mentionAt[at] : -1;
        if (body < 0 || ctx.mentions.get(body).tokenBegin != at || ctx.mentions.get(body).type == ActorType.PERSON) {
            return -1;
        }
        int comma = ctx.mentions.get(body).tokenEnd;
        int after = afterAddress(v, comma + 1); // "the Emir of the State of Y, Sheikh X"
        int name = after < v.size() && v.lower(comma).equals(",") ? v.mentionAt[after] : -1;
        return name >= 0 && ctx.mentions.get(name).type == ActorType.PERSON && ctx.mentions.get(name).tokenBegin == after ? name : -1;
    }

    /** The first word of a title whose head is {@code h}: its compound and adjective words before it. */
    private static int titleStart(SentenceView v, int h) {
        int start = h;
        for (Dependency d : v.children(h)) {
            String r = d.relation();
            if ((r.equals("compound") || r.equals("amod")) && d.dependent() < start) {
                start = d.dependent();
            }
        }
        return start;
    }

    /** The nearest naming verb ("appointed", "named") before token {@code before}, or -1. */
    private int namingVerbBefore(SentenceView v, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (v.isVerb(k) && titles.namingVerbs().contains(v.lemma(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "X, the crown prince of Y": a name, a comma and a definite title. The parser often hangs such an appositive on
     * an earlier noun ("a friend of X, the crown prince of Y"), so the surface order decides. -1 when it does not fit.
     */
    private static int nameBeforeAppositiveTitle(SentenceView v, DocContext ctx, int first) {
        int k = first - 1;
        while (k >= 0 && v.pos(k).equals("JJ") && !v.lower(k).equals("former")) {
            k--;
        }
        if (k >= 1 && v.lower(k).equals(",") && k == first - 1) {
            // "X, spokesman for Y, said": no article, the parse often loses the apposition.
            int m = v.mentionAt[k - 1];
            return m >= 0 && ctx.mentions.get(m).type == ActorType.PERSON && ctx.mentions.get(m).tokenEnd == k ? m : -1;
        }
        if (k < 2 || !v.lower(k).equals("the") || !v.lower(k - 1).equals(",")) {
            return -1;
        }
        int m = v.mentionAt[k - 2];
        return m >= 0 && ctx.mentions.get(m).type == ActorType.PERSON && ctx.mentions.get(m).tokenEnd == k - 1 ? m : -1;
    }

    /**
     * "Minister of Defence X", "Commander of the Navy X": a title whose of-phrase runs straight into a person's name.
     * Only capitalized words or "the" may stand between the title and the name, so a clause boundary never does.
     */
    static int nameAfterOfPhrase(SentenceView v, DocContext ctx, int h) {
        if (h + 2 >= v.size() || !v.lower(h + 1).equals("of")) {
            return -1;
        }
        for (int t = h + 2; t < Math.min(v.size(), h + 9); t++) {
            int m = v.mentionAt[t];
            if (m >= 0 && ctx.mentions.get(m).type == ActorType.PERSON) {
                return ctx.mentions.get(m).tokenBegin == t && t > h + 2 ? m : -1;
            }
            String w = v.tokens.get(t).word();
            if (!(Character.isUpperCase(w.charAt(0)) || w.equals("the") || w.equals("of"))) {
                return -1;
            }
        }
        return -1;
    }
}
