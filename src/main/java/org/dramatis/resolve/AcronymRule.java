package org.dramatis.resolve;

import java.util.List;

/** Joins an acronym ("PMF") to the only name of the document it abbreviates ("Popular Mobilization Forces"). */
record AcronymRule(NameKeys keys) {

    void apply(List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo acr = infos.get(i);
            if (acr.cls() == 'P' || !NameKeys.looksLikeAcronym(acr.display())) {
                continue;
            }
            int expansion = u.onlyCluster(infos.size(), j -> infos.get(j).cls() == acr.cls() && infos.get(j).tokens().size() > 1
                    && keys.isAcronymOf(acr.display(), infos.get(j).display()));
            if (expansion >= 0 && u.find(i) != u.find(expansion)) {
                u.join(expansion, i, "acronym " + acr.display() + " of " + infos.get(expansion).display());
            }
        }
    }
}
