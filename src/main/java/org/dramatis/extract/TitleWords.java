package org.dramatis.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * The words of titles and posts: title phrases and their canonical roles ({@code roles.txt}), honorifics, the canonical
 * roles of states, governments, speakers and bodies, and the verbs and nouns that give, hold or only chair a post.
 *
 * @param roles each lowercase title phrase to its canonical role
 * @param longestRole the most words a title phrase has
 * @param honorifics forms of address skipped before a name ("sheikh"), without the resolution-only titles
 * @param stateTitles canonical roles that are posts of a state ("prime minister"); any "... minister" is one too
 * @param headsOfGovernment canonical roles that head a government: "the government" stands for their holder
 * @param speakerRoles canonical roles whose holder speaks for the body by office
 * @param bodyTitles canonical roles only a body has ("Y's leader" makes Y a body)
 * @param roleVerbs verb lemma to the canonical role it gives ("chair")
 * @param postingVerbs participles that post someone to a body ("attached to Y")
 * @param namingVerbs verbs that give a post ("appoint", "elect")
 * @param servingVerbs verbs of serving or operating ("served as")
 * @param occasionNouns occasions led for a day rather than posts ("chaired the session of Y")
 * @param commandNouns nouns of command one takes over ("took the helm of Y"): taking one gives the post of leader
 * @param legislativeRoles canonical roles held in a legislature: with no body named, the document's legislature holds them
 * @param heldOffices offices whose backing is backing of their holder ("the government of X", "his cabinet")
 * @param leadingVerbs participles after an office that name its holder ("a government led by X")
 * @param placeTitles titles held over a place ("governor of Y"): their holder's place stays a place
 * @param portfolioTitles canonical roles whose of-phrase is a portfolio or a field ("minister of finance", "fellow in
 *                        Gulf studies"), never the body that holds the post
 * @param postQualifiers words before a title that make it another post ("deputy", "vice") → the qualifier written into
 *                       the role
 * @param ranks military ranks in full ({@code ranks.tsv}: "lieutenant general"); their phrases and abbreviations ("lt
 *              gen") are in {@code roles}
 * @param titleStates state posts only one state has (second column of {@code state-titles.txt}: "secretary of state"
 *                    → "United States"), to that state's name
 */
record TitleWords(Map<String, String> roles, int longestRole, Set<String> honorifics, Set<String> stateTitles,
                  Set<String> headsOfGovernment, Set<String> speakerRoles, Set<String> bodyTitles,
                  Map<String, String> roleVerbs, Set<String> postingVerbs, Set<String> namingVerbs,
                  Set<String> servingVerbs, Set<String> occasionNouns, Set<String> commandNouns,
                  Set<String> legislativeRoles, Set<String> heldOffices, Set<String> leadingVerbs, Set<String> placeTitles,
                  Set<String> portfolioTitles, Map<String, String> postQualifiers, Set<String> ranks,
                  Map<String, String> titleStates) {
    TitleWords {
        roles = Map.copyOf(roles);
        titleStates = Map.copyOf(titleStates);
        ranks = Set.copyOf(ranks);
        postQualifiers = Map.copyOf(postQualifiers);
        roleVerbs = Map.copyOf(roleVerbs);
    }

    static TitleWords load(LexiconFiles files) {
        Map<String, String> roles = new HashMap<>();
        int longest = 1;
        for (Line line : files.lines(Kind.ROLES)) {
            String[] row = line.cols();
            String phrase = row[0].toLowerCase(Locale.ROOT);
            roles.put(phrase, row.length > 1 ? row[1] : phrase);
            longest = Math.max(longest, phrase.split(" ").length);
        }
        Set<String> ranks = new HashSet<>();
        for (Line line : files.lines(Kind.RANKS)) {
            String[] row = line.cols();
            String phrase = withoutPeriods(row[0].toLowerCase(Locale.ROOT));
            String rank = row.length > 1 ? row[1] : phrase;
            ranks.add(rank);
            roles.put(phrase, rank);
            // "Brigadier-General", "Lt-Gen": CoreNLP keeps a hyphenated rank as one token.
            roles.put(phrase.replace(' ', '-'), rank);
            longest = Math.max(longest, phrase.split(" ").length);
        }
        Map<String, String> roleVerbs = new HashMap<>();
        for (Line line : files.lines(Kind.ROLE_VERBS)) {
            roleVerbs.put(line.cols()[0], line.cols()[1]);
        }
        Map<String, String> titleStates = new HashMap<>();
        for (Line line : files.lines(Kind.STATE_TITLES)) {
            if (line.cols().length > 1) {
                titleStates.put(line.word(), line.cols()[1]);
            }
        }
        Map<String, String> postQualifiers = new HashMap<>();
        for (Line line : files.lines(Kind.POST_QUALIFIERS)) {
            postQualifiers.put(line.word(), line.cols()[1]);
        }
        return new TitleWords(roles, longest, honorifics(files), canonical(files, Kind.STATE_TITLES, roles),
                canonical(files, Kind.HEADS_OF_GOVERNMENT, roles), canonical(files, Kind.SPEAKER_ROLES, roles),
                canonical(files, Kind.BODY_TITLES, roles), roleVerbs, files.words(Kind.POSTING_VERBS),
                files.words(Kind.NAMING_VERBS), files.words(Kind.SERVING_VERBS), files.words(Kind.OCCASION_NOUNS),
                files.words(Kind.COMMAND_NOUNS), canonical(files, Kind.LEGISLATIVE_ROLES, roles),
                files.words(Kind.HELD_OFFICES), files.words(Kind.LEADING_VERBS), files.words(Kind.PLACE_TITLES),
                canonical(files, Kind.PORTFOLIO_TITLES, roles), postQualifiers, ranks, titleStates);
    }

    /** The canonical role for a lowercase title phrase, or null; a word's trailing period is ignored ("maj. gen."). */
    String role(String phrase) {
        String role = roles.get(phrase);
        return role != null || phrase.indexOf('.') < 0 ? role : roles.get(withoutPeriods(phrase));
    }

    /** Whether a canonical role is a military rank ("major general"). */
    boolean isRank(String role) {
        return ranks.contains(role);
    }

    /** The phrase without the period that ends an abbreviated word ("maj. gen." → "maj gen"). */
    private static String withoutPeriods(String phrase) {
        return phrase.replaceAll("(?<=\\p{L})\\.(?=\\s|$)", "");
    }

    /** Honorifics extraction skips: every entry of the list but those marked 'name' (resolution only). */
    private static Set<String> honorifics(LexiconFiles files) {
        Set<String> out = new HashSet<>();
        for (Line line : files.lines(Kind.HONORIFICS)) {
            String[] cols = line.cols();
            if (cols.length > 1 && !cols[1].equals("name")) {
                files.reject(line, "the second column can only be 'name' (stripped from names by resolution only)");
            } else if (cols.length == 1) {
                out.add(line.word());
            }
        }
        return Set.copyOf(out);
    }

    /** A list of canonical roles; an entry that roles.txt gives as no canonical role is rejected naming its line. */
    private static Set<String> canonical(LexiconFiles files, Kind kind, Map<String, String> roles) {
        Set<String> out = new HashSet<>();
        for (Line line : files.lines(kind)) {
            if (roles.containsValue(line.word())) {
                out.add(line.word());
            } else {
                files.reject(line, "'" + line.word() + "' is no canonical role in roles.txt");
            }
        }
        return Set.copyOf(out);
    }
}
