package org.dramatis.resolve;

import java.util.List;
import java.util.Set;
import org.dramatis.model.ActorType;

/**
 * Binds a bare organization head word ("the Kataib", "Hashd", "the Coalition") to the only earlier organization of
 * the document whose name holds that word or its glossary meaning.
 */
record HeadWordBinding(Glossary glossary) {

    /**
     * Joins each bare head word to the only earlier organization named with it ("Kataib al-Nasr", "Hashd al Shaabi",
     * "Coalition of Dignity"); with two such organizations it stays alone. Taggers often type the bare word as a place
     * or a person, so any type may join.
     */
    void apply(List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i < infos.size(); i++) {
            int at = i;
            MentionInfo bare = infos.get(i);
            if (bare.tokens().size() != 1 || !glossary.isHeadWord(bare.display())) {
                continue;
            }
            Set<String> concepts = glossary.concepts(bare.display());
            int owner = u.onlyCluster(i, j -> {
                MentionInfo full = infos.get(j);
                return full.cls() == 'O' && full.tokens().size() > 1 && u.find(j) != u.find(at)
                        && (full.tokens().contains(bare.key()) || glossary.sharesConcept(full.display(), concepts));
            });
            if (owner >= 0) {
                infos.set(i, bare.retyped(ActorType.ORGANIZATION, 'O'));
                u.join(owner, i, "the bare head word '" + bare.display() + "' refers back to the only organization named with it, '"
                        + infos.get(owner).display() + "'");
            }
        }
    }
}
