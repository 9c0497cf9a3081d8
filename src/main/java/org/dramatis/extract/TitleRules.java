package org.dramatis.extract;

import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;

/**
 * Posts named by titles from {@code roles.txt}, linked to a person by compound ("Prime Minister X"), apposition
 * ("X, head of Y" / "the spokesman for Y, X"), copula, a serving verb ("served as minister") or an appointment
 * ("appointed X as chief of staff of Y"); linked to the body by of/for/at/poss/demonym.
 * When a state-level title names no country, the document's home country is used when one clearly dominates (see
 * {@code DocContext.mainCountry}) and the claim's value says "inferred"; otherwise the object stays empty.
 * Dates: "since/from/in Y" start the post, "until/to Y" end it, "from A to B" gives both ("served as X from 2014 to
 * 2018", "X, who has been prime minister since 2017"). "then-"/"former" titles carry value "former" and leave the end
 * unknown unless the text dates it: the document date only bounds the end from above, and writing it as the end would
 * state a date the text does not give.
 */
final class TitleRules {
    private static final Set<String> OBJECT_PREPS = Set.of("nmod:of", "nmod:for", "nmod:at", "nmod:in", "nmod:poss");
    /** Prepositions whose date starts a post ("since 2016", "from 2009") or ends it ("until 2020", "to 2017"). */
    private static final Set<String> START_PREPS = Set.of("since", "from", "in", "on");
    private static final Set<String> END_PREPS = Set.of("until", "till", "to", "through");

    private final Lexicons lex;
    private final RoleNames names;
    private final PostBodies bodies;

    TitleRules(Lexicons lex) {
        this.lex = lex;
        this.names = new RoleNames(lex);
        this.bodies = new PostBodies(lex);
    }

    /** Links the title starting at {@code i}, if any; returns the first token after it. */
    int titleAt(SentenceView v, DocContext ctx, FactSink sink, int i) {
        for (int n = Math.min(lex.longestRole, v.size() - i); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            boolean former = false;
            for (int k = 0; k < n; k++) {
                String w = v.lower(i + k);
                if (k == 0 && w.startsWith("then-")) {
                    w = w.substring(5);
                    former = true;
                }
                sb.append(k == 0 ? "" : " ").append(w);
            }
            String role = lex.role(sb.toString());
            int h = i + n - 1;
            if (role == null || !v.isNoun(h) || v.mentionAt[h] >= 0 && ctx.mentions.get(v.mentionAt[h]).type != ActorType.PERSON) {
                continue;
            }
            if (h + 1 < v.size() && v.pos(h + 1).equals("POS")) {
                // "X, the prime minister's father": the title owns another noun; it is nobody's post here.
                return h + 2;
            }
            former |= i > 0 && (v.lower(i - 1).equals("former") || v.lower(i - 1).equals("ex"))
                    || i > 1 && v.lower(i - 2).equals("former") && v.isNoun(i - 1); // "a former police general"
            link(v, ctx, sink, i, h, role, former);
            return h + 1;
        }
        return i + 1;
    }

