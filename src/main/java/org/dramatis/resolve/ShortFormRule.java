package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins a short form ("Nadhimi", "the Victory Front") to the only longer name in the document it is part of
 * ("Hamid al-Nadhimi", "Victory Front Alliance"); with two such names it stays alone.
 */
record ShortFormRule(GenericWords generic) {

    void apply(List<MentionInfo> infos, MentionUnions u) {
        Map<Integer, Integer> longest = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            int root = u.find(i);
            Integer cur = longest.get(root);
            if (cur == null || infos.get(i).tokens().size() > infos.get(cur).tokens().size()) {
                longest.put(root, i);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (var entry : longest.entrySet()) {
            MentionInfo shortForm = infos.get(entry.getValue());
            if (shortForm.tokens().isEmpty() || shortForm.cls() == 'G'
                    || (shortForm.tokens().size() == 1 && generic.isGeneric(shortForm.tokens().get(0)))) {
                continue;
            }
            int owner = u.onlyCluster(infos.size(), j -> u.find(j) != entry.getKey() && infos.get(j).cls() == shortForm.cls()
                    && contains(infos.get(j), shortForm));
            if (owner >= 0) {
                pairs.add(new int[] {owner, entry.getValue()});
            }
        }
        for (int[] p : pairs) {
            MentionInfo full = infos.get(p[0]);
            MentionInfo part = infos.get(p[1]);
            u.join(p[0], p[1], "'" + part.display() + "' is a short form of the only matching full name '" + full.display() + "'");
        }
    }

    /** Persons: the short form's tokens end the full name. Others: a run inside it, the rest being generic words. */
    private boolean contains(MentionInfo full, MentionInfo part) {
        List<String> f = full.tokens();
        List<String> p = part.tokens();
        if (f.size() <= p.size()) {
            return false;
        }
        if (part.cls() == 'P') {
            return f.subList(f.size() - p.size(), f.size()).equals(p);
        }
        for (int start = 0; start + p.size() <= f.size(); start++) {
            if (f.subList(start, start + p.size()).equals(p)) {
                List<String> rest = new ArrayList<>(f.subList(0, start));
                rest.addAll(f.subList(start + p.size(), f.size()));
                if (generic.allGeneric(rest)) {
                    return true;
                }
            }
        }
        return false;
    }
}
