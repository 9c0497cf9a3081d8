package org.dramatis.lexicon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of data file: its bundled file under {@code dramatis/lexicon/}, the columns a line has, which stage reads
 * it and what it changes. A user's files of a kind live in {@code DATA/lexicon/<name>/} ({@code *.txt} or {@code *.tsv}
 * as the bundled file), except the five older kinds that keep their own folders ({@code DATA/glossary},
 * {@code aliases}, {@code honorifics}, {@code capitals}, {@code posts}). Columns are TAB-separated.
 */
public enum Kind {
    // Titles and posts
    ROLES("roles.txt", 1, 2, "extraction", "title phrase [TAB canonical role]: titles read as posts"),
    RANKS("ranks.tsv", 1, 2, "extraction", "rank or abbreviation [TAB rank in full]: ranks read as posts, kept out of"
            + " names (\"Lt Gen\" -> lieutenant general)"),
    HONORIFICS("honorifics", "honorifics.txt", 1, 2, "both", "word [TAB name]: forms of address skipped before a name;"
            + " with 'name', a title or rank stripped from a person's name by resolution only"),
    GIVEN_NAME_TITLES("given-name-titles.txt", 1, 1, "resolution", "titles that name a person by a given name"
            + " (\"King Abdullah\"): the name after one is no surname of another person"),
    STATE_TITLES("state-titles.txt", 1, 2, "extraction", "canonical role [TAB the one state whose post it is]: posts"
            + " of a state; with a state, a holder the text gives no country holds it there, not in the home state"),
    HEADS_OF_GOVERNMENT("heads-of-government.txt", 1, 1, "extraction", "canonical roles \"the government\" stands for"),
    POST_QUALIFIERS("post-qualifiers.tsv", 2, 2, "extraction",
            "word before a title TAB qualifier written into the role (\"vice\" -> deputy): it makes the post another one"),
    SPEAKER_ROLES("speaker-roles.txt", 1, 1, "extraction", "canonical roles whose holder speaks for the body"),
    BODY_TITLES("body-titles.txt", 1, 1, "extraction", "canonical roles only a body has (\"Y's leader\")"),
    ROLE_VERBS("role-verbs.tsv", 2, 2, "extraction", "verb TAB canonical role: \"X chairs Y\""),
    POSTING_VERBS("posting-verbs.txt", 1, 1, "extraction", "participles posting someone to a body (\"attached to\")"),
    NAMING_VERBS("naming-verbs.txt", 1, 1, "extraction", "verbs that give a post (\"appoint\")"),
    SERVING_VERBS("serving-verbs.txt", 1, 1, "extraction", "verbs of serving (\"served as\")"),
    OCCASION_NOUNS("occasion-nouns.txt", 1, 1, "extraction", "occasions chaired for a day, no post (\"session\")"),
    POSTS("posts", "single-holder-posts.txt", 1, 1, "graph", "posts one person holds at a time; 'minister of *' covers"
            + " every role it begins"),
    POST_ENDINGS("post-ending-events.txt", 3, 3, "graph", "event mode TAB who (any, actor, target) TAB wording: events"
            + " that end posts"),
    // Bodies and groups
    ORG_HEADS("org-heads.txt", 1, 1, "both", "head words of organizations (\"ministry\", \"brigade\")"),
    ORG_OPENERS("org-openers.txt", 1, 1, "extraction", "words opening a faction's name (\"Kataib\", \"Liwa\")"),
    ORG_BODIES("org-bodies.txt", 1, 1, "extraction", "state-body phrases, variants of one body joined by '|'"),
    PARTY_NOUNS("party-nouns.txt", 1, 1, "extraction", "lowercase nouns closing a party's name (\"alliance\")"),
    GROUP_NOUNS("group-nouns.txt", 1, 1, "extraction", "nouns naming a part of a body (\"a faction of Y\")"),
    INSTITUTION_HEADS("institution-heads.txt", 1, 1, "extraction", "head nouns of institutions (\"academy\")"),
    LEGISLATURES("legislatures.txt", 1, 1, "extraction", "words naming a legislature"),
    STATE_BODIES("state-bodies.txt", 1, 1, "extraction", "last words of a state's own bodies (\"treasury\", \"corps\")"),
    MEMBER_NOUNS("member-nouns.txt", 1, 1, "extraction", "nouns making a person part of a body (\"member\")"),
    CONTROL_NOUNS("control-nouns.txt", 1, 1, "extraction", "nouns of command (\"under the command of Y\")"),
    // Places and states
    CAPITALS("capitals", "capitals.tsv", 2, 2, "both", "capital TAB country: datelines place a report; a capital"
            + " can stand for its government (\"talks with Tehran\")"),
    CAPITAL_CUES("capital-cues.txt", 1, 1, "resolution", "before: cue | after: cue | place: cue: words that make a"
            + " capital its government or keep it a city"),
    PLACE_PREFIXES("place-prefixes.txt", 1, 1, "both", "generic words opening a toponym (\"wadi\")"),
    AREA_NOUNS("area-nouns.txt", 1, 1, "extraction", "nouns of administrative areas (\"province\")"),
    PLACE_CUES("place-cues.txt", 1, 1, "extraction", "phrases before a name that use it as a place (\"port of\")"),
    TRAVEL_VERBS("travel-verbs.txt", 1, 1, "extraction", "verbs of going somewhere"),
    STATE_WORDS("state-words.txt", 1, 1, "both", "kinds of state (\"Republic\")"),
    STATE_QUALIFIERS("state-qualifiers.txt", 1, 1, "both", "words before a state's form (\"Islamic\")"),
    FOREIGN_MARKERS("foreign-markers.txt", 1, 1, "extraction", "words marking a country as foreign to the report"),
    LOCATIVES("locatives.txt", 1, 1, "resolution", "words before a place (\"in\", \"near\"; 'not: ...' exceptions;"
            + " 'place: ...' cues that place even a name tagged as a person)"),
    COUNTRY_NAMES("country-names.tsv", 2, 2, "resolution", "other name of a state TAB its name (\"Britain\" TAB"
            + " \"United Kingdom\"): one actor whichever name a text uses"),
    // Nationalities
    DEMONYMS("demonyms.tsv", 2, 2, "both", "nationality adjective TAB country (\"Iranian\" TAB \"Iran\")"),
    DEMONYM_SUFFIXES("demonym-suffixes.tsv", 2, 2, "both", "suffix TAB adjective|people: nationality words built"
            + " from a place name"),
    // Relations and events
    RELATIONS("relations.tsv", 2, 4, "extraction", "verb [object] [preposition] TAB kinds [TAB reverse [TAB"
            + " adjective]]: relation verbs"),
    RELATION_NOUNS("relation-nouns.tsv", 2, 3, "both", "[modifier] noun [preposition] TAB kinds [TAB reverse]; a one-word"
            + " noun also keeps a name it introduces apart from the names before it (\"X and her father Y\")"),
    BACKING_SUFFIXES("backing-suffixes.txt", 1, 3, "extraction", "suffix [TAB kind [TAB reverse]]: \"<Actor>-backed X\""
            + " suffixes and the relation they state (backs by default)"),
    DESIGNATION("designation.txt", 1, 1, "extraction", "verbs listing an actor as terrorist (\"designate\")"),
    LINKING_VERBS("linking-verbs.txt", 1, 1, "extraction", "verbs linking a subject to an adjective (\"is seen as\")"),
    DEMAND_VERBS("demand-verbs.txt", 1, 2, "extraction", "verb [TAB preposition]: verbs of demanding"),
    OUSTER("ouster.txt", 1, 1, "extraction", "what one demands of someone opposed (\"resignation\")"),
    SUPPORT_NOUNS("support-nouns.txt", 1, 1, "extraction", "nouns whose 'of' phrase names a supporter"),
    RECEIVING_VERBS("receiving-verbs.txt", 1, 1, "extraction", "verbs whose subject receives (\"enjoy\")"),
    AID_NOUNS("aid-nouns.txt", 1, 1, "extraction", "nouns of material aid (\"weapons\")"),
    AID_VERBS("aid-verbs.tsv", 3, 3, "extraction", "verb TAB preposition naming the giver TAB subject|possessor"),
    EVENTS("events.tsv", 2, 5, "extraction", "trigger TAB PLOVER type [TAB mode [TAB V|N|VN [TAB verbs|...]]]"),
    CROWD_NOUNS("crowd-nouns.txt", 1, 1, "extraction", "nouns for a crowd (\"protesters\")"),
    // Dates
    NUMBERED_NOUNS("numbered-nouns.txt", 1, 1, "extraction", "nouns a number names rather than dates (\"resolution\")"),
    FUTURE_MARKERS("future-markers.txt", 1, 1, "extraction", "words putting a date ahead (\"is scheduled for\")"),
    // Words the rules read, moved out of code
    COMMAND_NOUNS("command-nouns.txt", 1, 1, "extraction", "nouns of command taken over (\"took the helm of Y\")"),
    LEGISLATIVE_ROLES("legislative-roles.txt", 1, 1, "extraction", "canonical roles held in a legislature"),
    HELD_OFFICES("held-offices.txt", 1, 1, "extraction", "offices whose backing backs their holder (\"his cabinet\")"),
    LEADING_VERBS("leading-verbs.txt", 1, 1, "extraction", "participles naming an office's holder (\"led by X\")"),
    PLACE_TITLES("place-titles.txt", 1, 1, "extraction", "titles held over a place (\"governor\")"),
    PORTFOLIO_TITLES("portfolio-titles.txt", 1, 1, "extraction",
            "canonical roles whose of-phrase is a portfolio or a field, not a body (\"minister\", \"fellow\")"),
    STATE_NOUNS("state-nouns.txt", 1, 1, "extraction", "nouns standing for a whole state (\"the army\")"),
    STATE_OWNED("state-owned.txt", 1, 1, "extraction", "things only a state owns (\"its border\")"),
    COUNTRY_BODIES("country-bodies.txt", 1, 1, "extraction", "nouns a country owns: their owner is a country"),
    NATION_BODIES("nation-bodies.txt", 1, 1, "extraction", "bodies no person has: a one-word owner is a state"),
    FOUNDING_WORDS("founding-words.txt", 1, 1, "extraction", "words that found a group (\"formation\")"),
    PERSON_NOUNS("person-nouns.txt", 1, 1, "extraction", "nouns referring back to a person (\"the cleric\")"),
    GROUP_REFERENCES("group-references.txt", 1, 1, "extraction", "nouns referring back to a group (\"the movement\")"),
    REACTION_WORDS("reaction-words.txt", 1, 1, "extraction", "words reacting to a deed done before (\"condemn\")"),
    UNDERGO_VERBS("undergo-verbs.txt", 1, 1, "extraction", "verbs whose subject undergoes an event (\"survive\")"),
    AGENTIVE_VERBS("agentive-verbs.txt", 1, 1, "extraction", "verbs whose subject carries out an event (\"launch\")"),
    SAID_FORMS("said-forms.txt", 1, 1, "extraction", "speech verbs as written after a speaker's name (\"said\")"),
    SPEECH_VERBS("speech-verbs.txt", 1, 1, "extraction", "verbs of speech naming a claim's source (\"say\")"),
    SPEECH_ACTS("speech-acts.txt", 1, 1, "extraction", "verbs only an actor does (\"threaten\")"),
    DENIAL_VERBS("denial-verbs.txt", 1, 1, "extraction", "verbs denying the claim below them (\"deny\")"),
    ALLEGATION_VERBS("allegation-verbs.txt", 1, 1, "extraction", "verbs alleging the claim below them (\"accuse\")"),
    HEDGE_ADVERBS("hedge-adverbs.txt", 1, 1, "extraction", "adverbs hedging a claim (\"reportedly\")"),
    // Resolution
    GLOSSARY("glossary", "glossary.tsv", 2, 3, "resolution", "term|variant TAB meaning|meaning [TAB droppable,head]"),
    ALIASES("aliases", null, 2, 3, "resolution", "canonical name,alias[,type] (CSV): known aliases"),
    SPELLING("spelling.tsv", 2, 2, "resolution", "British suffix TAB American suffix"),
    GENERIC_WORDS("generic-words.txt", 1, 1, "resolution", "words that never identify an actor alone"),
    BODY_WORDS("body-words.txt", 1, 1, "resolution",
            "words of bodies every state may have (\"defence\", \"court\"): such a body is one actor per country"),
    APPOSITIONS("appositions.txt", 1, 1, "resolution", "text between two names of one actor (\", also known as\")"),
    ALIAS_CUES("alias-cues.txt", 1, 1, "resolution",
            "words stating two adjacent names are one actor's (\"formerly known as\", \"arabic:\")"),
    OPPOSITION_CUES("opposition-cues.txt", 1, 1, "resolution",
            "'gap: words' or 'between: words': words that set two names of one sentence against each other (never one actor);"
                    + " 'faction: noun': a group given to two people as their faction is two actors");