    private void link(SentenceView v, DocContext ctx, FactSink sink, int first, int h, String role, boolean former) {
        int person = -1;
        int next = h + 1;
        while (next < v.size() - 1 && v.mentionAt[next] < 0 && lex.honorifics.contains(v.lower(next))) {
            // "the Crown Prince Prince X", "the Minister the Sayyed X": forms of address between title and name.
            next++;
        }
        if (next < v.size() && v.mentionAt[next] >= 0 && ctx.mentions.get(v.mentionAt[next]).type == ActorType.PERSON
                && ctx.mentions.get(v.mentionAt[next]).tokenBegin == next) {
            person = v.mentionAt[next];
        }
        // A title of several words hangs its appositive on its own head ("chief" of "the army's chief of staff, X").
        for (int anchor : new int[] {h, spanHead(v, first, h)}) {
            for (Dependency d : v.children(anchor)) {
                if (person < 0 && d.relation().equals("appos")) {
                    person = personAt(v, ctx, d.dependent());
                }
            }
            for (Dependency d : v.parents(anchor)) {
                if (person < 0 && d.relation().equals("appos") && d.governor() >= 0) {
                    person = personAt(v, ctx, d.governor());
                }
            }
        }
        if (person < 0) {
            person = nameBeforeAppositiveTitle(v, ctx, first);
        }
        int conjoined = v.governor(h, "conj:and");
        if (person < 0 && conjoined >= 0 && lex.role(v.lemma(conjoined)) != null) {
            // "X, the vice president of Y and its prime minister": titles joined by "and" go to one name.
            person = nameBeforeAppositiveTitle(v, ctx, titleStart(v, conjoined));
            for (Dependency d : v.parents(conjoined)) {
                if (person < 0 && d.relation().equals("appos") && d.governor() >= 0) {
                    person = personAt(v, ctx, d.governor());
                }
            }
        }
        // "the spokesman for Y, X", "the commander of the operations of Y, X": the parser often hangs the name on
        // the body rather than on the title.
        int bodyWithName = -1;
        for (int body : bodies(v, h)) {
            for (int a : v.dependents(body, "appos")) {
                int p = personAt(v, ctx, a);
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
            person = personAt(v, ctx, v.first(h, "nsubj"));
        }
        int verb = v.governor(h, "xcomp", "obj");
        if (person < 0 && verb >= 0 && v.relationToHead(h).equals("xcomp") && lex.servingVerbs.contains(v.lemma(verb))) {
            // "X, an economist who becomes finance minister", "X remained chief of staff".
            person = personAt(v, ctx, v.first(verb, "nsubj"));
        }
        if (person < 0 && verb < 0) {
            // "X served as minister of finance", "she worked as deputy governor": the verb's subject holds the post;
            // "X was confirmed as minister of defence": a naming verb's passive subject does.
            int serving = v.governor(h, "obl:as");
            if (serving >= 0 && lex.namingVerbs.contains(v.lemma(serving))) {
                verb = serving;
                person = personAt(v, ctx, v.first(serving, "nsubj:pass"));
                person = person >= 0 ? person : personAt(v, ctx, v.first(serving, "obj"));
            } else if (serving >= 0 && lex.servingVerbs.contains(v.lemma(serving))) {
                verb = serving;
                // "X led Y and went on to serve as prime minister": up through "to" clauses and "and" to the subject.
                for (int t = serving, depth = 0; person < 0 && t >= 0 && depth < 3; depth++) {
                    person = personAt(v, ctx, v.first(t, "nsubj", "nsubj:xsubj"));
                    String rel = v.relationToHead(t);
                    t = rel.equals("xcomp") || rel.equals("conj:and") || rel.startsWith("advcl") || rel.equals("dep") ? v.head(t) : -1;
                }
            }
        }
        if (person < 0 && verb >= 0 && lex.namingVerbs.contains(v.lemma(verb))) {
            person = personAt(v, ctx, v.first(verb, "nsubj:pass"));
        }
        if (person < 0 && first > 0 && v.lower(first - 1).equals("as")) {
            // "appointed X, until now Z, as chief of staff of Y": the parse rarely joins the title to the verb.
            int naming = namingVerbBefore(v, first - 1);
            if (naming >= 0) {
                verb = naming;
                person = personAt(v, ctx, v.first(naming, "obj"));
                person = person >= 0 ? person : personAt(v, ctx, v.first(naming, "nsubj:pass"));
            }
        }
        if (person < 0) {
            return;
        }
        int object = bodyWithName >= 0 ? v.mentionAt[bodyWithName] : -1;
        String fullRole = names.portfolio(v, first, h, names.qualifiedRole(v, ctx, first, h, role));
        // "the PDF's chief of staff": the owner hangs on the title's head word, not on its last.
        List<Dependency> modifiers = new java.util.ArrayList<>(v.children(h));
        int spanHead = spanHead(v, first, h);
        if (spanHead != h) {
            modifiers.addAll(v.children(spanHead).stream().filter(d -> d.relation().equals("nmod:poss")).toList());
        }
        for (Dependency d : modifiers) {
            if (d.relation().equals("compound") && object < 0 && v.mentionAt[d.dependent()] >= 0
                    && v.mentionAt[d.dependent()] != person
                    && ctx.mentions.get(v.mentionAt[d.dependent()]).type == ActorType.ORGANIZATION) {
                // "Kastmir Democratic Party leader Mira Solt": the body names the title.
                object = v.mentionAt[d.dependent()];
            }
            if (OBJECT_PREPS.contains(d.relation())) {
                int a = ctx.actorOf(v, d.dependent());
                if (object < 0 && a >= 0 && a != person) {
                    object = a;
                } else if (a == person && portfolioBeforeName && h + 2 < ctx.mentions.get(person).tokenBegin) {
                    // "Minister of Oil X": the portfolio stands between "of" and the name.
                    fullRole = role + " of " + RoleNames.lowerWords(v, h + 2, ctx.mentions.get(person).tokenBegin);
                } else if (a < 0 && d.relation().equals("nmod:of") && v.dateAt[d.dependent()] == null) {
                    String part = RoleNames.modifiedNoun(v, d.dependent());
                    // "chief of staff of the army" is the titled "army chief of staff" when the lexicon knows that post.
                    String titled = role.equals("minister") ? null : lex.role(part + " " + role);
                    fullRole = titled != null ? titled : role + " of " + part;
                    for (Dependency d2 : v.children(d.dependent())) {
                        if (object < 0 && OBJECT_PREPS.contains(d2.relation())) {
                            object = ctx.actorOf(v, d2.dependent());
                        } else if (object < 0 && d2.relation().equals("compound") && v.mentionAt[d2.dependent()] >= 0
                                && lex.areaNouns.contains(v.lower(d.dependent()))
                                && ctx.mentions.get(v.mentionAt[d2.dependent()]).type != ActorType.PERSON) {
                            // "governor of Ras Tolmer province": the place that names the area holds the office
                            // ("director of Middle East studies" is a post of no place).
                            object = v.mentionAt[d2.dependent()];
                            fullRole = role;
                        }
                    }
                }
            }
        }
        if (object < 0 && verb >= 0) {
            for (Dependency d : v.children(verb)) {
                if (object < 0 && (d.relation().equals("obl:in") || d.relation().equals("obl:of"))) {
                    int a = v.mentionAt[d.dependent()];
                    object = a >= 0 && ctx.mentions.get(a).type == ActorType.COUNTRY ? a : -1;
                }
            }
        }
        for (int k = first - 1; object < 0 && k >= Math.max(0, first - 2); k--) {
            int a = v.mentionAt[k];
            if (a >= 0 && ctx.mentions.get(a).type == ActorType.COUNTRY) {
                object = a;
            }
        }
        for (int acl : v.dependents(h, "acl")) {
            // "a first lieutenant attached to the Interior Ministry", "an officer assigned to Y".
            if (object < 0 && lex.postingVerbs.contains(v.lemma(acl))) {
                int a = ctx.actorOf(v, v.first(acl, "obl:to"));
                object = a >= 0 && ctx.mentions.get(a).type == ActorType.ORGANIZATION ? a : -1;
            }
        }
        if (object < 0) {
            object = PostBodies.countryOfDescription(v, ctx, first);
        }
        if (object < 0) {
            object = PostBodies.bodyAfterTitle(v, ctx, h);
        }
        if (object < 0) {
            // "Prime Minister X of Veloria": the state follows the name.
            MentionFinder.Draft p = ctx.mentions.get(person);
            int of = p.sentence == v.sentence.index() ? v.first(p.tokenEnd - 1, "nmod:of") : -1;
            int a = of >= 0 ? v.mentionAt[of] : -1;
            if (a >= 0 && a != person && ctx.mentions.get(a).type != ActorType.PERSON) {
                object = a;
            }
        }
        String value = former ? "former" : null;
        if (object >= 0 && fullRole.equals("minister") && ctx.mentions.get(object).type == ActorType.ORGANIZATION
                && DocContext.isMinistry(ctx.mentions.get(object).text)) {
            // "the Interior Ministry's minister" holds the state post "minister of interior".
            String portfolio = RoleNames.ministryPortfolio(lex, ctx.mentions.get(object).text);
            if (!portfolio.isEmpty()) {
                fullRole = "minister of " + portfolio;
                object = -1;
            }
        }
        if (object < 0 && PostBodies.LEGISLATIVE_ROLES.contains(role)) {
            object = bodies.legislature(ctx);
        }
        if (object < 0 && (isStateTitle(role) || isStateTitle(fullRole))) {
            object = bodies.hostState(v, ctx, first);
            // "President Al-Sisi" after "the President of the Arab Republic of Egypt, Al-Sisi": the state the document
            // already gave this person, before the document's home state.
            object = object >= 0 ? object : ctx.countryOf(person);
            object = object >= 0 ? object : ctx.mainCountry(v.sentence.index());
            value = object < 0 ? value : former ? "former; inferred" : "inferred";
        }
        if (object >= 0 && ctx.mentions.get(object).type == ActorType.PERSON && object != person
                && (namedInOfPhrase(v, h, object) || lex.bodyTitles.contains(role) && namedAsOwner(v, first, h, object))) {
            // "the leader of Y, X", "Y's leader X": a name in the body's slot is a body NER mistook for a person
            // ("his deputy", "X's spokesman" may well be a person's).
            ctx.mentions.get(object).type = ActorType.ORGANIZATION;
        }
        String[] span = span(v, sink, h, verb);
        sink.add(FactKind.ROLE, person, object, fullRole, value, span[0], span[1], v, verb >= 0 ? verb : h, ctx);
        if (object >= 0 && ctx.mentions.get(object).type == ActorType.ORGANIZATION && !(value != null && value.startsWith("former"))) {
            // Holding a post in an organization makes one its member.
            sink.add(FactKind.MEMBER, person, object, null, null, span[0], span[1], v, verb >= 0 ? verb : h, ctx);
        }
    }

    /**
     * The nouns a title's of/for phrase names and, through a common noun that is no title ("the commander of the
     * operations of Y"), the nouns its own of phrase names.
     */
    private List<Integer> bodies(SentenceView v, int h) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int body : v.dependents(h, "nmod:of", "nmod:for")) {
            out.add(body);
            if (v.mentionAt[body] < 0 && lex.role(v.lemma(body)) == null) {
                out.addAll(v.dependents(body, "nmod:of"));
            }
        }
        return out;
    }

    /** Whether mention {@code m} is named in the title's of/for phrase in this sentence ("the leader of Y"). */
    private static boolean namedInOfPhrase(SentenceView v, int h, int m) {
        for (int body : v.dependents(h, "nmod:of", "nmod:for")) {
            if (v.mentionAt[body] == m) {
                return true;
            }
        }
        return false;
    }

    /** Whether mention {@code m} is the title's possessive owner named as such ("Y's leader"), not a pronoun. */
    private static boolean namedAsOwner(SentenceView v, int first, int h, int m) {
        for (int t : new int[] {first, h}) {
            int owner = v.first(t, "nmod:poss");
            if (owner >= 0 && v.mentionAt[owner] == m && !v.isPronoun(owner)) {
                return true;
            }
        }
        return false;
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
        int after = comma + 1;
        while (after < v.size() - 1 && v.mentionAt[after] < 0 && lex.honorifics.contains(v.lower(after))) {
            after++; // "the Emir of the State of Y, Sheikh X"
        }
        int name = after < v.size() && v.lower(comma).equals(",") ? v.mentionAt[after] : -1;
        return name >= 0 && ctx.mentions.get(name).type == ActorType.PERSON && ctx.mentions.get(name).tokenBegin == after ? name : -1;
    }

    /** The token of a span whose head lies outside it: the syntactic head of a title of several words. */
    private static int spanHead(SentenceView v, int first, int last) {
        for (int t = first; t <= last; t++) {
            int head = v.head(t);
            if (head < first || head > last) {
                return t;
            }
        }
        return last;
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
            if (v.isVerb(k) && lex.namingVerbs.contains(v.lemma(k))) {
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

    /** State-level posts: those of {@code state-titles.txt} and any cabinet minister ("interior minister", "minister of oil"). */
    static boolean isStateTitle(Lexicons lex, String role) {
        return lex.stateTitles.contains(role) || role.endsWith("minister") || role.startsWith("minister of ");
    }

    private boolean isStateTitle(String role) {
        return isStateTitle(lex, role);
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

    /**
     * Start and end of a post from dates on the title or its verb: "since 2016"/"from 2009"/"in 2016" start it,
     * "until 2020"/"to 2017" end it, a range ("from 2009 to 2017", which SUTime reads as one value) gives both.
     * A "former"/"then-" title without such dates keeps both unknown (value "former"): the article's date only bounds
     * the end from above, and writing it as the end would state a date the text does not give.
     */
    private static String[] span(SentenceView v, FactSink sink, int... anchors) {
        String start = null;
        String end = null;
        for (int a : anchors) {
            if (a < 0) {
                continue;
            }
            for (Dependency d : v.children(a)) {
                EntityMention m = v.dateAt[d.dependent()];
                String rel = d.relation();
                if (m == null || m.normalized().contains("REF") || rel.startsWith("conj")) {
                    continue;
                }
                String prep = rel.contains(":") ? rel.substring(rel.indexOf(':') + 1) : "";
                String rangeEnd = sink.end(m);
                if (END_PREPS.contains(prep) && rangeEnd == null) {
                    end = end == null ? sink.start(m) : end;
                } else if (START_PREPS.contains(prep) || prep.isEmpty() || prep.equals("tmod")) {
                    start = start == null ? sink.start(m) : start;
                    end = end == null ? rangeEnd : end;
                }
            }
        }
        return new String[] {start, end};
    }

    static int personAt(SentenceView v, DocContext ctx, int token) {
        int a = ctx.actorOf(v, token);
        return a >= 0 && ctx.mentions.get(a).type == ActorType.PERSON ? a : -1;
    }
}
