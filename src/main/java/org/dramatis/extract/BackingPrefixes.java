package org.dramatis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * "the Iran-aligned bloc", "the ANF-backed militia": the name before a backing suffix ({@code backing-suffixes.txt}) is
 * a mention of its own when NER left it untagged, if it is a country's name ({@code demonyms.tsv}) or a state or body
 * the document names elsewhere. Nationality adjectives ("Iranian-backed") are found as demonyms, not here.
 */
final class BackingPrefixes {
    private BackingPrefixes() {
    }

    static void add(AnnotatedDocument doc, List<MentionFinder.Draft> out, Lexicons lex) {
        Map<String, ActorType> named = new HashMap<>();
        for (MentionFinder.Draft d : out) {
            if (d.countryName == null && (d.type == ActorType.COUNTRY || d.type == ActorType.ORGANIZATION)) {
                named.putIfAbsent(d.text, d.type);
            }
        }
        List<MentionFinder.Draft> added = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.word();
                int dash = w.lastIndexOf('-');
                if (dash <= 0 || !Character.isUpperCase(w.charAt(0))
                        || !lex.relations().backingSuffixes().containsKey(w.substring(dash + 1).toLowerCase(Locale.ROOT))
                        || covered(out, t)) {
                    continue;
                }
                String prefix = w.substring(0, dash);
                ActorType type = named.containsKey(prefix) ? named.get(prefix)
                        : lex.places().demonyms().containsValue(prefix) ? ActorType.COUNTRY : null;
                if (type != null) {
                    added.add(new MentionFinder.Draft(s.index(), t.index(), t.index() + 1, prefix, type, "pattern",
                            t.begin(), t.begin() + dash));
                }
            }
        }
        out.addAll(added);
    }

    /** Whether some mention already covers part of the token ("Iranian" of "Iranian-backed"). */
    private static boolean covered(List<MentionFinder.Draft> out, Token t) {
        return out.stream().anyMatch(d -> d.begin < t.end() && d.end > t.begin());
    }
}
