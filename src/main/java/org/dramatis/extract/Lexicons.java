package org.dramatis.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.DramatisException;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;

/**
 * The data files under {@code dramatis/lexicon/} that drive extraction, loaded once and read-only afterwards.
 * Everything domain-specific (titles, trigger verbs, demonyms) lives in these files, never in rule code.
 */
public final class Lexicons {
    /**
     * An event trigger: its PLOVER type, mode ("" when none), whether verbs and/or nouns trigger it, and the verbs a
     * noun must be the object of to trigger (empty: any; "gave the confidence to" but not "restored confidence").
     */
    public record EventTrigger(EventType type, String mode, boolean verb, boolean noun, Set<String> objectOf) {
        public EventTrigger {
            objectOf = Set.copyOf(objectOf);
        }
    }

    /**
     * A relation trigger: verb (or, when {@code adjective}, predicate adjective) lemma, optional required object lemma,
     * optional preposition carrying the object.
     */
    public record RelationTrigger(String lemma, String objectLemma, String preposition, List<FactKind> kinds, boolean reverse,
                                  boolean adjective) {
        public RelationTrigger {
            kinds = List.copyOf(kinds);
        }
    }

    private static final Set<String> PREPOSITIONS = Set.of("to", "from", "against", "with", "for", "by", "of", "on", "in",
            "under", "behind");

    final Map<String, String> roles = new HashMap<>();
    final int longestRole;
    final Set<String> honorifics;
    /** Participles that post someone to a body ("attached to Y", "assigned to Y"). */
    final Set<String> postingVerbs;
    final Set<String> orgHeads;
    /** Generic words that open a toponym ("tell", "wadi", "ras"), lowercase. */
    final Set<String> placePrefixes;
    /** Nouns of administrative areas: a name modifying one is a place ("Ras Tolmer province"). */
    final Set<String> areaNouns;
    /** Occasions led for a day rather than posts ("chaired the session of Y"). */
    final Set<String> occasionNouns;
    /** Lowercase nouns closing a party's name ("the Azm alliance"). */
    final Set<String> partyNouns;
    /** "<State>-backed X": suffixes after a state's name that make it X's backer. */
    final Set<String> backingSuffixes;
    /** Verbs of going somewhere: the place gone to hosts the officials met there. */
    final Set<String> travelVerbs;
    /** Phrases right before a name that use it as a place ("port of", "near"; place-cues.txt). */
    final Set<String> placeCues;
    /** Words naming a legislature ("parliament", "council of representatives"). */
    final Set<String> legislatures;
    /** Words naming a kind of state ("the Republic"): alone, no actor's name. */
    final Set<String> stateWords;
    /** Words opening a state's formal name before its form ("Islamic" in "the Islamic Republic of Iran"). */
    final Set<String> stateQualifiers;
    /** Country of each capital (lowercase), from the resolver's capitals.tsv: where a dateline places a report. */
    private final Map<String, String> capitals = new HashMap<>();
    final Set<String> orgOpeners;
    final List<List<String>> orgBodies = new ArrayList<>();
    /** Each state-body phrase to the first variant on its line: the concept a document's differently worded mentions share. */
    final Map<String, String> bodyConcepts = new HashMap<>();
    final Set<String> groupNouns;
    final Set<String> designationVerbs;
    /** Head nouns of institutions ("ministry", "academy", "channel"). */
    final Set<String> institutionHeads;
    /** Verbs that give a post ("appoint", "elect", "name"; lemmas). */
    final Set<String> namingVerbs;
    /** Canonical roles that are posts of a state ("prime minister", "army chief of staff"); any "... minister" is one too. */
    final Set<String> stateTitles;
    /** Nouns that make a person part of a body ("a member of Y", "among its winners"). */
    final Set<String> memberNouns;
    /** Verbs of serving or operating ("served as", "operates under"). */
    final Set<String> servingVerbs;
    /** Verbs linking a subject to a predicate adjective ("is", "is seen as", "consider him"). */
    final Set<String> linkingVerbs;
    /** Verbs of demanding → the preposition carrying the demand ("" when it is the object or a clause). */
    final Map<String, String> demandVerbs = new HashMap<>();
    /** What one demands of someone one opposes: resignation, apology ... */
    final Set<String> ouster;
    /** Nouns whose "of" phrase names a supporter ("the support of Y"). */
    final Set<String> supportNouns;
    /** Verbs whose subject receives what they govern ("count on", "enjoy", "win"). */
    final Set<String> receivingVerbs;
    /** Nouns of command a body operates under ("under the command of Y"). */
    final Set<String> controlNouns;
    /** Words that mark a country as foreign to the report ("the Kastmiri embassy", "neighbouring Kastmir"). */
    final Set<String> foreignMarkers;
    /** Last words of a state's own bodies (ministry, treasury, corps): qualified by a state, part of it. */
    final Set<String> stateBodies;
    /** Nouns for a crowd of people ("protesters", "supporters"): a crowd storming a building riots. */
    final Set<String> crowdNouns;
    /** Canonical roles that head a government: "the government" stands for their current holder. */
    final Set<String> headsOfGovernment;
    /** Canonical roles whose holder speaks for the body by office. */
    final Set<String> speakerRoles;
    /** Canonical roles only a body has ("Y's leader" makes Y a body). */
    final Set<String> bodyTitles;
    final Map<String, String> roleVerbs = new HashMap<>();
    final Map<String, String> demonyms = new HashMap<>();
    final Map<String, EventTrigger> events = new HashMap<>();
    final Map<String, List<RelationTrigger>> relations = new HashMap<>();
    /** Relation nouns ("a rival of Y", "Y's ally", "the political wing of Y"): noun lemma → triggers, the modifier they need as object lemma. */
    final Map<String, List<RelationTrigger>> relationNouns = new HashMap<>();
    /** Nouns of material aid ("weapons", "cash", "arsenal") whose giver backs the receiver. */
    final Set<String> aidNouns;
    /** Verbs by which aid passes → the preposition naming the giver and who receives ("subject", or "possessor" of the aid). */
    final Map<String, String[]> aidVerbs = new HashMap<>();
    /** Nouns a number next to them names rather than dates ("resolution 1701", "Vision 2030", "the 2030 plan"). */
    final Set<String> numberedNouns;
    /** Words that put a date ahead of the writing ("will be held in", "is scheduled for"). */
    final Set<String> futureMarkers;
    /** Words before a title that make it another post ("deputy", "vice") → the qualifier written into the role. */
    final Map<String, String> postQualifiers = new HashMap<>();

