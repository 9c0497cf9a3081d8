package org.dramatis.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

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

    public PostRules {
        singleHolder = Set.copyOf(singleHolder);
        singleHolderPrefixes = List.copyOf(singleHolderPrefixes);
        endingModes = Map.copyOf(endingModes);
    }

    /** The folder of a data directory that holds the user's own single-holder post lists. */
    public static Path userDir(Path dataDir) {
        return LexiconFiles.of(dataDir).userDir(Kind.POSTS);
    }

    /** The bundled lists plus every {@code *.txt} in {@code DATA/posts}, when {@code dataDir} is not null. */
    public static PostRules load(Path dataDir) {
        return load(LexiconFiles.of(dataDir));
    }

    /** The lists these files carry; a bad user line is reported there and skipped. */
    public static PostRules load(LexiconFiles files) {
        return of(files, endings(files));
    }

    /** Checks a user's list of single-holder posts; the error names the file, the line and what is wrong. */
    public static void check(Path file) {
        LexiconFiles files = LexiconFiles.bundled().plus(Kind.POSTS, List.of(file));
        of(files, Map.of());
        files.requireNoProblems();
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
    private static Map<String, Ending> endings(LexiconFiles files) {
        Map<String, Ending> out = new LinkedHashMap<>();
        for (Line line : files.lines(Kind.POST_ENDINGS)) {
            String[] cols = line.cols();
            if (!cols[1].matches("any|actor|target") || cols[2].isBlank()) {
                files.reject(line, "expected 'mode TAB who TAB wording' with who one of any, actor, target"
                        + " (resignation\tany\tresigned)");
                continue;
            }
            String who = cols[1];
            out.put(cols[0].toLowerCase(Locale.ROOT), new Ending(who.equals("any") ? null : who, cols[2]));
        }
        return out;
    }

    private static PostRules of(LexiconFiles files, Map<String, Ending> modes) {
        Set<String> exact = new LinkedHashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (Line line : files.lines(Kind.POSTS)) {
            String role = line.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int star = role.indexOf('*');
            if (star >= 0 && (star != role.length() - 1 || !role.endsWith(" *") || role.length() < 3)) {
                files.reject(line, "not a post name; write one role per line, optionally ending in ' *' for every role it"
                        + " begins (minister of *)");
                continue;
            }
            if (star >= 0) {
                prefixes.add(role.substring(0, star));
            } else {
                exact.add(role);
            }
        }
        return new PostRules(exact, prefixes, modes);
    }
}
