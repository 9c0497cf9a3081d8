package org.dramatis.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;

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

    private final List<Alias> aliases;
    /** Name key (of an alias or of a canonical name) to the canonical name's key. */
    private final Map<String, String> canonicalByKey = new HashMap<>();
    private final Map<String, String> canonicalNameByKey = new HashMap<>();

    private AliasTable(List<Alias> aliases, NameKeys keys) {
        this.aliases = List.copyOf(aliases);
        for (Alias a : aliases) {
            String canonicalKey = keys.key(a.canonical());
            canonicalByKey.put(canonicalKey, canonicalKey);
            canonicalByKey.put(keys.key(a.alias()), canonicalKey);
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

    /** Reads a CSV file; '#' lines and blank lines are skipped; errors name the file and line. */
    public static AliasTable load(Path csv, NameKeys keys) {
        List<Alias> aliases = new ArrayList<>();
        for (DataFiles.Line line : DataFiles.file(csv)) {
            String where = csv + " line " + line.number();
            List<String> cols = splitCsv(line.text(), where);
            if (cols.size() < 2 || cols.size() > 3 || cols.get(0).isBlank() || cols.get(1).isBlank()) {
                throw new DramatisException(where + ": expected 'canonical name,alias[,type]', got '" + line.text().strip() + "'");
            }
            ActorType type = null;
            if (cols.size() == 3 && !cols.get(2).isBlank()) {
                try {
                    type = ActorType.parse(cols.get(2));
                } catch (IllegalArgumentException e) {
                    throw new DramatisException(where + ": unknown actor type '" + cols.get(2).strip() + "'");
                }
            }
            aliases.add(new Alias(cols.get(0).strip(), cols.get(1).strip(), type));
        }
        return new AliasTable(aliases, keys);
    }

    private static List<String> splitCsv(String text, String where) {
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
            throw new DramatisException(where + ": unclosed quote in '" + text.strip() + "'");
        }
        cols.add(cur.toString());
        return cols;
    }

    /** All aliases, in file order. */
    public List<Alias> aliases() {
        return aliases;
    }

    /** The key of the canonical name a name key belongs to, if the table lists it (as alias or as canonical name). */
    public Optional<String> canonicalKey(String nameKey) {
        return Optional.ofNullable(canonicalByKey.get(nameKey));
    }

    /** The canonical name for a canonical key. */
    public Optional<String> canonicalName(String canonicalKey) {
        return Optional.ofNullable(canonicalNameByKey.get(canonicalKey));
    }
}
