package org.dramatis.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            if (appositions.contains(gap) && (!gap.equals("or") || set) && u.find(i) != u.find(i + 1)) {
                u.join(i, i + 1, "apposition '" + a.text() + rawGap + b.text() + "'");
            }
        }
    }

    private static String normalizeGap(String gap) {
        return gap.toLowerCase(Locale.ROOT)
                .replaceAll("[,\"\u201C\u201D\u2018\u2019'\u00AB\u00BB:\u2013\u2014-]", " ")
                .replaceAll("\\bthe\\b", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
