package org.dramatis.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dramatis.model.DramatisException;

/**
 * Which posts one person holds at a time ({@code dramatis/lexicon/single-holder-posts.txt} plus the user's
 * {@code DATA/posts/*.txt}) and which event modes end a post ({@code post-ending-events.txt}). A line ending in
 * {@code " *"} stands for every role it begins ("minister of *").
 *
 * @param endingModes the event modes that end posts, each with who gives up its posts and how the end is worded
 */
public record PostRules(Set<String> singleHolder, List<String> singleHolderPrefixes, Map<String, Ending> endingModes) {
    /**
     * How an event of one mode ends posts.
     *
     * @param role the participant role that gives up its posts ("target": "X dismissed Y" ends Y's post), or null for
     *             every participant
     * @param wording the end as shown ("resigned"); when only the target loses its post, the other participants are
     *                named after it ("dismissed by X")
     */
    public record Ending(String role, String wording) {
    }

    private static final String SINGLE = "/dramatis/lexicon/single-holder-posts.txt";
    private static final String ENDINGS = "/dramatis/lexicon/post-ending-events.txt";

    public PostRules {
        singleHolder = Set.copyOf(singleHolder);
        singleHolderPrefixes = List.copyOf(singleHolderPrefixes);
        endingModes = Map.copyOf(endingModes);
    }

    /** The folder of a data directory that holds the user's own single-holder post lists. */
    public static Path userDir(Path dataDir) {
        return dataDir.resolve("posts");
    }

    /** The bundled lists plus every {@code *.txt} in {@code DATA/posts}, when {@code dataDir} is not null. */
    public static PostRules load(Path dataDir) {
        List<String[]> posts = new ArrayList<>(bundled(SINGLE));
        if (dataDir != null && Files.isDirectory(userDir(dataDir))) {
            try (Stream<Path> files = Files.list(userDir(dataDir))) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                    posts.addAll(file(f));
                }
            } catch (IOException e) {
                throw new DramatisException("cannot list " + userDir(dataDir) + ": " + e.getMessage(), e);
            }
        }
        return of(posts, endings(bundled(ENDINGS)));
    }

    /** Checks a user's list of single-holder posts; the error names the file, the line and what is wrong. */
    public static void check(Path file) {
        of(file(file), Map.of());
    }

    /** Whether {@code role} is held by one person at a time in its body. */
    public boolean isSingleHolder(String role) {
        if (role == null) {
            return false;
        }
        String r = role.strip().toLowerCase(Locale.ROOT);
        return singleHolder.contains(r) || singleHolderPrefixes.stream().anyMatch(p -> r.startsWith(p) && r.length() > p.length());
    }

    /** Lines "mode TAB who TAB wording" (who: "any" or a participant role such as "target"). */
    private static Map<String, Ending> endings(List<String[]> lines) {
        Map<String, Ending> out = new LinkedHashMap<>();
        for (String[] line : lines) {
            String[] cols = line[2].strip().split("\t");
            if (cols.length != 3 || !cols[1].strip().matches("any|actor|target") || cols[2].isBlank()) {
                throw new DramatisException(line[0] + " line " + line[1] + ": '" + line[2].strip() + "' is not"
                        + " 'mode TAB who TAB wording' with who one of any, actor, target (resignation\tany\tresigned)");
            }
            String who = cols[1].strip();
            out.put(cols[0].strip().toLowerCase(Locale.ROOT), new Ending(who.equals("any") ? null : who, cols[2].strip()));
        }
        return out;
    }

    private static PostRules of(List<String[]> posts, Map<String, Ending> modes) {
        Set<String> exact = new LinkedHashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String[] line : posts) {
            String role = line[2].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int star = role.indexOf('*');
            if (role.contains("\t") || star >= 0 && (star != role.length() - 1 || !role.endsWith(" *") || role.length() < 3)) {
                throw new DramatisException(line[0] + " line " + line[1] + ": '" + line[2].strip() + "' is not a post name;"
                        + " write one role per line, optionally ending in ' *' for every role it begins (minister of *)");
            }
            if (star >= 0) {
                prefixes.add(role.substring(0, star));
            } else {
                exact.add(role);
            }
        }
        return new PostRules(exact, prefixes, modes);
    }

    private static List<String[]> bundled(String path) {
        try (InputStream in = PostRules.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new DramatisException("bundled data file " + path + " is missing from the classpath");
            }
            return lines(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DramatisException("cannot read bundled data file " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<String[]> file(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return lines(file.toString(), r);
        } catch (IOException e) {
            throw new DramatisException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Non-blank lines that are no comment, each as {source, line number, text}. */
    private static List<String[]> lines(String source, BufferedReader reader) throws IOException {
        List<String[]> out = new ArrayList<>();
        String text;
        int n = 0;
        while ((text = reader.readLine()) != null) {
            n++;
            String t = n == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (!t.isBlank() && !t.strip().startsWith("#")) {
                out.add(new String[] {source, String.valueOf(n), t});
            }
        }
        return out;
    }
}
