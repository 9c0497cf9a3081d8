package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins a short form ("Nadhimi", "the Victory Front") to the only longer name in the document it is part of
 * ("Hamid al-Nadhimi", "Victory Front Alliance"); with two such names it stays alone. A group's short form refers
 * back: one the text writes before the longer name ("Hezbollah fired rockets ... Kataib Hezbollah suspended its
 * attacks") names a group of its own, while a person's surname may come first (a headline's "Nadhimi"). A group named
 * with a nationality word ("the Qadiri Nasrullah") is its own group until the text joins them: a later "Nasrullah" of
 * the same article refers back to it, another article's "Nasrullah" or "Kataib Nasrullah" is another group.
 */
record ShortFormRule(NameKeys keys, GenericWords generic) {

    void apply(List<MentionInfo> infos, MentionUnions u) {
        List<String> places = new ArrayList<>();
        for (MentionInfo m : infos) {
            if (m.cls() == 'G' && m.tokens().size() == 1) {
                places.add(m.display());
            }
        }
        Map<Integer, Integer> longest = new HashMap<>();
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            int root = u.find(i);
            first.putIfAbsent(root, i);
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
                    && contains(infos.get(j), shortForm, places));
            if (owner >= 0 && (shortForm.cls() == 'P' ? !endsAnotherName(infos, shortForm, infos.get(owner))
                    : first.get(u.find(owner)) < first.get(entry.getKey()))) {
                pairs.add(new int[] {owner, entry.getValue()});
            }
        }
        for (int[] p : pairs) {
            MentionInfo full = infos.get(p[0]);
            MentionInfo part = infos.get(p[1]);
            u.join(p[0], p[1], "'" + part.display() + "' is a short form of the only matching full name '" + full.display() + "'");
        }
    }

    /**
     * Persons: the short form's tokens end the full name. Others: a run inside it, the rest being generic words or the
     * full name's nationality words (a listed one, or one built from a one-word place of the article, {@code places}).
     */
    private boolean contains(MentionInfo full, MentionInfo part, List<String> places) {
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
                if (generic.allGeneric(rest) || nationalityKeys(full.display(), places).containsAll(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a longer name the tagger gave another type ends with a person's short form, so that the short form may
     * be that name's too ("Sadr" beside "Mohammed Baqir al-Sadr" and a "Muqtada al-Sadr" tagged as a group).
     */
    private static boolean endsAnotherName(List<MentionInfo> infos, MentionInfo shortForm, MentionInfo owner) {
        List<String> p = shortForm.tokens();
        for (MentionInfo m : infos) {
            List<String> t = m.tokens();
            if (m.cls() != 'P' && t.size() > p.size() && !m.key().equals(owner.key())
                    && t.subList(t.size() - p.size(), t.size()).equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the nationality words of a name ("qdr" for "Qadiri" in "the Qadiri Nasrullah") and its generic words. */
    private Set<String> nationalityKeys(String name, List<String> places) {
        Set<String> out = new HashSet<>();
        for (String word : name.strip().split("\\s+")) {
            if (keys.isNationalityWord(word, places)) {
                out.addAll(keys.tokens(word));
            }
        }
        for (String t : keys.tokens(name)) {
            if (generic.isGeneric(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
