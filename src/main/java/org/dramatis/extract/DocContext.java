package org.dramatis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * One document under extraction: its sentence views, its mentions, and the cheap rule-based reference resolution
 * the rules share (pronouns, "the group", "this man" → the nearest compatible actor or the document's main person).
 */
final class DocContext {
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "himself", "herself");
    static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "them", "their", "which", "itself");

    final AnnotatedDocument doc;
    final List<SentenceView> views = new ArrayList<>();
    final List<MentionFinder.Draft> mentions;
    final Lexicons lex;
    /** The facts found so far in this document (earlier sentences, and earlier rules on this one), read-only. */
    final List<FactClaim> known;
    private final int topicPersonKey;
    private final String mainCountryKey;
    private final List<String> keys = new ArrayList<>();
    final NameReferences names;
    final Antecedents antecedents;
    private final ActorReferences references;

    DocContext(AnnotatedDocument doc, List<MentionFinder.Draft> mentions, Lexicons lex, FactSink sink) {
        this.doc = doc;
        this.mentions = mentions;
        this.names = new NameReferences(views, mentions, lex.places().stateWords());
        this.lex = lex;
        this.known = sink.known();
        this.antecedents = new Antecedents(this);
        this.references = new ActorReferences(this);
        doc.sentences().forEach(s -> views.add(new SentenceView(s)));
        markQuotes();
        for (int i = 0; i < mentions.size(); i++) {
            MentionFinder.Draft d = mentions.get(i);
            SentenceView v = views.get(d.sentence);
            for (int t = d.tokenBegin; t < d.tokenEnd; t++) {
                v.mentionAt[t] = i;
            }
        }
        TypeRepair.apply(this);
        Map<String, Integer> personCounts = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            MentionFinder.Draft d = mentions.get(i);
            String key = key(d);
            keys.add(key);
            if (d.type == ActorType.PERSON) {
                personCounts.merge(key, 1, Integer::sum);
            }
        }
        String topic = argmax(personCounts);
        topicPersonKey = topic == null ? -1 : keys.indexOf(topic);
        mainCountryKey = new HomeCountry(views, mentions, lex).key(keys);
    }

    /** Marks the tokens between quotation marks, which may span sentences. */
    private void markQuotes() {
        boolean open = false;
        for (SentenceView v : views) {
            for (int t = 0; t < v.size(); t++) {
                if (v.tokens.get(t).word().equals("\"")) {
                    open = !open;
                } else {
                    v.inQuote[t] = open;
                }
            }
        }
    }

    /**
     * The mention a claim should name for mention {@code m}: for a nationality adjective ("the Veloran envoy") the
     * country's own name when the document uses it, so that facts attach to the state rather than to its adjective.
     */
    int canonical(int m) {
        if (m < 0) {
            return m;
        }
        String concept = mentions.get(m).source.equals("pattern") ? lex.bodies().bodyConcept(mentions.get(m).text) : null;
        if (concept != null) {
            // "the counterterrorism forces" after "the anti-terrorist forces": one body, named by its first mention.
            for (int i = 0; i < m; i++) {
                if (concept.equals(lex.bodies().bodyConcept(mentions.get(i).text))) {
                    return i;
                }
            }
            return m;
        }
        if (mentions.get(m).countryName == null) {
            return m;
        }
        String name = mentions.get(m).countryName;
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).countryName == null && mentions.get(i).text.equalsIgnoreCase(name)) {
                return i;
            }
        }
        return m;
    }

    /** The first mention of the state whose capital {@code city} is ("Tehran" → a mention "Iran"), or -1. */
    static int stateOfCapital(PlaceWords places, List<MentionFinder.Draft> mentions, String city) {
        String state = places.countryOfCapital(city);
        return state == null ? -1 : stateNamed(mentions, state);
    }

    /** The first mention of the state called {@code state} ("Iran", "the Islamic Republic of Iran", "US"), or -1. */
    static int stateNamed(List<MentionFinder.Draft> mentions, String state) {
        for (int i = 0; state != null && i < mentions.size(); i++) {
            String text = mentions.get(i).text.toLowerCase(java.util.Locale.ROOT);
            String name = state.toLowerCase(java.util.Locale.ROOT);
            // "Iran", or its formal name "the Islamic Republic of Iran"; "U.S." for "the United States" and back.
            if (mentions.get(i).type == ActorType.COUNTRY && (text.equals(name) || text.endsWith(" of " + name)
                    || text.endsWith(" of the " + name) || text.replace(".", "").equals(initials(name))
                    || name.replace(".", "").equals(initials(text)))) {
                return i;
            }
        }
        return -1;
    }

    /** "us" for "united states", "uae" for "united arab emirates"; empty for a one-word name. */
    private static String initials(String name) {
        String[] words = name.split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(w.isEmpty() ? "" : w.substring(0, 1));
        }
        return words.length < 2 ? "" : sb.toString();
    }

    /** The document key of a mention: a person's surname, a state's name, an organization's text. */
    String keyOf(int m) {
        return keys.get(m);
    }

    /** Whether two mentions name the same person by this document's surname keys. */
    boolean samePerson(int a, int b) {
        return a >= 0 && b >= 0 && mentions.get(a).type == ActorType.PERSON && keys.get(a).equals(keys.get(b));
    }

    private String key(MentionFinder.Draft d) {
        if (d.type == ActorType.PERSON) {
            String[] words = d.text.split("[\\s]+");
            return "P:" + MentionFinder.bareSurname(words[words.length - 1]);
        }
        if (d.type == ActorType.COUNTRY) {
            return "C:" + (d.countryName == null ? d.text : d.countryName);
        }
        return d.type + ":" + d.text;
    }

    static String argmax(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    /** The mention of the document's most-mentioned person nearest before {@code sentence} (or its first), or -1. */
    int topicPerson(int sentence) {
        if (topicPersonKey < 0) {
            return -1;
        }
        return nearestWithKey(keys.get(topicPersonKey), sentence);
    }

    /**
     * A mention of the document's most-mentioned country, preferring the country's own name over its adjective or its
     * capital; -1 if none.
     */
    int mainCountry(int sentence) {
        if (mainCountryKey == null) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < mentions.size(); i++) {
            if (keys.get(i).equals(mainCountryKey) && mentions.get(i).countryName == null
                    && lex.places().countryOfCapital(mentions.get(i).text) == null) {
                best = i;
                if (mentions.get(i).sentence >= sentence) {
                    break;
                }
            }
        }
        return best >= 0 ? best : nearestWithKey(mainCountryKey, sentence);
    }

    private int nearestWithKey(String key, int sentence) {
        int best = -1;
        for (int i = 0; i < mentions.size(); i++) {
            if (keys.get(i).equals(key)) {
                if (best < 0 || mentions.get(i).sentence <= sentence) {
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * The actor a token stands for: a mention covering it; a mention in apposition with it ("the bloc, X" / "X, the
     * bloc"); for pronouns and anaphoric nouns ("this man", "the group"), the nearest compatible earlier mention. -1 if none.
     */
    int actorOf(SentenceView v, int token) {
        return references.actorOf(v, token);
    }

    /** The country the document makes {@code person} an official or a national of (the latest such fact), or -1. */
    int countryOf(int person) {
        int country = -1;
        for (FactClaim f : known) {
            boolean about = f.kind() == FactKind.NATIONALITY || f.kind() == FactKind.ROLE && TitleRules.isStateTitle(lex.titles(), f.role());
            // NER often calls an unfamiliar state a place; the object of a state post is a state.
            boolean state = f.object() >= 0 && (mentions.get(f.object()).type == ActorType.COUNTRY
                    || mentions.get(f.object()).type == ActorType.LOCATION);
            if (about && state && samePerson(f.subject(), person)) {
                country = f.object();
            }
        }
        return country;
    }

    /** The latest post the document gave {@code person} in a body that is no person, or null. */
    FactClaim postOf(int person) {
        FactClaim post = null;
        for (FactClaim f : known) {
            if (f.kind() == FactKind.ROLE && f.role() != null && f.object() >= 0 && samePerson(f.subject(), person)
                    && mentions.get(f.object()).type != ActorType.PERSON && !samePerson(f.object(), person)) {
                post = f;
            }
        }
        return post;
    }

    /**
     * The subject token of a verb: its nsubj, or when the parse gave it none, a relative pronoun right before it
     * ("X, who appointed Y", parsed without the pronoun as subject); -1 if neither.
     */
    static int subjectToken(SentenceView v, int verb) {
        int s = v.first(verb, "nsubj");
        if (s < 0 && verb > 0 && v.pos(verb - 1).startsWith("W") && v.first(verb, "nsubj:pass") < 0) {
            return verb - 1;
        }
        return s;
    }

    /** A body named earlier by the head noun of its name ("the alliance" after "the Wafa Alliance"), or -1. */
    int headNounAntecedent(SentenceView v, int token) {
        return names.headNoun(v, token);
    }

    static boolean isPersonPronoun(String lower) {
        return PERSON_PRONOUNS.contains(lower);
    }

    /** Whether a noun may stand for a group already named ("the group", "the controversial one"). */
    boolean isGroupNoun(String lemma) {
        return lex.references().groupNouns().contains(lemma);
    }

    /** The actor subject of the previous sentence's main verb, or -1. */
    int previousSentenceSubject(SentenceView v) {
        if (v.sentence.index() == 0) {
            return -1;
        }
        SentenceView p = views.get(v.sentence.index() - 1);
        for (int t = 0; t < p.size(); t++) {
            if (p.relationToHead(t).equals("root")) {
                return actorOf(p, p.first(t, "nsubj"));
            }
        }
        return -1;
    }

    /** For an object pronoun: the nearest earlier person that is not {@code excluded}'s person, or -1. */
    int resolvePersonExcept(SentenceView v, int token, int excluded) {
        return antecedents.resolveExcept(v, token, excluded);
    }

    /** See {@link Antecedents#resolve}. */
    int resolve(SentenceView v, int token, boolean person) {
        return antecedents.resolve(v, token, person);
    }

    /** Whether a name holds an institution's head noun ("Harbour Institute", "Ministry of Interior"). */
    static boolean isInstitution(BodyWords bodies, String name) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (bodies.institutionHeads().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is a ministry's ("Interior Ministry", "Ministry of Foreign Affairs"). */
    static boolean isMinistry(String name) {
        return (" " + name.toLowerCase(java.util.Locale.ROOT) + " ").contains(" ministry ");
    }

}