    private Lexicons(ClassLoader loader) {
        int longest = 1;
        for (String[] row : rows(loader, "roles.txt")) {
            String phrase = row[0].toLowerCase(Locale.ROOT);
            roles.put(phrase, row.length > 1 ? row[1] : phrase);
            longest = Math.max(longest, phrase.split(" ").length);
        }
        longestRole = longest;
        honorifics = firstColumn(loader, "honorifics.txt");
        postingVerbs = firstColumn(loader, "posting-verbs.txt");
        orgHeads = firstColumn(loader, "org-heads.txt");
        placePrefixes = firstColumn(loader, "place-prefixes.txt");
        areaNouns = firstColumn(loader, "area-nouns.txt");
        occasionNouns = firstColumn(loader, "occasion-nouns.txt");
        partyNouns = firstColumn(loader, "party-nouns.txt");
        backingSuffixes = firstColumn(loader, "backing-suffixes.txt");
        travelVerbs = firstColumn(loader, "travel-verbs.txt");
        placeCues = firstColumn(loader, "place-cues.txt");
        legislatures = firstColumn(loader, "legislatures.txt");
        stateWords = firstColumn(loader, "state-words.txt");
        stateQualifiers = firstColumn(loader, "state-qualifiers.txt");
        for (String[] row : rowsAt(loader, "dramatis/resolve/capitals.tsv")) {
            capitals.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        orgOpeners = firstColumn(loader, "org-openers.txt");
        groupNouns = firstColumn(loader, "group-nouns.txt");
        designationVerbs = firstColumn(loader, "designation.txt");
        foreignMarkers = firstColumn(loader, "foreign-markers.txt");
        stateBodies = firstColumn(loader, "state-bodies.txt");
        crowdNouns = firstColumn(loader, "crowd-nouns.txt");
        institutionHeads = firstColumn(loader, "institution-heads.txt");
        namingVerbs = firstColumn(loader, "naming-verbs.txt");
        stateTitles = canonicalRoles(loader, "state-titles.txt");
        memberNouns = firstColumn(loader, "member-nouns.txt");
        servingVerbs = firstColumn(loader, "serving-verbs.txt");
        linkingVerbs = firstColumn(loader, "linking-verbs.txt");
        ouster = firstColumn(loader, "ouster.txt");
        supportNouns = firstColumn(loader, "support-nouns.txt");
        receivingVerbs = firstColumn(loader, "receiving-verbs.txt");
        controlNouns = firstColumn(loader, "control-nouns.txt");
        aidNouns = firstColumn(loader, "aid-nouns.txt");
        numberedNouns = firstColumn(loader, "numbered-nouns.txt");
        futureMarkers = firstColumn(loader, "future-markers.txt");
        for (String[] row : rows(loader, "post-qualifiers.tsv")) {
            postQualifiers.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        for (String[] row : rows(loader, "aid-verbs.tsv")) {
            aidVerbs.put(row[0], new String[] {row[1], row[2]});
        }
        for (String[] row : rows(loader, "relation-nouns.tsv")) {
            // "[modifier] noun [preposition]": "rival", "political wing", "odds with" (the preposition defaults to "of").
            List<String> words = new ArrayList<>(List.of(row[0].split(" ")));
            String prep = words.size() > 1 && PREPOSITIONS.contains(words.get(words.size() - 1)) ? words.remove(words.size() - 1) : "of";
            String noun = words.get(words.size() - 1);
            List<FactKind> kinds = new ArrayList<>();
            for (String k : row[1].split(",")) {
                kinds.add(FactKind.parse(k));
            }
            relationNouns.computeIfAbsent(noun, w -> new ArrayList<>()).add(new RelationTrigger(noun,
                    words.size() > 1 ? words.get(0) : null, prep, kinds, row.length > 2 && row[2].equals("reverse"), false));
        }
        for (String[] row : rows(loader, "demand-verbs.txt")) {
            demandVerbs.put(row[0].toLowerCase(Locale.ROOT), row.length > 1 ? row[1] : "");
        }
        headsOfGovernment = canonicalRoles(loader, "heads-of-government.txt");
        speakerRoles = canonicalRoles(loader, "speaker-roles.txt");
        bodyTitles = canonicalRoles(loader, "body-titles.txt");
        for (String[] row : rows(loader, "org-bodies.txt")) {
            String[] variants = row[0].toLowerCase(Locale.ROOT).split("\\|");
            for (String body : variants) {
                orgBodies.add(List.of(body.strip().split(" ")));
                bodyConcepts.put(body.strip(), variants[0].strip());
            }
        }
        for (String[] row : rows(loader, "role-verbs.tsv")) {
            roleVerbs.put(row[0], row[1]);
        }
        for (String[] row : rows(loader, "demonyms.tsv")) {
            demonyms.put(row[0], row[1]);
        }
        loadTriggers(loader);
    }

    /** The event and relation triggers (events.tsv, relations.tsv). */
    private void loadTriggers(ClassLoader loader) {
        for (String[] row : rows(loader, "events.tsv")) {
            String pos = row.length > 3 ? row[3] : "VN";
            Set<String> objectOf = row.length > 4 ? Set.of(row[4].split("\\|")) : Set.of();
            events.put(row[0], new EventTrigger(EventType.parse(row[1]), row.length > 2 ? row[2] : "",
                    pos.contains("V"), pos.contains("N"), objectOf));
        }
        for (String[] row : rows(loader, "relations.tsv")) {
            String[] words = row[0].split(" ");
            String prep = words.length > 1 && PREPOSITIONS.contains(words[words.length - 1]) ? words[words.length - 1] : null;
            int objectEnd = prep == null ? words.length : words.length - 1;
            String object = objectEnd > 1 ? words[1] : null;
            List<FactKind> kinds = new ArrayList<>();
            for (String k : row[1].split(",")) {
                kinds.add(FactKind.parse(k));
            }
            relations.computeIfAbsent(words[0], w -> new ArrayList<>())
                    .add(new RelationTrigger(words[0], object, prep, kinds, row.length > 2 && row[2].equals("reverse"),
                            row.length > 3 && row[3].equals("adjective")));
        }
    }

    /** Loads every lexicon from {@code dramatis/lexicon/} on the class path; fails naming the missing or bad file. */
    public static Lexicons load() {
        return new Lexicons(Lexicons.class.getClassLoader());
    }

    /** The country a nationality adjective names ("Iranian" gives "Iran"), or null. Case-sensitive: demonyms are capitalized. */
    public String countryOfDemonym(String adjective) {
        return demonyms.get(adjective);
    }

    /** Number of demonym entries; resolution should use the same file as an alias list. */
    public int demonymCount() {
        return demonyms.size();
    }

    /** The country whose capital {@code city} is (any case), or null. */
    public String countryOfCapital(String city) {
        return capitals.get(city.toLowerCase(Locale.ROOT));
    }

    /** The canonical role for a lowercase title phrase, or null. */
    public String role(String phrase) {
        return roles.get(phrase);
    }

    /** The concept of a lowercase state-body phrase ("counterterrorism forces" and "anti-terrorist forces" share one), or null. */
    public String bodyConcept(String phrase) {
        return bodyConcepts.get(phrase.toLowerCase(Locale.ROOT));
    }

    /** The event trigger for a lemma, or null. */
    public EventTrigger event(String lemma) {
        return events.get(lemma);
    }

    /** Relation triggers for a verb lemma (empty when none). */
    public List<RelationTrigger> relations(String lemma) {
        return relations.getOrDefault(lemma, List.of());
    }

    /** A list of canonical role names; fails naming the file and the entry that roles.txt does not give as a canonical role. */
    private Set<String> canonicalRoles(ClassLoader loader, String file) {
        Set<String> out = firstColumn(loader, file);
        for (String role : out) {
            if (!roles.containsValue(role)) {
                throw new DramatisException("lexicon dramatis/lexicon/" + file + " names '" + role
                        + "', which is no canonical role in roles.txt");
            }
        }
        return out;
    }

    private static Set<String> firstColumn(ClassLoader loader, String file) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(loader, file)) {
            out.add(row[0].toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static List<String[]> rows(ClassLoader loader, String file) {
        return rowsAt(loader, "dramatis/lexicon/" + file);
    }

    private static List<String[]> rowsAt(ClassLoader loader, String path) {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new DramatisException("lexicon " + path + " is not on the class path");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                if (cols[0].isEmpty()) {
                    throw new DramatisException("lexicon " + path + " line " + n + " has an empty first column");
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read lexicon " + path, e);
        } catch (IllegalArgumentException e) {
            throw new DramatisException("lexicon " + path + " has a bad value: " + e.getMessage(), e);
        }
        return out;
    }
}
