package org.dramatis.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.ActorType;

/**
 * The home country of a document's untitled officials ("Prime Minister X"), when one clearly dominates: twice as many
 * mentions as any other candidate, its capital typed as a state and its nationality word ("Iraqi forces") counted for
 * it. Mentions that qualify a title ("the Veloran president") or stand in quoted speech
 * are not counted, and a country the text gives an embassy or envoy or calls neighbouring is no candidate: reports
 * name foreign officials' states outright and leave the home state implicit. When none dominates, a dateline from a
 * capital ("BAGHDAD, May 7 -") names the home state, if the text names that state about as often as any other.
 */
final class HomeCountry {
    private final List<SentenceView> views;
    private final List<MentionFinder.Draft> mentions;
    private final Lexicons lex;

    HomeCountry(List<SentenceView> views, List<MentionFinder.Draft> mentions, Lexicons lex) {
        this.views = views;
        this.mentions = mentions;
        this.lex = lex;
    }

    /** The document key of the home country ({@code keys} holds each mention's key), or null when none dominates. */
    String key(List<String> keys) {
        Map<String, Integer> countryCounts = new HashMap<>();
        Set<String> foreign = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            MentionFinder.Draft d = mentions.get(i);
            String named = d.type == ActorType.ORGANIZATION ? lex.places().countryOfDemonym(d.text.split(" ")[0]) : null;
            if (named != null && !views.get(d.sentence).inQuote[d.tokenBegin]) {
                // "the Kastmiri Governing Council": a body named after its country speaks of that country.
                countryCounts.merge("C:" + named, 1, Integer::sum);
            }
            if (d.type != ActorType.COUNTRY) {
                continue;
            }
            int titleEnd = qualifiedTitleEnd(d);
            if (titleEnd < 0 && !views.get(d.sentence).inQuote[d.tokenBegin]) {
                // A capital the tagger typed as a state ("if Baghdad does not") counts for its state.
                String state = d.countryName == null ? lex.places().countryOfCapital(d.text) : null;
                countryCounts.merge(state != null ? "C:" + state : keys.get(i), 1, Integer::sum);
            }
            if (marksForeign(d) || titleEnd >= 0 && namesStateOfficial(d, titleEnd)) {
                foreign.add(keys.get(i));
            }
        }
        // "the Iraqi government", "Iraqi forces": a nationality word outside any mention speaks of its state too.
        for (SentenceView v : views) {
            for (int t = 0; t < v.size(); t++) {
                String state = v.mentionAt[t] < 0 && !v.inQuote[t] ? lex.places().countryOfDemonym(v.tokens.get(t).word()) : null;
                if (state != null) {
                    countryCounts.merge("C:" + state, 1, Integer::sum);
                }
            }
        }
        // "BAGHDAD, May 7 (Wire) - Iraqi Prime Minister X ...": a wire names its home state's officials outright too, so
        // the state a report is filed from is never foreign to it.
        String filedFrom = datelineCountryKey(keys);
        foreign.remove(filedFrom);
        foreign.forEach(countryCounts::remove);
        String top = dominant(countryCounts);
        if (top != null) {
            return top;
        }
        // With no country dominating, a report filed from a capital is about that state, when the text names it about
        // as often as any other.
        int max = countryCounts.values().stream().max(Integer::compare).orElse(0);
        return filedFrom != null && 2 * countryCounts.getOrDefault(filedFrom, 0) >= max ? filedFrom : null;
    }

    /** The key of the country whose capital opens one of the first sentences as a dateline ("CITY, ..." / "CITY -"). */
    private String datelineCountryKey(List<String> keys) {
        for (int s = 0; s < Math.min(3, views.size()); s++) {
            SentenceView v = views.get(s);
            for (int n = 1; n <= 2 && n < v.size(); n++) {
                String next = v.lower(n);
                if (!(next.equals(",") || next.equals("-") || next.equals("--") || next.equals("—") || next.equals("–"))) {
                    continue;
                }
                StringBuilder city = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    city.append(k == 0 ? "" : " ").append(v.tokens.get(k).word());
                }
                int state = DocContext.stateOfCapital(lex.places(), mentions, city.toString());
                if (state >= 0) {
                    return keys.get(state);
                }
            }
        }
        return null;
    }

    private static String dominant(Map<String, Integer> counts) {
        String top = DocContext.argmax(counts);
        if (top == null) {
            return null;
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(top) && 2 * e.getValue() > counts.get(top)) {
                return null;
            }
        }
        return top;
    }

    private boolean marksForeign(MentionFinder.Draft d) {
        SentenceView v = views.get(d.sentence);
        int h = v.head(d.tokenEnd - 1);
        String rel = v.relationToHead(d.tokenEnd - 1);
        boolean owner = rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nmod:of");
        return h >= 0 && owner && lex.places().foreignMarkers().contains(v.lemma(h))
                || d.tokenEnd < v.size() && lex.places().foreignMarkers().contains(v.lemma(d.tokenEnd))
                || d.tokenBegin > 0 && lex.places().foreignMarkers().contains(v.lower(d.tokenBegin - 1));
    }

    /** "the Veloran President Ana Ruiz": a state-level title between the country and a named person. */
    private boolean namesStateOfficial(MentionFinder.Draft d, int titleEnd) {
        SentenceView v = views.get(d.sentence);
        int title = titleEnd - 1;
        String role = lex.titles().role(v.lemma(title));
        // "Veloran Defence Secretary": a capitalized portfolio makes any title a cabinet post.
        boolean portfolio = title - 1 >= d.tokenEnd && v.pos(title - 1).startsWith("NNP") && v.mentionAt[title - 1] < 0;
        boolean state = role != null && (TitleRules.isStateTitle(lex.titles(), role) || role.equals("president") || portfolio)
                || v.lower(title).equals("minister") || v.lower(title).equals("state");
        return state && titleEnd < v.size() && v.mentionAt[titleEnd] >= 0 && mentions.get(v.mentionAt[titleEnd]).type == ActorType.PERSON;
    }

    /**
     * The token after the title this country qualifies ("Veloran envoy", "Veloria's president", "the Veloran Defence
     * Secretary": a portfolio of up to two capitalized words may open the title), or -1.
     */
    private int qualifiedTitleEnd(MentionFinder.Draft d) {
        SentenceView v = views.get(d.sentence);
        int next = d.tokenEnd < v.size() && v.lower(d.tokenEnd).equals("'s") ? d.tokenEnd + 1 : d.tokenEnd;
        for (int start = next; start <= next + 2 && start < v.size(); start++) {
            if (start > next && (!v.pos(start - 1).startsWith("NNP") || v.mentionAt[start - 1] >= 0)) {
                return -1;
            }
            for (int n = Math.min(lex.titles().longestRole(), v.size() - start); n >= 1; n--) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    sb.append(k == 0 ? "" : " ").append(v.lower(start + k));
                }
                if (lex.titles().role(sb.toString()) != null) {
                    return start + n;
                }
            }
        }
        return -1;
    }
}
