package org.dramatis.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Joins an acronym ("PMF") to the only name of the document it abbreviates ("Popular Mobilization Forces"). */
final class AcronymRule {
    private final NameKeys keys;

    AcronymRule(NameKeys keys) {
        this.keys = keys;
    }

    void apply(List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo acr = infos.get(i);
            if (acr.cls() == 'P' || !NameKeys.looksLikeAcronym(acr.display())) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            int expansion = -1;
            for (int j = 0; j < infos.size(); j++) {
                MentionInfo full = infos.get(j);
                if (full.cls() == acr.cls() && full.tokens().size() > 1 && keys.isAcronymOf(acr.display(), full.display())) {
                    roots.add(u.find(j));
                    expansion = j;
                }
            }
            if (roots.size() == 1 && u.find(i) != u.find(expansion)) {
                u.join(expansion, i, "acronym " + acr.display() + " of " + infos.get(expansion).display());
            }
        }
    }
}
