package org.dramatis.resolve;

import java.util.List;

/**
 * Joins an acronym ("PMF") to the only name of the document it abbreviates ("Popular Mobilization Forces"). An acronym
 * tagged as a person ("INIS") is read as the organization it abbreviates, if it abbreviates one: persons are not named
 * by acronyms of a group's name.
 */
record AcronymRule(NameKeys keys) {

    void apply(List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo tagged = infos.get(i);
            if (!NameKeys.looksLikeAcronym(tagged.display())) {
                continue;
            }
            char cls = tagged.cls() == 'P' ? 'O' : tagged.cls();
            int expansion = u.onlyCluster(infos.size(), j -> infos.get(j).cls() == cls && infos.get(j).tokens().size() > 1
                    && keys.isAcronymOf(tagged.display(), infos.get(j).display()));
            if (expansion >= 0 && tagged.cls() == 'P') {
                infos.set(i, tagged.retyped(infos.get(expansion).type(), cls));
            }
            MentionInfo acr = infos.get(i);
            if (expansion >= 0 && u.find(i) != u.find(expansion)) {
                u.join(expansion, i, "acronym " + acr.display() + " of " + infos.get(expansion).display());
            }
        }
    }
}
