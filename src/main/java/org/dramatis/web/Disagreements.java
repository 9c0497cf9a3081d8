package org.dramatis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.FactKind;

/**
 * Finds where outlets tell one story differently, and where they tell it alike. Two outlets disagree when each gives a
 * value for the same thing and the values differ: the body a person holds the same post in, a person's post in the
 * same body, a birthplace or nationality, the side one actor takes towards another (supports or backs against
 * opposes), or a count or a day in reports of one event ("14 detainees" against "12 detainees", "3 May" against
 * "4 May"). Other numbers in the sentences are no disagreement, nor is an omission. Outlets agree on a fact two or
 * more of them state.
 */
final class Disagreements {
    /** A number and the word after it: "14 detainees", "3 May". */
    private static final Pattern COUNT = Pattern.compile("(\\d+(?:[.,]\\d+)*)\\s+(\\p{L}+)");

    private Disagreements() {
    }

    /** One point of difference: a heading and, per outlet, what that outlet says (lines with their evidence). */
    record Point(String heading, Map<String, List<Item>> byOutlet) {
        Point {
            byOutlet = Map.copyOf(byOutlet);
        }
    }

    /** A fact or event as one outlet gives it, with only that outlet's evidence. */
    record Item(Fact fact, Event event) {
    }

    /** A fact two or more outlets state alike. */
    record Agreement(Fact fact, Set<String> outlets) {
    }

    static String outletOf(Evidence e) {
        return e.outlet() != null && !e.outlet().isBlank() ? e.outlet() : e.documentName();
    }

    static List<Point> find(List<Fact> facts, List<Event> events) {
        List<Point> out = new ArrayList<>();
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) {
            String point = pointOf(f);
            if (point != null) {
                groups.computeIfAbsent(point, k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Fact> group : groups.values()) {
            Map<String, Set<String>> versions = new LinkedHashMap<>();
            for (Fact f : group) {
                for (Evidence e : f.evidence()) {
                    versions.computeIfAbsent(outletOf(e), k -> new TreeSet<>()).add(valueOf(f));
                }
            }
            if (differ(versions)) {
                Map<String, List<Item>> byOutlet = new LinkedHashMap<>();
                for (Fact f : group) {
                    for (String outlet : versions.keySet()) {
                        List<Evidence> own = f.evidence().stream().filter(e -> outletOf(e).equals(outlet)).toList();
                        if (!own.isEmpty()) {
                            byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(new Item(only(f, own), null));
                        }
                    }
                }
                out.add(new Point(heading(group.get(0)), byOutlet));
            }
        }
        for (Event ev : events) {
            Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
            ev.evidence().forEach(e -> evidence.computeIfAbsent(outletOf(e), k -> new ArrayList<>()).add(e));
            if (countsDiffer(evidence)) {
                Map<String, List<Item>> byOutlet = new LinkedHashMap<>();
                evidence.forEach((outlet, own) -> byOutlet.put(outlet, List.of(new Item(null, only(ev, own)))));
                out.add(new Point((ev.date() == null ? "undated" : ev.date()) + " " + ev.type().name().toLowerCase(Locale.ROOT)
                        + (ev.summary() == null ? "" : ": " + ev.summary()), byOutlet));
            }
        }
        return out;
    }

    /** The facts stated by two or more outlets, most outlets first. */
    static List<Agreement> agreements(List<Fact> facts) {
        List<Agreement> out = new ArrayList<>();
        for (Fact f : facts) {
            Set<String> outlets = new TreeSet<>();
            f.evidence().forEach(e -> outlets.add(outletOf(e)));
            if (outlets.size() > 1) {
                out.add(new Agreement(f, outlets));
            }
        }
        out.sort((a, b) -> Integer.compare(b.outlets().size(), a.outlets().size()));
        return out;
    }

    /**
     * The thing a fact gives one value for, or null when outlets may each add one without contradicting another: a
     * person's post by title (the body is the value), a post in one body (the title is the value), a birthplace or
     * nationality, and the side one actor takes towards another.
     */
    private static String pointOf(Fact f) {
        FactKind k = f.kind();
        if (k.post() == FactKind.Post.HELD) {
            return f.role() == null ? null : "post:" + f.subjectId() + ":" + f.role().toLowerCase(Locale.ROOT);
        }
        if (k.onePerSubject()) {
            return k.name() + ":" + f.subjectId();
        }
        if (k.stance().isPresent()) {
            return f.objectId() == null ? null : "side:" + f.subjectId() + ":" + f.objectId();
        }
        return null;
    }

    private static String valueOf(Fact f) {
        if (f.kind().post() == FactKind.Post.HELD) {
            return String.valueOf(f.objectId());
        }
        return f.kind().stance().map(FactKind.Stance::code)
                .orElseGet(() -> f.objectId() != null ? String.valueOf(f.objectId()) : String.valueOf(f.value()));
    }

    private static String heading(Fact f) {
        String what = f.kind().post() == FactKind.Post.HELD ? f.role()
                : f.kind().stance().isPresent() ? "side towards " + f.objectName() : f.kind().words();
        return f.subjectName() + " — " + what;
    }

    /** True when two outlets both say something and say different things. */
    private static boolean differ(Map<String, Set<String>> perOutlet) {
        List<Set<String>> said = perOutlet.values().stream().filter(s -> !s.isEmpty()).distinct().toList();
        return said.size() > 1;
    }

    /** True when two outlets give different numbers for the same counted word in their reports of one event. */
    static boolean countsDiffer(Map<String, List<Evidence>> byOutlet) {
        Map<String, Map<String, Set<String>>> byWord = new TreeMap<>();
        byOutlet.forEach((outlet, evidence) -> evidence.forEach(e -> countsIn(e.sentence()).forEach((word, numbers) ->
                byWord.computeIfAbsent(word, k -> new LinkedHashMap<>()).computeIfAbsent(outlet, k -> new TreeSet<>())
                        .addAll(numbers))));
        return byWord.values().stream().anyMatch(Disagreements::differ);
    }

    /** The numbers a sentence gives per counted word, the word lower-cased and without a plural "s". */
    static Map<String, Set<String>> countsIn(String sentence) {
        Map<String, Set<String>> out = new TreeMap<>();
        if (sentence != null) {
            Matcher m = COUNT.matcher(sentence);
            while (m.find()) {
                String word = m.group(2).toLowerCase(Locale.ROOT);
                if (word.length() > 3 && word.endsWith("s")) {
                    word = word.substring(0, word.length() - 1);
                }
                out.computeIfAbsent(word, k -> new TreeSet<>()).add(m.group(1));
            }
        }
        return out;
    }

    static Fact only(Fact f, List<Evidence> evidence) {
        return f.withEvidence(evidence);
    }

    static Event only(Event e, List<Evidence> evidence) {
        return e.withEvidence(evidence);
    }
}
