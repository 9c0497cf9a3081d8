package org.dramatis.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * Word-by-word translation of names between transliterated Arabic (or Persian) and English, from generic vocabulary.
 *
 * <p>Each glossary line is one concept: {@code kataib|kata'ib<TAB>brigades|battalions}. A name becomes a bag of concept
 * ids, one per word or phrase, so "Kataib al-Nasr" and "Victory Brigades" give the same bag whatever the word order.
 * A word in several concepts ("brigades" is both kataib and saraya) yields one bag per reading. Unknown words stand
 * for themselves through their {@link NameKeys} token. The bundled file is {@code dramatis/lexicon/glossary.tsv};
 * users add files in the same format through {@link #load(NameKeys, List)}.
 */
public final class Glossary {
    private static final int MAX_READINGS = 32;

    /** A run of name tokens read as one glossary phrase (or as itself when the glossary does not know it). */
    private record Segment(String text, Set<String> concepts, boolean droppable) {
    }

    private final NameKeys keys;
    private final Map<String, Set<String>> phraseConcepts = new HashMap<>();
    /** Per key, the concepts a transliterated term gives it: those match on the key alone. */
    private final Map<String, Set<String>> termConcepts = new HashMap<>();
    /** Per key and concept, the English meanings' spellings: those match only when the name spells one of them. */
    private final Map<String, Map<String, Set<String>>> meaningSpellings = new HashMap<>();
    private final Map<String, String> conceptLabel = new HashMap<>();
    private final Set<String> droppable = new HashSet<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> smallWordKeys = new HashSet<>();
    private int maxPhrase = 1;

    private Glossary(NameKeys keys) {
        this.keys = keys;
        for (String w : List.of("of", "and", "for", "in", "wa", "li")) {
            smallWordKeys.add(keys.key(w));
        }
    }

    /** The glossary of the files the keys carry: the bundled one plus the user's ({@link NameKeys#files()}). */
    public static Glossary load(NameKeys keys) {
        Glossary glossary = new Glossary(keys);
        glossary.addAll(keys.files(), keys.files().lines(Kind.GLOSSARY));
        return glossary;
    }

    /** The bundled glossary plus user files, with the bundled {@link NameKeys}. */
    public static Glossary load(List<Path> extraFiles) {
        return load(NameKeys.load(), extraFiles);
    }

    /** The glossary of the files the keys carry plus more user files (same TSV format); bad lines are reported there and skipped. */
    public static Glossary load(NameKeys keys, List<Path> extraFiles) {
        LexiconFiles files = keys.files().plus(Kind.GLOSSARY, extraFiles);
        Glossary glossary = new Glossary(keys);
        glossary.addAll(files, files.lines(Kind.GLOSSARY));
        return glossary;
    }

    private void addAll(LexiconFiles files, List<Line> lines) {
        for (Line line : lines) {
            String[] cols = line.text().split("\t");
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                files.reject(line, "expected 'term|term<TAB>meaning|meaning[<TAB>flags]'");
                continue;
            }
            if (!flagsKnown(files, line, cols)) {
                continue;
            }
            String concept = "g" + conceptLabel.size();
            String[] terms = cols[0].split("\\|");
            String[] meanings = cols[1].split("\\|");
            conceptLabel.put(concept, terms[0].strip() + "=" + meanings[0].strip());
            for (String flag : cols.length > 2 ? cols[2].split(",") : new String[0]) {
                switch (flag.strip()) {
                    case "droppable" -> droppable.add(concept);
                    case "head" -> heads.add(concept);
                    default -> { }
                }
            }
            for (String phrase : concat(terms, meanings)) {
                String key = keys.key(phrase.strip());
                if (!key.isEmpty()) {
                    phraseConcepts.computeIfAbsent(key, k -> new TreeSet<>()).add(concept);
                    maxPhrase = Math.max(maxPhrase, key.split(" ").length);
                }
            }
            for (String term : terms) {
                termConcepts.computeIfAbsent(keys.key(term.strip()), k -> new HashSet<>()).add(concept);
            }
            for (String meaning : meanings) {
                meaningSpellings.computeIfAbsent(keys.key(meaning.strip()), k -> new HashMap<>())
                        .computeIfAbsent(concept, c -> new HashSet<>()).add(keys.spelling(meaning.strip()));
            }
        }
    }

    /** Whether every flag of the third column is known; rejects the line naming the first unknown one. */
    private static boolean flagsKnown(LexiconFiles files, Line line, String[] cols) {
        for (String flag : cols.length > 2 ? cols[2].split(",") : new String[0]) {
            if (!List.of("droppable", "head", "").contains(flag.strip())) {
                files.reject(line, "unknown flag '" + flag.strip() + "' (known: droppable, head)");
                return false;
            }
        }
        return true;
    }

    private static List<String> concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all;
    }

    /**
     * Keys of the name's translations: sorted bags of concept ids such as {@code "g0+w:nsr"}. Empty when no word of the
     * name is in the glossary or fewer than two words remain, because one translated word alone ("party") says
     * nothing about which actor is meant. A droppable head ("Forces", "Group") also gives the bag without it.
     */
    public Set<String> translationKeys(String name) {
        List<Segment> segments = segments(name);
        if (segments.stream().noneMatch(s -> !s.concepts().iterator().next().startsWith("w:"))) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        addReadings(segments, out);
        List<Segment> kept = segments.stream().filter(s -> !s.droppable()).toList();
        if (kept.size() < segments.size()) {
            addReadings(kept, out);
        }
        return out;
    }

    private void addReadings(List<Segment> segments, Set<String> out) {
        if (segments.size() < 2) {
            return;
        }
        List<List<String>> bags = new ArrayList<>();
        bags.add(List.of());
        for (Segment s : segments) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> bag : bags) {
                for (String concept : s.concepts()) {
                    if (next.size() < MAX_READINGS) {
                        List<String> extended = new ArrayList<>(bag);
                        extended.add(concept);
                        next.add(extended);
                    }
                }
            }
            bags = next;
        }
        for (List<String> bag : bags) {
            out.add(String.join("+", new TreeSet<>(bag).stream().sorted().toList()));
        }
    }

    /**
     * Whether a name of two or more words contains an organization head word ("Kataib al-Nasr", "Jabhat al-Ahrar",
     * "Victory Brigades"): such a name is an organization's whatever a tagger said.
     */
    public boolean hasOrganizationHead(String name) {
        List<Segment> segments = segments(name);
        return segments.size() >= 2 && segments.stream().anyMatch(this::isHead);
    }

    /** Whether a one-word name is an organization head word alone ("Kataib", "Hashd"). */
    public boolean isHeadWord(String name) {
        List<Segment> segments = segments(name);
        return segments.size() == 1 && isHead(segments.get(0));
    }

    /** The glossary concepts of a name's words (unknown words give none). */
    public Set<String> concepts(String name) {
        Set<String> out = new TreeSet<>();
        for (Segment s : segments(name)) {
            s.concepts().stream().filter(c -> !c.startsWith("w:")).forEach(out::add);
        }
        return out;
    }

    /** Whether some word of the name has one of the given glossary concepts. */
    public boolean sharesConcept(String name, Set<String> concepts) {
        return concepts(name).stream().anyMatch(concepts::contains);
    }

    private boolean isHead(Segment s) {
        return s.concepts().stream().anyMatch(heads::contains);
    }

    /** The glossary words found in a name, for reasons: {@code ["kataib=brigades", "nasr=victory"]}. */
    public List<String> explain(String name) {
        List<String> out = new ArrayList<>();
        for (Segment s : segments(name)) {
            String c = s.concepts().iterator().next();
            if (!c.startsWith("w:")) {
                out.add(conceptLabel.get(c));
            }
        }
        return out;
    }

    /**
     * The concepts of a key that the name {@code spelled} really holds: a transliterated term's on the key alone (its
     * spellings vary: "Kataeb", "Katayib"), an English meaning's only when the name spells it, since the consonant key
     * folds unrelated words together ("Lagos" and "leagues" are both {@code lgs}). The name's spelling is read only when
     * a meaning alone gives the key a concept.
     */
    private Set<String> spelledConcepts(String key, Supplier<String> spelled) {
        Set<String> all = phraseConcepts.get(key);
        if (all == null) {
            return Set.of();
        }
        Set<String> terms = termConcepts.getOrDefault(key, Set.of());
        if (terms.containsAll(all)) {
            return all;
        }
        Set<String> out = new TreeSet<>();
        for (String concept : all) {
            if (terms.contains(concept) || meaningSpellings.getOrDefault(key, Map.of()).getOrDefault(concept, Set.of())
                    .stream().anyMatch(m -> spelled.get().contains(m))) {
                out.add(concept);
            }
        }
        return out;
    }

    private List<Segment> segments(String name) {
        List<String> tokens = keys.tokens(name);
        String[] spelling = {null};
        Supplier<String> spelled = () -> spelling[0] != null ? spelling[0] : (spelling[0] = keys.spelling(name));
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Segment found = null;
            for (int len = Math.min(maxPhrase, tokens.size() - i); len >= 1 && found == null; len--) {
                String phrase = String.join(" ", tokens.subList(i, i + len));
                Set<String> concepts = spelledConcepts(phrase, spelled);
                if (!concepts.isEmpty()) {
                    found = new Segment(phrase, concepts, concepts.stream().anyMatch(droppable::contains));
                    i += len;
                }
            }
            if (found == null) {
                String token = tokens.get(i++);
                if (smallWordKeys.contains(token)) {
                    continue;
                }
                found = new Segment(token, Set.of("w:" + token), false);
            }
            segments.add(found);
        }
        return segments;
    }
}
