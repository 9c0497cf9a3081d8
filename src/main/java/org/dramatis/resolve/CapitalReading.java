package org.dramatis.resolve;

import java.util.List;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/**
 * Reads a capital city as its state where the text treats it as a political actor ("talks with Moscow", "pro-Ankara",
 * "Moscow warned"), so it joins that country; without such a cue it stays a place.
 */
record CapitalReading(NameKeys keys, Capitals capitals) {

    /**
     * Turns each capital with a political cue into a COUNTRY mention keyed by the country's name. A capital coordinated
     * with such a mention or a country ("with Moscow and Ankara") reads the same way.
     */
    void apply(String text, List<MentionInfo> infos, MentionUnions u) {
        boolean[] state = new boolean[infos.size()];
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
            boolean political = capitals.political(text, m.begin(), m.end());
            if (!political && i > 0) {
                MentionInfo prev = infos.get(i - 1);
                String gap = prev.mention().end() <= m.begin() ? text.substring(prev.mention().end(), m.begin()) : "";
                political = state[i - 1] && gap.matches("\\s*(,|and|or|,\\s*and)\\s*");
            }
            if (political) {
                state[i] = true;
                String c = country.get();
                List<String> tokens = keys.tokens(c);
                infos.set(i, new MentionInfo(m, ActorType.COUNTRY, 'G', c, tokens, String.join(" ", tokens)));
                u.note(i, "capital '" + m.text().strip() + "' stands for its government, " + c);
            }
        }
    }
}
