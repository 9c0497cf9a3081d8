package org.dramatis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;
import org.dramatis.model.FactKind;

/**
 * The words that tell relations between actors: relation verbs and nouns, backing, designation, demands, support and aid.
 *
 * @param relations verb (or predicate adjective) lemma to its triggers ({@code relations.tsv})
 * @param relationNouns relation nouns ("a rival of Y", "Y's ally"): noun lemma → triggers, the modifier they need as object lemma
 * @param backingSuffixes "<State>-backed X": suffix after an actor's name → the relation it states (one kind; reverse
 *                        when X is the subject: "the Iran-aligned bloc" supports Iran)
 * @param designationVerbs verbs designating a group ("designate", "list")
 * @param linkingVerbs verbs linking a subject to a predicate adjective ("is", "is seen as", "consider him")
 * @param demandVerbs verbs of demanding → the preposition carrying the demand ("" when it is the object or a clause)
 * @param ouster what one demands of someone one opposes: resignation, apology ...
 * @param supportNouns nouns whose "of" phrase names a supporter ("the support of Y")
 * @param receivingVerbs verbs whose subject receives what they govern ("count on", "enjoy", "win")
 * @param aidNouns nouns of material aid ("weapons", "cash", "arsenal") whose giver backs the receiver
 * @param aidVerbs verbs by which aid passes → the preposition naming the giver and who receives ("subject" or "possessor")
 */
record RelationWords(Map<String, List<Lexicons.RelationTrigger>> relations,
                     Map<String, List<Lexicons.RelationTrigger>> relationNouns,
                     Map<String, Lexicons.RelationTrigger> backingSuffixes,
                     Set<String> designationVerbs, Set<String> linkingVerbs, Map<String, String> demandVerbs,
                     Set<String> ouster, Set<String> supportNouns, Set<String> receivingVerbs, Set<String> aidNouns,
                     Map<String, String[]> aidVerbs) {
    /** Prepositions that close a trigger phrase ("odds with", "backed by"); grammar, not domain words. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "from", "against", "with", "for", "by", "of", "on", "in",
            "under", "behind", "between");

    static RelationWords load(LexiconFiles files) {
        Map<String, String> demandVerbs = new HashMap<>();
        for (Line line : files.lines(Kind.DEMAND_VERBS)) {
            demandVerbs.put(line.word(), line.cols().length > 1 ? line.cols()[1] : "");
        }
        Map<String, String[]> aidVerbs = new HashMap<>();
        for (Line line : files.lines(Kind.AID_VERBS)) {
            String[] row = line.cols();
            aidVerbs.put(row[0], new String[] {row[1], row[2]});
        }
        return new RelationWords(verbs(files), nouns(files), suffixes(files),
                files.words(Kind.DESIGNATION), files.words(Kind.LINKING_VERBS), Map.copyOf(demandVerbs),
                files.words(Kind.OUSTER), files.words(Kind.SUPPORT_NOUNS), files.words(Kind.RECEIVING_VERBS),
                files.words(Kind.AID_NOUNS), Map.copyOf(aidVerbs));
    }

    /** Relation triggers for a verb lemma (empty when none). */
    List<Lexicons.RelationTrigger> relations(String lemma) {
        return relations.getOrDefault(lemma, List.of());
    }

    /** "suffix [TAB kind [TAB reverse]]" lines of backing-suffixes.txt (the kind defaults to backs, forward). */
    private static Map<String, Lexicons.RelationTrigger> suffixes(LexiconFiles files) {
        Map<String, Lexicons.RelationTrigger> out = new HashMap<>();
        for (Line line : files.lines(Kind.BACKING_SUFFIXES)) {
            String[] row = line.cols();
            List<FactKind> kinds = row.length > 1 ? kinds(files, line, row[1]) : List.of(FactKind.BACKS);
            if (kinds != null && kinds.size() != 1) {
                files.reject(line, "a backing suffix states one relation kind, not " + kinds.size());
            } else if (row.length > 2 && !row[2].equals("reverse")) {
                files.reject(line, "the third column can only be 'reverse' (the word after the suffix is the subject)");
            } else if (kinds != null) {
                out.put(line.word(), new Lexicons.RelationTrigger(line.word(), null, null, kinds, row.length > 2, false));
            }
        }
        return Map.copyOf(out);
    }

    /** "verb [object] [preposition] TAB kinds [TAB reverse [TAB adjective]]" lines of relations.tsv. */
    private static Map<String, List<Lexicons.RelationTrigger>> verbs(LexiconFiles files) {
        Map<String, List<Lexicons.RelationTrigger>> out = new HashMap<>();
        for (Line line : files.lines(Kind.RELATIONS)) {
            String[] row = line.cols();
            String[] words = row[0].split(" ");
            String prep = words.length > 1 && PREPOSITIONS.contains(words[words.length - 1]) ? words[words.length - 1] : null;
            int objectEnd = prep == null ? words.length : words.length - 1;
            String object = objectEnd > 1 ? words[1] : null;
            List<FactKind> kinds = kinds(files, line, row[1]);
            if (kinds != null) {
                out.computeIfAbsent(words[0], w -> new ArrayList<>())
                        .add(new Lexicons.RelationTrigger(words[0], object, prep, kinds, row.length > 2 && row[2].equals("reverse"),
                                row.length > 3 && row[3].equals("adjective")));
            }
        }
        return out;
    }

    /** "[modifier] noun [preposition] TAB kinds [TAB reverse]" lines of relation-nouns.tsv (the preposition defaults to "of"). */
    private static Map<String, List<Lexicons.RelationTrigger>> nouns(LexiconFiles files) {
        Map<String, List<Lexicons.RelationTrigger>> out = new HashMap<>();
        for (Line line : files.lines(Kind.RELATION_NOUNS)) {
            String[] row = line.cols();
            List<String> words = new ArrayList<>(List.of(row[0].split(" ")));
            String prep = words.size() > 1 && PREPOSITIONS.contains(words.get(words.size() - 1)) ? words.remove(words.size() - 1) : "of";
            String noun = words.get(words.size() - 1);
            List<FactKind> kinds = kinds(files, line, row[1]);
            if (kinds != null) {
                out.computeIfAbsent(noun, w -> new ArrayList<>()).add(new Lexicons.RelationTrigger(noun,
                        words.size() > 1 ? words.get(0) : null, prep, kinds, row.length > 2 && row[2].equals("reverse"), false));
            }
        }
        return out;
    }

    /** The comma-separated fact kinds of a column, or null after rejecting the line naming the unknown kind. */
    private static List<FactKind> kinds(LexiconFiles files, Line line, String column) {
        List<FactKind> kinds = new ArrayList<>();
        for (String k : column.split(",")) {
            try {
                kinds.add(FactKind.parse(k));
            } catch (IllegalArgumentException e) {
                files.reject(line, "unknown relation kind '" + k.strip().toLowerCase(Locale.ROOT) + "' (" + e.getMessage() + ")");
                return null;
            }
        }
        return kinds;
    }
}
