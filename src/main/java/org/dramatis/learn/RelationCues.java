package org.dramatis.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;
import org.dramatis.model.FactKind;

/**
 * The relation words of the rules' lexicons as cues for the learned relation model: each word (a lemma or a lowercase
 * form) mapped to the relation kinds it tells — verbs of {@code relations.tsv}, nouns of {@code relation-nouns.tsv},
 * {@code backing-suffixes.txt} (backs), {@code support-nouns.txt} (supports), {@code member-nouns.txt} (member),
 * {@code designation.txt} (designated_terrorist) and the gap and between words of {@code opposition-cues.txt} (opposes). Read from the
 * bundled lexicon only, so that a model reads the same cues it was trained with.
 */
final class RelationCues {
    /** Grammar words inside cue phrases ("clashed with", "at war with"); never cues themselves. */
    private static final Set<String> GRAMMAR = Set.of("with", "between", "at", "of", "to", "from", "against", "for", "by",
            "on", "in", "under", "behind", "the", "a", "term", "good", "bad", "friendly", "political", "parliamentary");
    private static final Map<String, Set<String>> BY_WORD = load(LexiconFiles.bundled());
    private static final Set<String> BACKING_SUFFIXES = LexiconFiles.bundled().words(Kind.BACKING_SUFFIXES);

    private RelationCues() {
    }

    /** The kinds word {@code lemma} (or its lowercase form {@code lower}) cues, sorted; empty for none. */
    static Set<String> of(String lemma, String lower) {
        Set<String> a = BY_WORD.getOrDefault(lemma, Set.of());
        Set<String> b = BY_WORD.getOrDefault(lower, Set.of());
        if (b.isEmpty() || a.equals(b)) {
            return a;
        }
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
    }

    /** Whether {@code suffix} ("backed" of "Iran-backed") makes the name before the hyphen a backer. */
    static boolean backingSuffix(String suffix) {
        return BACKING_SUFFIXES.contains(suffix);
    }

    static Map<String, Set<String>> load(LexiconFiles files) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Line line : files.lines(Kind.RELATIONS)) {
            add(out, line.cols()[0].split(" ")[0], kinds(line.cols()[1]));
        }
        for (Line line : files.lines(Kind.RELATION_NOUNS)) {
            for (String w : line.cols()[0].split(" ")) {
                add(out, w, kinds(line.cols()[1]));
            }
        }
        files.words(Kind.BACKING_SUFFIXES).forEach(w -> add(out, w, List.of(FactKind.BACKS.code())));
        files.words(Kind.SUPPORT_NOUNS).forEach(w -> add(out, w, List.of(FactKind.SUPPORTS.code())));
        files.words(Kind.MEMBER_NOUNS).forEach(w -> add(out, w, List.of(FactKind.MEMBER.code())));
        files.words(Kind.DESIGNATION).forEach(w -> add(out, w, List.of(FactKind.DESIGNATED_TERRORIST.code())));
        for (Line line : files.lines(Kind.OPPOSITION_CUES)) {
            String cue = line.text().strip();
            if (cue.startsWith("faction:")) {
                continue; // a faction noun keeps two groups apart; it says nothing of opposing
            }
            for (String w : cue.substring(cue.indexOf(':') + 1).strip().split(" ")) {
                add(out, w, List.of(FactKind.OPPOSES.code()));
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((w, k) -> frozen.put(w, java.util.Collections.unmodifiableSet(k)));
        return Map.copyOf(frozen);
    }

    private static List<String> kinds(String column) {
        return java.util.Arrays.stream(column.split(",")).map(k -> FactKind.parse(k).code()).toList();
    }

    private static void add(Map<String, Set<String>> out, String word, List<String> kinds) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && !GRAMMAR.contains(w)) {
            out.computeIfAbsent(w, k -> new TreeSet<>()).addAll(kinds);
        }
    }
}
