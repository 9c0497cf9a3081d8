package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.extract.ActorMention;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;
import org.dramatis.model.ActorType;

/**
 * Joins two adjacent names of one type class when the text between them states they are one actor's ("X, formerly
 * known as Y", "X (Arabic: Y)", "Y, better known as X", "nom de guerre", "whose real name is"; cues in
 * {@code dramatis/lexicon/alias-cues.txt}), keeping the sentence as the reason. The text is the evidence, so the
 * match model is not asked (the reason starts with {@value #REASON}; {@link ClusterGuard}). A person's other name the
 * tagger read as a place ("Halim Ozdek, better known as Karaboga") is the person's; an appositive that ends in "whose"
 * before the cue ("X, a former smuggler turned militia leader whose nom de guerre is Y") states X's alias however long.
 */
final class AliasStatementRule {
    static final String REASON = "alias statement";
    private static final int MAX_GAP = 60;
    /** The longest "X, a ... whose nom de guerre is Y" between the two names. */
    private static final int MAX_APPOSITIVE_GAP = 140;
    /**
     * ", a former smuggler turned militia leader whose": the raw text before a cue that makes the appositive; no other
     * clause opens before "whose" (", a smuggler who met the man whose ...": the man's).
     */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^\\s*,\\s+(?:a|an|the)\\s+(?:(?!\\b(?:who|whom|which|that|whose)\\b)[^,;:()\\[\\]])*\\bwhose\\s.*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int MAX_WORDS_BEFORE_CUE = 3;
    private static final int MAX_SENTENCE = 300;
    /** Words that may stand between a name and an alias cue without a comma: verbs and adverbs of the statement. */
    private static final java.util.Set<String> LINKING_WORDS = java.util.Set.of("was", "is", "were", "are", "had", "has",
            "have", "who", "which", "that", "also", "once", "now", "later", "formerly", "previously", "originally", "then",
            "since", "being");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201D]([^\"\u201C\u201D]+)[\"\u201C\u201D]");
    private static final String OPEN = "\\s*[\"\u201C]\\s*";
    private static final String CLOSE = "\\s*[\"\u201D]\\s*";
    private final List<String> cues = new ArrayList<>();
    private final NameKeys keys;

    AliasStatementRule(NameKeys keys) {
        this.keys = keys;
        LexiconFiles files = keys.files();
        for (Line line : files.lines(Kind.ALIAS_CUES)) {
            String cue = normalizeGap(line.text());
            if (cue.isEmpty() || cue.equals(":")) {
                files.reject(line, "expected the words of a cue (\"formerly known as\", \"arabic:\")");
                continue;
            }
            cues.add(cue);
        }
    }

    void apply(String text, List<MentionInfo> infos, MentionUnions u) {
        nicknames(text, infos, u);
        for (int i = 0; i + 1 < infos.size(); i++) {
            ActorMention a = infos.get(i).mention();
            ActorMention b = infos.get(i + 1).mention();
            int place = misreadPlace(infos.get(i), infos.get(i + 1)) ? i + 1
                    : misreadPlace(infos.get(i + 1), infos.get(i)) ? i : -1;
            if (infos.get(i).cls() != infos.get(i + 1).cls() && place < 0 || b.begin() < a.end()
                    || b.begin() - a.end() > MAX_APPOSITIVE_GAP || b.begin() > text.length() || u.find(i) == u.find(i + 1)) {
                continue;
            }
            String rawGap = text.substring(a.end(), b.begin());
            if (rawGap.matches("(?s).*[.;!?\\n].*")) {
                continue; // a sentence or clause ends between them
            }
            boolean appositive = APPOSITIVE.matcher(rawGap).matches();
            if (rawGap.length() > MAX_GAP && !appositive) {
                continue;
            }
            String cue = cue(normalizeGap(rawGap), appositive);
            if (cue != null && !possessive(text, b.end()) && !qualifiesANoun(rawGap, cue)) {
                MentionInfo read = place < 0 ? null : infos.get(place);
                if (read != null) {
                    infos.set(place, read.retyped(ActorType.PERSON, 'P'));
                }
                u.join(i, i + 1, REASON + " ('" + cue + "'): '" + sentence(text, a.begin(), b.end()) + "'");
                if (read != null && u.find(i) != u.find(i + 1)) {
                    infos.set(place, read); // the guard refused: the place stays a place
                }
            }
        }
    }

    /**
     * Whether {@code other} may be {@code person}'s other name the tagger read as a place: a person and a place (not a
     * state) of at most three words.
     */
    private static boolean misreadPlace(MentionInfo person, MentionInfo other) {
        return person.cls() == 'P' && other.type() == ActorType.LOCATION && other.tokens().size() <= 3;
    }

    /**
     * A nickname quoted inside a person's name ('Karim "Abu Sahar" Dorani') binds to the full name: the tagger's
     * three pieces join, and so do later mentions of the nickname when the tagger kept the name whole.
     */
    private void nicknames(String text, List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo info = infos.get(i);
            if (info.cls() != 'P') {
                continue;
            }
            ActorMention m = info.mention();
            Matcher q = QUOTED.matcher(m.text());
            if (q.find() && q.start() > 0 && q.end() < m.text().strip().length()) {
                String nick = keys.key(keys.display(q.group(1), info.type()));
                for (int j = 0; j < infos.size(); j++) {
                    if (j != i && infos.get(j).cls() == 'P' && !nick.isEmpty() && infos.get(j).key().equals(nick)) {
                        u.join(i, j, "quoted nickname '" + q.group(1).strip() + "' inside the name '" + m.text().strip() + "'");
                    }
                }
            } else if (i + 2 < infos.size() && infos.get(i + 1).cls() == 'P' && infos.get(i + 2).cls() == 'P') {
                ActorMention nick = infos.get(i + 1).mention();
                ActorMention last = infos.get(i + 2).mention();
                if (nick.begin() >= m.end() && last.begin() >= nick.end() && text.substring(m.end(), nick.begin()).matches(OPEN)
                        && text.substring(nick.end(), last.begin()).matches(CLOSE)) {
                    String why = "quoted nickname '" + nick.text().strip() + "' inside the name '"
                            + text.substring(m.begin(), last.end()).replaceAll("\\s+", " ") + "'";
                    u.join(i, i + 1, why);
                    u.join(i, i + 2, why);
                }
            }
        }
    }

    /**
     * "the X leadership, now known as Y": the first name qualifies the word after it, and Y names what that word names
     * (the leadership), not X. Only linking words ("was", "who", "also", "now") may follow a name with no comma or
     * bracket between them and the cue ("X was formerly known as Y").
     */
    private static boolean qualifiesANoun(String rawGap, String cue) {
        if (rawGap.isEmpty() || !Character.isWhitespace(rawGap.charAt(0))) {
            return false;
        }
        String first = rawGap.strip().split("[\\s,;:()\\[\\]\"\u201C\u201D-]+", 2)[0];
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0)) && !cue.startsWith(first)
                && !LINKING_WORDS.contains(first);
    }

    /** "X, formerly Y's deputy": the second name owns what the first was, it is not the first's other name. */
    private static boolean possessive(String text, int end) {
        return text.startsWith("'s", end) || text.startsWith("\u2019s", end);
    }

    /**
     * The cue the gap ends with, after at most {@value #MAX_WORDS_BEFORE_CUE} other words (any number in an appositive,
     * where "whose" stands right before the cue), or null.
     */
    private String cue(String gap, boolean appositive) {
        if (gap.isEmpty()) {
            return null;
        }
        int words = gap.split(" ").length;
        for (String cue : cues) {
            if (gap.equals(cue) || gap.endsWith(" " + cue) && (words <= cue.split(" ").length + MAX_WORDS_BEFORE_CUE
                    || appositive && gap.endsWith(" whose " + cue))) {
                return cue;
            }
        }
        return null;
    }

    /** The sentence holding the span, cut at sentence ends or {@value #MAX_SENTENCE} characters either side. */
    static String sentence(String text, int begin, int end) {
        int from = begin;
        while (from > 0 && begin - from < MAX_SENTENCE && !isEnd(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < MAX_SENTENCE && !isEnd(text, to - 1)) {
            to++;
        }
        return text.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    private static boolean isEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** Lowercase, quotes, commas, brackets and dashes to spaces, "the" dropped, a colon kept glued to its word. */
    private static String normalizeGap(String gap) {
        return gap.toLowerCase(Locale.ROOT)
                .replaceAll("[,\"\u201C\u201D\u2018\u2019'\u00AB\u00BB()\\[\\]\u2013\u2014-]", " ")
                .replaceAll("\\bthe\\b", " ")
                .replaceAll("\\s*:", ":")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
