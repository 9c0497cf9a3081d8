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
 * ("appointed X as chief of staff of Y"), found by {@link TitleHolders}; linked to the body by of/for/at/poss/demonym.
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

    private final TitleWords titles;
    private final PlaceWords places;
    private final EventWords events;
    private final RoleNames names;
    private final PostBodies bodies;
    private final TitleHolders holders;
    private final PostQualifiers qualifiers;

    TitleRules(TitleWords titles, PlaceWords places, BodyWords bodies, EventWords events) {
        this.titles = titles;
        this.places = places;
        this.events = events;
        this.names = new RoleNames(titles, places);
        this.bodies = new PostBodies(bodies, places);
        this.holders = new TitleHolders(titles);
        this.qualifiers = new PostQualifiers(titles);
    }

    /** Links the title starting at {@code i}, if any; returns the first token after it. */
    int titleAt(SentenceView v, DocContext ctx, FactSink sink, int i) {
        Title title = title(v, ctx, i);
        if (title != null && title.held()) {
            link(v, ctx, sink, title.first(), title.head(), title.role(), title.former());
        }
        return title == null ? i + 1 : title.next();
    }

    /**
     * A title of {@code roles.txt} in a sentence, from {@code first} to {@code head}: held by someone unless it owns
     * another noun ("the prime minister's father"); {@code next} is the first token after it.
     */
    record Title(int first, int head, String role, boolean former, boolean held, int next) {
    }

    /** The title starting at {@code i}, the longest the lexicon knows; null if none. */
    Title title(SentenceView v, DocContext ctx, int i) {
        for (int n = Math.min(titles.longestRole(), v.size() - i); n >= 1; n--) {
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
            String role = titles.role(sb.toString());
            int h = i + n - 1;
            if (role == null || !v.isNoun(h) || v.mentionAt[h] >= 0 && ctx.mentions.get(v.mentionAt[h]).type != ActorType.PERSON) {
                continue;
            }
            if (n == 1 && titles.postQualifiers().containsKey(v.lower(i)) && qualifiers.titleFollows(v, i + 1)) {
                // "Deputy Interior Minister X": the qualifier belongs to the title that follows (qualified in link).
                return null;
            }
            if (h + 1 < v.size() && v.pos(h + 1).equals("POS")) {
                // "X, the prime minister's father": the title owns another noun; it is nobody's post here.
                return new Title(i, h, role, former, false, h + 2);
            }
            former |= i > 0 && (v.lower(i - 1).equals("former") || v.lower(i - 1).equals("ex"))
                    || i > 1 && v.lower(i - 2).equals("former") && v.isNoun(i - 1); // "a former police general"
            return new Title(i, h, role, former, true, h + 1);
        }
        return null;
    }

    private void link(SentenceView v, DocContext ctx, FactSink sink, int first, int h, String role, boolean former) {
        Holding held = holding(v, ctx, first, h, role, former);
        if (held == null) {
            return;
        }
        int person = held.person();
        int verb = held.verb();
        int object = held.object();
        String value = held.value();
        String[] span = span(v, sink, h, verb);
        if (span[0] == null && (value == null || !value.contains("former"))) {
            span[0] = tookOffice(v, ctx, sink, person);
        }
        String fullRole = qualifiers.qualified(v, first, role, held.role());
        sink.add(FactKind.ROLE, person, object, fullRole, value, span[0], span[1], v, verb >= 0 ? verb : h, ctx);
        if (object >= 0 && ctx.mentions.get(object).type == ActorType.ORGANIZATION && !(value != null && value.startsWith("former"))
                && !titles.isRank(role) && !bodies.institution(ctx.mentions.get(object).text)) {
            // Holding a post in an organization makes one its member (a rank says what one is in a force, no more; a
            // ministry's spokesman or a government's prime minister holds a post there, no membership).
            sink.add(FactKind.MEMBER, person, object, null, null, span[0], span[1], v, verb >= 0 ? verb : h, ctx);
        }
    }

    /** Who holds a title, the verb that tells it (or -1), the body (or -1), the full post and its value. */
    record Holding(int person, int verb, int object, String role, String value) {
    }

    /** Who holds the title from {@code first} to {@code h}, and of what; null when nobody does. */
    Holding holding(SentenceView v, DocContext ctx, int first, int h, String role, boolean former) {
        TitleHolders.Holder holder = holders.find(v, ctx, first, h);
        int person = holder.person();
        int verb = holder.verb();
        int bodyWithName = holder.bodyWithName();
        if (person < 0) {
            return null;
        }
        int object = bodyWithName >= 0 ? v.mentionAt[bodyWithName] : -1;
        // A portfolio the tagger took for a group is no body: the modifiers below name the post.
        object = portfolioAfter(v, ctx, role, h, object) ? -1 : object;
        String fullRole = names.portfolio(v, first, h, names.qualifiedRole(v, ctx, first, h, role));
        Post post = fromModifiers(v, ctx, first, h, role, person, holder.portfolioBeforeName(), new Post(object, fullRole));
        object = post.object() >= 0 ? post.object() : bodyElsewhere(v, ctx, first, h, verb, person);
        object = portfolioAfter(v, ctx, role, h, object) ? -1 : object;
        fullRole = post.role();
        String value = former ? "former" : null;
        String ministerPost = object >= 0 && fullRole.equals("minister") ? RoleNames.ministerPost(titles, places, ctx.mentions.get(object)) : null;
        if (ministerPost != null) {
            // "the Interior Ministry's minister" holds the state post "minister of interior".
            fullRole = ministerPost;
            object = -1;
        }
        if (object < 0 && titles.legislativeRoles().contains(role)) {
            object = bodies.legislature(ctx);
        }
        if (object < 0 && titles.isRank(role)) {
            object = PostBodies.forceBefore(v, ctx, titles, first);
            object = object >= 0 ? object : bodyOfOtherPost(v, ctx, first, h, person);
        }
        if (object < 0 && (isStateTitle(role) || isStateTitle(fullRole) || titles.isRank(role))) {
            object = bodies.hostState(v, ctx, first);
            // "President Al-Sisi" after "the President of the Arab Republic of Egypt, Al-Sisi": the state the document
            // already gave this person, before the document's home state.
            object = object >= 0 ? object : ctx.countryOf(person);
            String onlyState = titles.titleStates().get(fullRole);
            if (object < 0 && onlyState != null) {
                // "Secretary of State X" in a story from Baghdad: a post only one state has is held there, never in the
                // home state; with that state unnamed in the document, the post keeps no body.
                int named = DocContext.stateNamed(ctx.mentions, onlyState);
                value = named < 0 ? value : former ? "former; inferred" : "inferred";
                return new Holding(person, verb, named, fullRole, value);
            }
            object = object >= 0 ? object : ctx.mainCountry(v.sentence.index());
            value = object < 0 ? value : former ? "former; inferred" : "inferred";
        }
        FactClaim principal = object >= 0 && object != person && role.equals("deputy")
                && ctx.mentions.get(object).type == ActorType.PERSON ? ctx.postOf(object) : null;
        if (principal != null) {
            // "Soleimani's deputy, Esmail Qaani": the deputy of the post the text gave that person, in its body.
            fullRole = "deputy " + principal.role();
            object = principal.object();
        }
        return new Holding(person, verb, object, fullRole, value);
    }

    /**
     * Whether a held title's body is a "person" in a body's slot: "the leader of Y, X", "Y's leader X" name a body NER
     * mistook for a person ("his deputy", "X's spokesman" may well be a person's).
     */
    boolean bodyInPersonSlot(SentenceView v, DocContext ctx, Title title, Holding held) {
        int object = held.object();
        return object >= 0 && ctx.mentions.get(object).type == ActorType.PERSON && object != held.person()
                && (namedInOfPhrase(v, title.head(), object)
                || titles.bodyTitles().contains(title.role()) && namedAsOwner(v, title.first(), title.head(), object));
    }


    /** A post's body and full title as far as the title's own modifiers tell them. */
    private record Post(int object, String role) {
    }

    /**
     * The body and full title the title's modifiers give: "Kastmir Democratic Party leader X", "leader of Y", "Minister
     * of Oil X", "chief of staff of the army", "governor of Ras Tolmer province".
     */
    private Post fromModifiers(SentenceView v, DocContext ctx, int first, int h, String role, int person,
                               boolean portfolioBeforeName, Post found) {
        int object = found.object();
        String fullRole = found.role();
        // "the PDF's chief of staff": the owner hangs on the title's head word, not on its last.
        List<Dependency> modifiers = new java.util.ArrayList<>(v.children(h));
        int spanHead = spanHead(v, first, h);
        if (spanHead != h) {
            modifiers.addAll(v.children(spanHead).stream().filter(d -> d.relation().equals("nmod:poss")).toList());
        }
        for (Dependency d : modifiers) {
            boolean groupWord = d.relation().equals("amod") && v.mentionAt[d.dependent()] >= 0
                    && ctx.mentions.get(v.mentionAt[d.dependent()]).type == ActorType.ORGANIZATION;
            if ((d.relation().equals("compound") || groupWord) && object < 0 && v.mentionAt[d.dependent()] >= 0
                    && v.mentionAt[d.dependent()] != person && compoundBody(role, ctx.mentions.get(v.mentionAt[d.dependent()]), first)) {
                // "Kastmir Democratic Party leader Mira Solt", "Ras Tolmer Governor X": the body names the title; so does
                // a group's name the parser read as an adjective ("Houthi leader X").
                object = v.mentionAt[d.dependent()];
            }
            if (OBJECT_PREPS.contains(d.relation())) {
                int a = ctx.actorOf(v, d.dependent());
                String portfolio = object < 0 && a >= 0 && a != person && d.relation().equals("nmod:of")
                        ? names.portfolioNamed(role, ctx.mentions.get(a)) : null;
                if (portfolio != null) {
                    // "the Minister of Defence, X" with "Defence" tagged a group: the portfolio, not the body; "the
                    // Minister of Foreign Affairs of Y": the state follows the portfolio.
                    fullRole = portfolio;
                    for (Dependency d2 : v.children(ctx.mentions.get(a).tokenEnd - 1)) {
                        int state = OBJECT_PREPS.contains(d2.relation()) ? ctx.actorOf(v, d2.dependent()) : -1;
                        if (object < 0 && state >= 0 && state != person && ctx.mentions.get(state).type == ActorType.COUNTRY) {
                            object = state;
                        }
                    }
                } else if (object < 0 && a >= 0 && a != person) {
                    object = a;
                } else if (a == person && portfolioBeforeName && h + 2 < ctx.mentions.get(person).tokenBegin) {
                    // "Minister of Oil X": the portfolio stands between "of" and the name.
                    fullRole = role + " of " + RoleNames.lowerWords(v, h + 2, ctx.mentions.get(person).tokenBegin);
                } else if (a < 0 && d.relation().equals("nmod:of") && v.dateAt[d.dependent()] == null) {
                    String part = RoleNames.modifiedNoun(v, d.dependent());
                    // "chief of staff of the army" is the titled "army chief of staff" when the lexicon knows that post.
                    String titled = role.equals("minister") ? null : titles.role(part + " " + role);
                    fullRole = titled != null ? titled : role + " of " + part;
                    for (Dependency d2 : v.children(d.dependent())) {
                        if (object < 0 && OBJECT_PREPS.contains(d2.relation())) {
                            object = ctx.actorOf(v, d2.dependent());
                        } else if (object < 0 && d2.relation().equals("compound") && v.mentionAt[d2.dependent()] >= 0
                                && places.areaNouns().contains(v.lower(d.dependent()))
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
        return new Post(object, fullRole);
    }

    /**
     * Whether a mention compounded before a title names the post's body: a group ("Kastmir Democratic Party leader"),
     * or a place right before a title held over a place ({@code place-titles.txt}: "Ras Tolmer Governor X",
     * "Jubaland President X", a region's post; never a dateline's city the parser hung on the title).
     */
    private boolean compoundBody(String role, MentionFinder.Draft m, int first) {
        return m.type == ActorType.ORGANIZATION
                || m.type == ActorType.LOCATION && titles.placeTitles().contains(role) && m.tokenEnd == first;
    }

    /**
     * Whether mention {@code m} is a minister's portfolio the tagger took for a group, named in the title's of-phrase
     * or right after it ("the Minister of Defence, X"): the post, not its body ({@link RoleNames#portfolioNamed}).
     */
    private boolean portfolioAfter(SentenceView v, DocContext ctx, String role, int h, int m) {
        return m >= 0 && names.portfolioNamed(role, ctx.mentions.get(m)) != null
                && (namedInOfPhrase(v, h, m) || m == PostBodies.bodyAfterTitle(v, ctx, h));
    }

    /**
     * The body of a title whose modifiers name none: a country the verb or the words before the title name, the body
     * a posting verb names ("attached to the Interior Ministry"), a description or a body after the title, or the state
     * after the name ("Prime Minister X of Veloria"); -1 if none.
     */
    private int bodyElsewhere(SentenceView v, DocContext ctx, int first, int h, int verb, int person) {
        int object = -1;
        if (verb >= 0) {
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
            if (object < 0 && titles.postingVerbs().contains(v.lemma(acl))) {
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
        return object;
    }

    /**
     * "Brig Gen X, commander of the Y": the organization in which the holder of a rank holds another post this sentence
     * names, the force the text attaches the rank to; -1 if none.
     */
    private int bodyOfOtherPost(SentenceView v, DocContext ctx, int first, int h, int person) {
        for (int t = 0; t < v.size(); t++) {
            Title other = t < first || t > h ? title(v, ctx, t) : null;
            if (other == null || !other.held() || titles.isRank(other.role())) {
                continue;
            }
            Holding held = holding(v, ctx, other.first(), other.head(), other.role(), other.former());
            if (held != null && held.person() == person && held.object() >= 0
                    && ctx.mentions.get(held.object()).type == ActorType.ORGANIZATION) {
                return held.object();
            }
        }
        return -1;
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


    /** The token of a span whose head lies outside it: the syntactic head of a title of several words. */
    static int spanHead(SentenceView v, int first, int last) {
        for (int t = first; t <= last; t++) {
            int head = v.head(t);
            if (head < first || head > last) {
                return t;
            }
        }
        return last;
    }


    /** State-level posts: those of {@code state-titles.txt} and any cabinet minister ("interior minister", "minister of oil"). */
    static boolean isStateTitle(TitleWords titles, String role) {
        return titles.stateTitles().contains(role) || role.endsWith("minister") || role.startsWith("minister of ");
    }

    private boolean isStateTitle(String role) {
        return isStateTitle(titles, role);
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

    /**
     * "Prime Minister X, who took office in March": the date of a relative clause on the holder that says he came to
     * the post (taking or assuming office, the helm or command, taking over, becoming), as the post's start; or null.
     */
    private String tookOffice(SentenceView v, DocContext ctx, FactSink sink, int person) {
        MentionFinder.Draft p = ctx.mentions.get(person);
        if (p.sentence != v.sentence.index()) {
            return null;
        }
        for (int r : v.dependents(p.tokenEnd - 1, "acl:relcl")) {
            int obj = v.first(r, "obj");
            int prt = v.first(r, "compound:prt");
            Lexicons.EventTrigger t = obj >= 0 ? events.event(v.lemma(r) + " " + v.lemma(obj))
                    : prt >= 0 ? events.event(v.lemma(r) + " " + v.lemma(prt)) : null;
            boolean came = t != null && "accession".equals(t.mode()) || v.lemma(r).equals("become");
            EntityMention date = came ? v.dateOf(r) : null;
            if (date != null) {
                return sink.start(date);
            }
        }
        return null;
    }

    static int personAt(SentenceView v, DocContext ctx, int token) {
        int a = ctx.actorOf(v, token);
        return a >= 0 && ctx.mentions.get(a).type == ActorType.PERSON ? a : -1;
    }
}
