package org.dramatis.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/**
 * Reads a capital city as its state where the text treats it as a political actor ("talks with Moscow", "pro-Ankara",
 * "Moscow warned"), so it joins that country; without such a cue it stays a place. The capital of the document's home
 * country (named at least three times and twice as often as any other) stays its own actor: at home "Baghdad" is the
 * central government set against the regions and parties of the same state ("chosen jointly by Baghdad and Erbil"),
 * not the state itself. So does the capital of the country most of the corpus's documents are about ({@link CorpusHome}).
 */
record CapitalReading(NameKeys keys, Capitals capitals) {

    /**
     * Turns each capital with a political cue into a COUNTRY mention keyed by the country's name. A capital coordinated
     * with such a mention or a country ("with Moscow and Ankara") reads the same way.
     *
     * @param corpusHome the key of the corpus's home country, whose capital stays a place as the document's own does; or
     *                   null
     */
    void apply(String text, List<MentionInfo> infos, MentionUnions u, String corpusHome) {
        boolean[] state = new boolean[infos.size()];
        String home = homeKey(infos);
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo info = infos.get(i);
            ActorMention m = info.mention();
            if (info.cls() != 'G' || m.end() > text.length()) {
                continue;
            }
            var country = capitals.countryOf(info.display());
            if (country.isEmpty()) {
                continue;
            }
            String c = country.get();
            if (keys.key(c).equals(home) || keys.key(c).equals(corpusHome)) {
                continue;
            }
            boolean political = capitals.political(text, m.begin(), m.end());
            if (!political && i > 0) {
                MentionInfo prev = infos.get(i - 1);
                String gap = prev.mention().end() <= m.begin() ? text.substring(prev.mention().end(), m.begin()) : "";
                political = state[i - 1] && gap.matches("\\s*(,|and|or|,\\s*and)\\s*");
            }
            if (political) {
                state[i] = true;
                infos.set(i, new MentionInfo(m, ActorType.COUNTRY, 'G', c, keys.tokens(c), keys.key(c)));
                u.note(i, "capital '" + m.text().strip() + "' stands for its government, " + c);
            }
        }
    }

    /**
     * What one document tells of the country it is about ({@link CorpusHome}): its home ({@link #homeKey}), the
     * countries it names, and those whose capital it names.
     */
    CorpusHome.Evidence evidence(List<MentionInfo> infos) {
        Set<String> countries = new HashSet<>();
        Set<String> capitalsNamed = new HashSet<>();
        for (MentionInfo info : infos) {
            String key = countryKey(info);
            if (key != null) {
                countries.add(key);
            }
            if (info.cls() == 'G') {
                capitals.countryOf(info.display()).ifPresent(c -> capitalsNamed.add(keys.key(c)));
            }
        }
        return new CorpusHome.Evidence(homeKey(infos), countries, capitalsNamed);
    }

    /** The key of the country a COUNTRY mention names (its nationality word's country for "Iraqi"), else null. */
    private String countryKey(MentionInfo info) {
        if (info.type() != ActorType.COUNTRY) {
            return null;
        }
        String country = keys.countryOfDemonym(info.mention().text().strip());
        return country != null ? keys.key(country) : info.key();
    }

    /**
     * The key of the country the document names at least three times and twice as often as any other, or null. Its
     * nationality word ("Iraqi") counts for it; its capital does not, or a report on talks with Moscow would make
     * Russia its home.
     */
    String homeKey(List<MentionInfo> infos) {
        Map<String, Integer> counts = new HashMap<>();
        for (MentionInfo info : infos) {
            String key = countryKey(info);
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        String top = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (top == null || e.getValue() > counts.get(top)) {
                top = e.getKey();
            }
        }
        if (top == null || counts.get(top) < 3) {
            return null;
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(top) && 2 * e.getValue() > counts.get(top)) {
                return null;
            }
        }
        return top;
    }
}
