package org.dramatis.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.extract.ActorMention;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * Joins two adjacent mentions when the text between them is an apposition ("X, or Y", "X (Y)", "X, also known as Y",
 * from {@code dramatis/lexicon/appositions.txt}).
 */
final class AppositionRule {
    private static final int MAX_GAP = 40;
    /** The words that open an object's complement after "called Y": "a martyr", "the architect", "to resign". */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("a", "an", "the", "his", "her", "its", "their", "to", "on", "for");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([A-Za-z]+)\\b");

    private final Set<String> appositions = new HashSet<>();

    AppositionRule(LexiconFiles files) {
        for (Line line : files.lines(Kind.APPOSITIONS)) {
            appositions.add(normalizeGap(line.text()));
        }
    }

    void apply(String text, List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i + 1 < infos.size(); i++) {
            ActorMention a = infos.get(i).mention();
            ActorMention b = infos.get(i + 1).mention();
            char cls = infos.get(i).cls();
            if (cls != infos.get(i + 1).cls() || cls == 'G' || b.begin() < a.end() || b.begin() - a.end() > MAX_GAP
                    || b.begin() > text.length()) {
                continue;
            }
            String rawGap = text.substring(a.end(), b.begin());
            String gap = normalizeGap(rawGap);
            boolean set = rawGap.contains(",") || rawGap.contains("(");
            // "A or B" without a comma is usually a choice between two actors, not a second name.
            if (appositions.contains(gap) && (!gap.equals("or") || set) && !verbOfNaming(gap, text, b.end())
                    && u.find(i) != u.find(i + 1)) {
                u.join(i, i + 1, "apposition '" + a.text() + rawGap + b.text() + "'");
            }
        }
    }

    /**
     * Whether "called" between the two is the verb of a clause with the second as its object, not a second name: "X,
     * called Y a martyr", "X called Y to resign". A name given by "called" is followed by no complement of its own.
     */
    private static boolean verbOfNaming(String gap, String text, int end) {
        if (!gap.endsWith("called")) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 20)));
        return next.lookingAt() && COMPLEMENT_OPENERS.contains(next.group(1).toLowerCase(Locale.ROOT));
    }

    private static String normalizeGap(String gap) {
        return gap.toLowerCase(Locale.ROOT)
                .replaceAll("[,\"\u201C\u201D\u2018\u2019'\u00AB\u00BB:\u2013\u2014-]", " ")
                .replaceAll("\\bthe\\b", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
