package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/**
 * Cannot-link constraints of one document's clustering, consulted on every join ({@link MentionUnions.Guard}): two
 * mentions one sentence sets against each other ("X fighting Y", "clashes between X and Y";
 * {@code dramatis/resolve/opposition-cues.txt}) never share a cluster, whatever joined them, nor do two names one acronym
 * is written in brackets after ("X (NDB) ... Y (NDB)"); and a join made on the
 * names' likeness (same key, short form, acronym, a person's name read as a place) is vetoed when the match model is
 * confident the two names differ ({@link MatchVeto#vetoPair}). Joins the text states (appositions) or the data lists
 * (glossary, nationality words) are not put to the model. Two bodies with a generic name ({@link BodyCountry}) whose
 * text gives each another state ("Iran's foreign ministry", "Syria's foreign ministry") are never one either, nor are
 * two groups the text gives each to another person as a faction ("the X faction of P", "Q's X faction", "Q, whose X
 * faction"; the {@code faction:} nouns of {@code opposition-cues.txt}): one movement split in two is two actors. A
 * name the text writes as a place never joins, on the names' likeness, a person's name of another spelling ("talks
 * with Sarmadia" and "Tariq al-Sarmadi"; {@link PlaceMentions}).
 */
final class ClusterGuard implements MentionUnions.Guard {
    /** How far apart in the mention list two opposed mentions may be ("X, backed by Z, fighting Y"). */
    private static final int WINDOW = 3;
    private static final int MAX_WORDS_BEFORE_CUE = 2;
    /** How many words before a name a relation noun may stand ("the son of the brother of the President the late"). */
    private static final int RELATIVE_WORDS = 7;
    /** How many characters before a name are searched for it. */
    private static final int RELATIVE_REACH = 70;
    private final List<MentionInfo> infos;
    private final MatchVeto veto;
    /** Opposed mention pairs and the cue that opposes them. */
    private final Map<Long, String> opposed = new HashMap<>();
    /** Mention pairs a relation noun sets apart ("X and her father, Y"), and the noun. */
    private final Map<Long, String> related = new HashMap<>();
    /** Name pairs one acronym is written in brackets after ("X (NDB) ... Y (NDB)"), and the acronym. */
    private final Map<Long, String> homonyms = new HashMap<>();
    /** Generic bodies by mention, and the key of the state the text writes next to each. */
    private final Map<Integer, String> owners = new HashMap<>();
    /** Groups by mention, and the surname key of the person the text gives each to as a faction. */
    private final Map<Integer, String> factionHolders = new HashMap<>();
    /** Mentions the text writes as a place: a state's name never joins a person named like it. */
    private final PlaceMentions places;

    /** Cue lists of {@code opposition-cues.txt}: gap cues, "between" cues and faction nouns. */
    record Cues(List<String> gap, List<String> between, Set<String> relatives, Set<String> factions) {
        /**
         * The cues of the bundled file plus the user's ({@code opposition-cues} kind); a bad line is reported and skipped.
         * {@code relatives} are the one-word nouns of {@code relation-nouns.tsv} ("brother", "father", "rival"): a name
         * such a noun introduces is another actor than the one named before it.
         */
        static Cues of(LexiconFiles files) {
            List<String> gap = new ArrayList<>();
            List<String> between = new ArrayList<>();
            Set<String> factions = new HashSet<>();
            for (Line line : files.lines(Kind.OPPOSITION_CUES)) {
                String t = line.text().strip();
                int colon = t.indexOf(':');
                String kind = colon < 0 ? "" : t.substring(0, colon).strip();
                String cue = colon < 0 ? "" : t.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                if (kind.equals("faction") && cue.matches("\\p{L}+")) {
                    factions.add(cue);
                    continue;
                }
                if (cue.isEmpty() || !(kind.equals("gap") || kind.equals("between"))) {
                    files.reject(line, "expected 'gap: words', 'between: words' or 'faction: noun'");
                    continue;
                }
                (kind.equals("gap") ? gap : between).add(cue);
            }
            Set<String> relatives = new HashSet<>();
            for (Line line : files.lines(Kind.RELATION_NOUNS)) {
                String noun = line.text().split("\t")[0].strip().toLowerCase(Locale.ROOT);
                if (!noun.isEmpty() && !noun.contains(" ")) {
                    relatives.add(noun);
                }
            }
            return new Cues(List.copyOf(gap), List.copyOf(between), Set.copyOf(relatives), Set.copyOf(factions));
        }
    }