    private final String folder;
    private final String file;
    private final int minColumns;
    private final int maxColumns;
    private final String readBy;
    private final String purpose;

    Kind(String file, int minColumns, int maxColumns, String readBy, String purpose) {
        this(null, file, minColumns, maxColumns, readBy, purpose);
    }

    Kind(String folder, String file, int minColumns, int maxColumns, String readBy, String purpose) {
        this.folder = folder;
        this.file = file;
        this.minColumns = minColumns;
        this.maxColumns = maxColumns;
        this.readBy = readBy;
        this.purpose = purpose;
    }

    /** The name {@code dramatis lexicon} takes: the bundled file's name without extension ("roles", "area-nouns"). */
    public String id() {
        if (folder != null) {
            return folder;
        }
        return file.substring(0, file.lastIndexOf('.'));
    }

    /** The bundled file's name under {@code dramatis/lexicon/}, or null when only users write this kind. */
    public String file() {
        return file;
    }

    /** The extension of user files of this kind (".txt", ".tsv", ".csv"). */
    public String extension() {
        return file == null ? ".csv" : file.substring(file.lastIndexOf('.'));
    }

    /** The user's folder for this kind, relative to the data directory. */
    public String userFolder() {
        return folder != null ? folder : "lexicon/" + id();
    }

    public int minColumns() {
        return minColumns;
    }

    public int maxColumns() {
        return maxColumns;
    }

    /** Which stage reads it: extraction, resolution, both, or graph (the stored posts). */
    public String readBy() {
        return readBy;
    }

    /** The columns and what the kind changes, in one line. */
    public String purpose() {
        return purpose;
    }

    /** Whether lines are TAB-separated columns that the loader checks (aliases are CSV, checked by their reader). */
    boolean tabColumns() {
        return file != null;
    }

    /** The kind named {@code id} ("roles", "capitals"), or empty. */
    public static Optional<Kind> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id().equals(wanted)).findFirst();
    }
}
