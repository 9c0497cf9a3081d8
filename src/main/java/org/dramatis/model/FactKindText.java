package org.dramatis.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words, dossier wording and network colour of each {@link FactKind}, read once from
 * {@code dramatis/fact-kinds.tsv}: {@code KIND<TAB>words<TAB>verb<TAB>colour}. In a verb, {@code {role}} is the fact's
 * role and {@code {role|text}} the role or, without one, the text; a part in brackets is said only when what it needs
 * is known: the role it names, or, naming none, an actor after the verb ("is {role|post holder}[ of]"). A verb that
 * does not say the role is followed by it in parentheses ("backs (financier)").
 */
record FactKindText(String words, String verb, String colour) {
    static final String RESOURCE = "/dramatis/fact-kinds.tsv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{role(?:\\|([^{}\\[\\]]*))?}");
    private static final Pattern COLOUR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    /** Loaded at first use, so a broken file fails where a kind's text is first wanted, naming the file and line. */
    private static final class Holder {
        static final Map<FactKind, FactKindText> TEXTS = load();
    }

    static FactKindText get(FactKind kind) {
        return Holder.TEXTS.get(kind);
    }

    private static Map<FactKind, FactKindText> load() {
        InputStream in = FactKindText.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new DramatisException(RESOURCE + ": missing from the class path");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new DramatisException(RESOURCE + ": " + e.getMessage(), e);
        }
        return parse(RESOURCE, lines);
    }

    /** Every kind's text from the lines of {@code file}; an error names the file, the line and what is wrong. */
    static Map<FactKind, FactKindText> parse(String file, List<String> lines) {
        Map<FactKind, FactKindText> out = new EnumMap<>(FactKind.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new DramatisException(where + "expected KIND<TAB>words<TAB>verb<TAB>colour, found " + cols.length
                        + " columns");
            }
            FactKind kind = FactKind.find(cols[0]).orElseThrow(() -> new DramatisException(where + "'" + cols[0]
                    + "' is no relation kind"));
            if (out.containsKey(kind)) {
                throw new DramatisException(where + kind + " is given twice");
            }
            if (cols[1].isBlank() || cols[2].isBlank()) {
                throw new DramatisException(where + kind + " needs its words and its verb");
            }
            if (!COLOUR.matcher(cols[3]).matches()) {
                throw new DramatisException(where + "'" + cols[3] + "' is no colour (#rgb or #rrggbb)");
            }
            String problem = checkVerb(cols[2]);
            if (problem != null) {
                throw new DramatisException(where + "verb '" + cols[2] + "': " + problem);
            }
            out.put(kind, new FactKindText(cols[1], cols[2], cols[3]));
        }
        for (FactKind k : FactKind.values()) {
            if (!out.containsKey(k)) {
                throw new DramatisException(file + ": no line for relation kind " + k);
            }
        }
        return out;
    }

    /** What is wrong with a verb template, or null. */
    private static String checkVerb(String verb) {
        int depth = 0;
        for (char c : verb.toCharArray()) {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth < 0 || depth > 1) {
                return "brackets do not pair (one level only)";
            }
        }
        if (depth != 0) {
            return "an opening bracket is not closed";
        }
        String rest = PLACEHOLDER.matcher(verb).replaceAll("");
        return rest.contains("{") || rest.contains("}") ? "the only placeholder is {role} or {role|text}" : null;
    }

    /** Whether the verb says the role itself. */
    boolean placesRole() {
        return verb.contains("{role");
    }

    String verb(String role, boolean withObject) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < verb.length()) {
            int open = verb.indexOf('[', i);
            if (open < 0) {
                out.append(fill(verb.substring(i), role));
                break;
            }
            out.append(fill(verb.substring(i, open), role));
            int close = verb.indexOf(']', open);
            String part = verb.substring(open + 1, close);
            boolean needsRole = PLACEHOLDER.matcher(part).find();
            if (needsRole ? role != null : withObject) {
                out.append(fill(part, role));
            }
            i = close + 1;
        }
        if (role != null && !placesRole()) {
            out.append(" (").append(role).append(')');
        }
        return out.toString();
    }

    private static String fill(String text, String role) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = role != null ? role : m.group(1) != null ? m.group(1) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