    ClusterGuard(String text, List<MentionInfo> infos, MatchVeto veto, Cues cues, BodyCountry bodies,
                 ImpersonalUse impersonal, NameKeys keys) {
        this.infos = infos;
        this.veto = veto;
        this.places = PlaceMentions.of(text, infos, impersonal, keys);
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo body = infos.get(i);
            if (body.type() != ActorType.ORGANIZATION || !bodies.isGenericBody(body.display())) {
                continue;
            }
            for (int j : new int[] {i - 1, i + 1}) {
                if (j >= 0 && j < infos.size() && infos.get(j).type() == ActorType.COUNTRY
                        && BodyCountry.writtenNextTo(infos.get(j).mention(), body.mention())) {
                    owners.put(i, bodies.countryKey(infos.get(j).mention().text().strip()));
                    break;
                }
            }
        }
        bracketHomonyms(text);
        factionHolders(text, cues.factions());
        for (int i = 0; i < infos.size(); i++) {
            for (int j = i + 1; j < infos.size() && j <= i + WINDOW; j++) {
                String why = infos.get(i).key().equals(infos.get(j).key()) ? null
                        : opposition(text, infos.get(i).mention(), infos.get(j).mention(), cues);
                if (why != null) {
                    opposed.put(pair(i, j), why);
                }
            }
            String noun = relativeNoun(text, infos.get(i).mention(), cues.relatives());
            for (int j = i - 1; noun != null && j >= 0 && infos.get(j).mention().sentence() == infos.get(i).mention().sentence(); j--) {
                related.put(pair(j, i), noun);
            }
        }
    }

    /**
     * One acronym written in brackets right after two names whose keys differ ("the Northern Defence Brigades (NDB) ...
     * the National Dragoon Battalion (NDB)"): a source's typo or two groups sharing initials. The brackets join each
     * name to its acronym, and the acronym's one spelling would join the two names: they stay apart.
     */
    private void bracketHomonyms(String text) {
        Map<String, List<Integer>> definedAfter = new HashMap<>();
        for (int i = 1; i < infos.size(); i++) {
            MentionInfo acronym = infos.get(i);
            MentionInfo name = infos.get(i - 1);
            if (!NameKeys.looksLikeAcronym(acronym.display()) || name.tokens().size() < 2
                    || name.mention().end() > acronym.mention().begin() || acronym.mention().begin() > text.length()
                    || !text.substring(name.mention().end(), acronym.mention().begin()).matches("\\s*\\(\\s*")) {
                continue;
            }
            definedAfter.computeIfAbsent(acronym.key(), k -> new ArrayList<>()).add(i - 1);
        }
        for (List<Integer> names : definedAfter.values()) {
            for (int x = 0; x < names.size(); x++) {
                for (int y = x + 1; y < names.size(); y++) {
                    int a = names.get(x);
                    int b = names.get(y);
                    if (!infos.get(a).key().equals(infos.get(b).key())) {
                        // Each name with its own brackets, never with the other's.
                        String acronym = infos.get(a + 1).mention().text().strip();
                        homonyms.put(pair(a, b), acronym);
                        homonyms.put(pair(a, b + 1), acronym);
                        homonyms.put(pair(a + 1, b), acronym);
                        homonyms.put(pair(a + 1, b + 1), acronym);
                    }
                }
            }
        }
    }

    /**
     * Groups the text gives to a person as a faction: "the X faction of (former rebel leader) P" / "led by P" after the
     * group, "P's X faction" and "P, whose X faction" before it, "P's faction of the X". Each such group remembers the
     * holder's last name, so that two factions of one movement held by two people are never one actor.
     */
    private void factionHolders(String text, Set<String> nouns) {
        if (nouns.isEmpty()) {
            return;
        }
        String noun = "(?:" + String.join("|", nouns) + ")";
        for (int g = 0; g < infos.size(); g++) {
            ActorMention group = infos.get(g).mention();
            if (infos.get(g).type() != ActorType.ORGANIZATION || group.end() > text.length()) {
                continue;
            }
            for (int p = Math.max(0, g - 3); p < Math.min(infos.size(), g + 4); p++) {
                ActorMention person = infos.get(p).mention();
                if (infos.get(p).type() != ActorType.PERSON || person.sentence() != group.sentence()
                        || person.end() > text.length()) {
                    continue;
                }
                boolean holds;
                if (p > g) {
                    String gap = text.substring(group.end(), person.begin()).toLowerCase(Locale.ROOT);
                    holds = gap.matches("\\s+" + noun + "\\s+(?:of|led by|headed by|under)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}");
                } else {
                    String gap = text.substring(person.end(), group.begin()).toLowerCase(Locale.ROOT);
                    String after = text.substring(group.end(), Math.min(text.length(), group.end() + 20)).toLowerCase(Locale.ROOT);
                    holds = gap.matches("(?:['\u2019]s?|,\\s*whose)\\s+") && after.matches("\\s+" + noun + "\\b(?s).*")
                            || gap.matches("['\u2019]s?\\s+" + noun + "\\s+of\\s+(?:the\\s+)?");
                }
                if (holds) {
                    List<String> tokens = infos.get(p).tokens();
                    factionHolders.put(g, tokens.isEmpty() ? infos.get(p).key() : tokens.get(tokens.size() - 1));
                    break;
                }
            }
        }
    }

    /**
     * The relation noun that introduces a mention a few words before it, after the names its sentence gave before
     * ("her father, the independence hero Y", "the son of the brother of the late Y", "his brother Y"), or null. A
     * possessive introduces its own noun, not the name ("a veteran of his brother's governments, replaced Y").
     */
    private static String relativeNoun(String text, ActorMention m, Set<String> nouns) {
        if (m.begin() > text.length()) {
            return null;
        }
        String before = text.substring(Math.max(0, m.begin() - RELATIVE_REACH), m.begin());
        int cut = Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        String[] words = before.substring(cut + 1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", " ").strip().split("\\s+");
        for (int k = words.length - 1; k >= 0 && k >= words.length - RELATIVE_WORDS; k--) {
            String w = words[k];
            String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            boolean possessive = k + 1 < words.length && words[k + 1].equals("s");
            if (!possessive && (nouns.contains(w) || nouns.contains(singular))) {
                return w;
            }
        }
        return null;
    }

    @Override
    public String veto(int a, int b, String reason, List<Integer> left, List<Integer> right) {
        String refused = firstPair(left, right, opposed, (x, y, cue) -> "'" + text(x) + "' and '" + text(y)
                + "' are set against each other in one sentence ('" + cue + "'), so not one actor");
        refused = refused != null ? refused : firstPair(left, right, homonyms, (x, y, acronym) -> "'" + text(x) + "' and '"
                + text(y) + "' are each written with the acronym '" + acronym + "', so it names neither for the other");
        refused = refused != null ? refused : firstPair(left, right, related, (x, y, noun) -> "'" + text(Math.max(x, y))
                + "' is introduced as the " + noun + " of someone named before it ('" + text(Math.min(x, y))
                + "'), so not that one");
        refused = refused != null ? refused : firstDiffering(left, right, factionHolders, (x, y) -> "'" + text(x) + "' and '"
                + text(y) + "' are named as the factions of two different people, so not one actor");
        refused = refused != null ? refused : firstDiffering(left, right, owners, (x, y) -> "'" + text(x) + "' and '"
                + text(y) + "' are bodies of two different states, so not one actor");
        if (refused != null) {
            return refused;
        }
        if (reason == null || reason.startsWith("apposition") || reason.startsWith(AliasStatementRule.REASON) || reason.startsWith("glossary") || reason.contains("nationality word")) {
            return null;
        }
        refused = places.refusal(left, right);
        if (refused != null) {
            return refused;
        }
        MentionInfo x = infos.get(a);
        MentionInfo y = infos.get(b);
        return veto.vetoPair(x.display(), x.type(), y.display(), y.type());
    }




    /** How a refusal reads for the mentions {@code x} (left) and {@code y} (right) and the pair's word. */
    private interface Refusal {
        String say(int x, int y, String word);
    }

    /** The refusal for the first left-right mention pair to which {@code values} gives two different values, or null. */
    private static String firstDiffering(List<Integer> left, List<Integer> right, Map<Integer, String> values,
                                         BiFunction<Integer, Integer, String> refusal) {
        if (values.isEmpty()) {
            return null;
        }
        for (int x : left) {
            for (int y : right) {
                String vx = values.get(x);
                String vy = values.get(y);
                if (vx != null && vy != null && !vx.equals(vy)) {
                    return refusal.apply(x, y);
                }
            }
        }
        return null;
    }

    /** The refusal for the first left-right mention pair {@code pairs} holds, or null. */
    private static String firstPair(List<Integer> left, List<Integer> right, Map<Long, String> pairs, Refusal refusal) {
        if (pairs.isEmpty()) {
            return null;
        }
        for (int x : left) {
            for (int y : right) {
                String word = pairs.get(pair(Math.min(x, y), Math.max(x, y)));
                if (word != null) {
                    return refusal.say(x, y, word);
                }
            }
        }
        return null;
    }

    private String text(int mention) {
        return infos.get(mention).mention().text().strip();
    }

    private static long pair(int i, int j) {
        return ((long) i << 32) | j;
    }

    private String opposition(String text, ActorMention a, ActorMention b, Cues cues) {
        if (a.sentence() != b.sentence() || a.end() > b.begin() || b.begin() > text.length()) {
            return null;
        }
        String raw = text.substring(a.end(), b.begin());
        if (raw.replaceAll("(?i)\\bvs\\.", "vs").matches("(?s).*[.;:!?\\n].*")) {
            return null; // a sentence or clause ends between them
        }
        String gap = " " + raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", " ").replaceAll("\\s+", " ").strip() + " ";
        gap = gap.replace(" the ", " ").strip();
        int words = gap.isEmpty() ? 0 : gap.split(" ").length;
        for (String cue : cues.gap()) {
            // the cue ends the gap, after at most two words ("X, which is fighting Y"; not "X sent troops fighting in Y")
            if ((gap.equals(cue) || gap.endsWith(" " + cue)) && words <= cue.split(" ").length + MAX_WORDS_BEFORE_CUE) {
                return cue;
            }
        }
        if (gap.equals("and")) {
            String left = text.substring(Math.max(0, a.begin() - 40), a.begin()).toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ").replaceAll("\\bthe\\s*$", "").strip();
            for (String cue : cues.between()) {
                if (left.endsWith(cue)) {
                    return cue;
                }
            }
        }
        return null;
    }
}
