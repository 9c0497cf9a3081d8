package org.dramatis.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins an acronym ("PMF") to the only name of the document it abbreviates ("Popular Mobilization Forces"). An acronym
 * tagged as a person ("INIS") is read as the organization it abbreviates, if it abbreviates one: persons are not named
 * by acronyms of a group's name. An acronym the document writes bare while another article of the corpus wrote it
 * right after another name ({@link CorpusContext}: "the Nahrawan Labour Federation (NLF)" there, "the NLF" and "the
 * National Loyalty Front" here) is not joined to this document's name by its initials alone.
 */
record AcronymRule(NameKeys keys) {
    /** Most characters between a name and the acronym written right after it: "(" or " (" or ", ". */
    private static final int DEFINITION_GAP = 2;
    /** How much of their words two names must share to be taken for one name the corpus defined. */
    private static final double SAME_NAME = 0.6;

    void apply(List<MentionInfo> infos, MentionUnions u, Map<String, Set<String>> corpusAcronyms) {
        Set<String> definedHere = definitions(infos).keySet();
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
            if (expansion < 0 || u.find(i) == u.find(expansion)) {
                continue;
            }
            Set<String> elsewhere = corpusAcronyms.get(acr.key());
            if (elsewhere != null && !definedHere.contains(acr.key()) && !among(infos.get(expansion), elsewhere)) {
                u.refuse(expansion, i, "'" + acr.display() + "' is not read as '" + infos.get(expansion).display()
                        + "': another article of the corpus wrote it after another name");
                continue;
            }
            u.join(expansion, i, "acronym " + acr.display() + " of " + infos.get(expansion).display());
        }
    }

    /** Whether a name is one of the names (keys) the corpus wrote an acronym after, or shares most of its words. */
    private static boolean among(MentionInfo name, Set<String> defined) {
        if (defined.contains(name.key())) {
            return true;
        }
        Set<String> words = new HashSet<>(name.tokens());
        for (String other : defined) {
            Set<String> theirs = new HashSet<>(List.of(other.split(" ")));
            Set<String> both = new HashSet<>(words);
            both.retainAll(theirs);
            Set<String> either = new HashSet<>(words);
            either.addAll(theirs);
            if (!either.isEmpty() && both.size() >= SAME_NAME * either.size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The acronyms a document writes right after a name they abbreviate ("the Nahrawan Labour Federation (NLF)"), each
     * acronym's key with the keys of those names.
     */
    Map<String, Set<String>> definitions(List<MentionInfo> infos) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (int i = 1; i < infos.size(); i++) {
            MentionInfo acronym = infos.get(i);
            MentionInfo name = infos.get(i - 1);
            int gap = acronym.mention().begin() - name.mention().end();
            if (NameKeys.looksLikeAcronym(acronym.display()) && name.tokens().size() > 1 && gap >= 1
                    && gap <= DEFINITION_GAP && acronym.mention().sentence() == name.mention().sentence()
                    && keys.isAcronymOf(acronym.display(), name.display())) {
                out.computeIfAbsent(acronym.key(), k -> new TreeSet<>()).add(name.key());
            }
        }
        return out;
    }
}
