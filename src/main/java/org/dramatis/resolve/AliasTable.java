package org.dramatis.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;
import org.dramatis.model.ActorType;

/**
 * Analyst-supplied alias lists: a CSV of {@code canonical name,alias,type} (type optional, e.g. {@code Organization}).
 * A name listed here always joins the entity of its canonical name, whatever the automatic rules say.
 *
 * <pre>
 * # canonical,alias,type
 * Victory Brigades,VB,Organization
 * "Nadhimi, Omar",Abu Layla,Person
 * </pre>
 */
public final class AliasTable {
    /** One alias line: {@code alias} names the same actor as {@code canonical}; {@code type} may be null. */
    public record Alias(String canonical, String alias, ActorType type) {
        public Alias {
            if (canonical == null || canonical.isBlank() || alias == null || alias.isBlank()) {
                throw new IllegalArgumentException("alias needs a canonical name and an alias, got '" + canonical + "', '" + alias + "'");
            }
        }
    }

    /**
     * Single-token names whose key is shorter than this are matched by their spelling, not their key: a skeleton of
     * two or three consonants ("sdn") is shared by unrelated names ("Saadoun", "Sudan").
     */
    private static final int MIN_SKELETON = 5;

    /** One listed name: the canonical key it belongs to, its plain spelling and the type of its line (may be null). */
    private record Entry(String canonicalKey, String spelling, ActorType type) {
    }

    private final List<Alias> aliases;
    private final NameKeys keys;
    /** Name key (of an alias or of a canonical name) to the listed names with that key. */
    private final Map<String, List<Entry>> entriesByKey = new HashMap<>();
    private final Map<String, String> canonicalNameByKey = new HashMap<>();

    private AliasTable(List<Alias> aliases, NameKeys keys) {
        this.aliases = List.copyOf(aliases);
        this.keys = keys;
        for (Alias a : aliases) {
            String canonicalKey = keys.key(a.canonical());
            for (String name : List.of(a.canonical(), a.alias())) {
                entriesByKey.computeIfAbsent(keys.key(name), k -> new ArrayList<>())
                        .add(new Entry(canonicalKey, keys.spelling(name), a.type()));
            }
            canonicalNameByKey.put(canonicalKey, a.canonical());
        }
    }

    /** A table without aliases. */
    public static AliasTable empty() {
        return new AliasTable(List.of(), NameKeys.load());
    }

    /** Builds a table from aliases already parsed (e.g. from the database). */
    public static AliasTable of(List<Alias> aliases, NameKeys keys) {
        return new AliasTable(aliases, keys);
    }

    /** Reads a CSV file with the bundled {@link NameKeys}. */
    public static AliasTable load(Path csv) {
        return load(csv, NameKeys.load());
    }

    /** Reads one CSV file; '#' lines and blank lines are skipped; a bad line is an error naming the file and line. */
    public static AliasTable load(Path csv, NameKeys keys) {
        LexiconFiles files = LexiconFiles.bundled().plus(Kind.ALIASES, List.of(csv));
        List<Alias> aliases = aliases(files);
        files.requireNoProblems();
        return new AliasTable(aliases, keys);
    }

    /** The aliases of every user alias file these files carry; a bad line is reported there and skipped. */
    public static List<Alias> aliases(LexiconFiles files) {
        List<Alias> aliases = new ArrayList<>();
        for (Line line : files.lines(Kind.ALIASES)) {
            List<String> cols = splitCsv(line.text());
            if (cols == null) {
                files.reject(line, "unclosed quote");
                continue;
            }
            if (cols.size() < 2 || cols.size() > 3 || cols.get(0).isBlank() || cols.get(1).isBlank()) {
                files.reject(line, "expected 'canonical name,alias[,type]'");
                continue;
            }
            ActorType type = null;
            if (cols.size() == 3 && !cols.get(2).isBlank()) {
                try {
                    type = ActorType.parse(cols.get(2));
                } catch (IllegalArgumentException e) {
                    files.reject(line, "unknown actor type '" + cols.get(2).strip() + "'");
                    continue;
                }
            }
            aliases.add(new Alias(cols.get(0).strip(), cols.get(1).strip(), type));
        }
        return aliases;
    }

    /** The fields of one CSV line, or null when a quote is not closed. */
    private static List<String> splitCsv(String text) {
        List<String> cols = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cols.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cols.add(cur.toString());
        return cols;
    }

    /** All aliases, in file order. */
    public List<Alias> aliases() {
        return aliases;
    }

    /**
     * The key of the canonical name a name belongs to, if the table lists it (as alias or as canonical name) for an
     * actor of this type. A person's name never matches a line typed for a group or a place, nor the reverse; a short
     * one-word name must be spelled as listed (case, diacritics and the article aside), because its consonant skeleton
     * is shared by unrelated words.
     *
     * @param type the type the name was tagged with, or null when unknown
     */
    public Optional<String> canonicalKey(String name, ActorType type) {
        String key = keys.key(name);
        List<Entry> entries = entriesByKey.get(key);
        if (entries == null) {
            return Optional.empty();
        }
        boolean byKey = keys.tokens(name).size() > 1 || key.length() >= MIN_SKELETON;
        String spelling = byKey ? null : keys.spelling(name);
        for (Entry e : entries) {
            boolean typeFits = e.type() == null || type == null || (e.type() == ActorType.PERSON) == (type == ActorType.PERSON);
            if (typeFits && (byKey || e.spelling().equals(spelling))) {
                return Optional.of(e.canonicalKey());
            }
        }
        return Optional.empty();
    }

    /** Whether a line of this type lists a name with this key (as alias or canonical name). */
    public boolean lists(String name, ActorType type) {
        return entriesByKey.getOrDefault(keys.key(name), List.of()).stream().anyMatch(e -> e.type() == type);
    }

    /** The canonical name for a canonical key. */
    public Optional<String> canonicalName(String canonicalKey) {
        return Optional.ofNullable(canonicalNameByKey.get(canonicalKey));
    }
}
