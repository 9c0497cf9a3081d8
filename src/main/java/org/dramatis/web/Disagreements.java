package org.dramatis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;

/**
 * Finds where outlets tell one story differently: facts of the same kind about the same subject with different
 * objects or roles, and reports whose sentences give different numbers (dates, counts) for the same fact or event.
 * Omissions are not disagreements: two outlets differ only when each of them says something on the point.
 */
final class Disagreements {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

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

    static String outletOf(Evidence e) {
        return e.outlet() != null && !e.outlet().isBlank() ? e.outlet() : e.documentName();
    }

    static List<Point> find(List<Fact> facts, List<Event> events) {
        List<Point> out = new ArrayList<>();
        Map<String, List<Fact>> byKindAndSubject = new LinkedHashMap<>();
        facts.forEach(f -> byKindAndSubject.computeIfAbsent(f.kind().name() + ":" + f.subjectId(), k -> new ArrayList<>()).add(f));
        for (List<Fact> group : byKindAndSubject.values()) {
            Map<String, List<Item>> byOutlet = new LinkedHashMap<>();
            Map<String, Set<String>> versions = new LinkedHashMap<>();
            Map<String, Set<String>> numbers = new LinkedHashMap<>();
            for (Fact f : group) {
                for (Evidence e : f.evidence()) {
                    String outlet = outletOf(e);
                    versions.computeIfAbsent(outlet, k -> new TreeSet<>()).add(f.key());
                    numbers.computeIfAbsent(outlet, k -> new TreeSet<>()).addAll(numbersIn(e.sentence()));
                }
            }
            if (differ(versions) || differ(numbers)) {
                for (Fact f : group) {
                    for (String outlet : versions.keySet()) {
                        List<Evidence> own = f.evidence().stream().filter(e -> outletOf(e).equals(outlet)).toList();
                        if (!own.isEmpty()) {
                            byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(new Item(only(f, own), null));
                        }
                    }
                }
                Fact first = group.get(0);
                out.add(new Point(first.subjectName() + " — " + first.kind().name().toLowerCase().replace('_', ' '), byOutlet));
            }
        }
        for (Event ev : events) {
            Map<String, Set<String>> numbers = new LinkedHashMap<>();
            Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
            for (Evidence e : ev.evidence()) {
                numbers.computeIfAbsent(outletOf(e), k -> new TreeSet<>()).addAll(numbersIn(e.sentence()));
                evidence.computeIfAbsent(outletOf(e), k -> new ArrayList<>()).add(e);
            }
            if (differ(numbers)) {
                Map<String, List<Item>> byOutlet = new LinkedHashMap<>();
                evidence.forEach((outlet, own) -> byOutlet.put(outlet, List.of(new Item(null, only(ev, own)))));
                out.add(new Point((ev.date() == null ? "undated" : ev.date()) + " " + ev.type().name().toLowerCase()
                        + (ev.summary() == null ? "" : ": " + ev.summary()), byOutlet));
            }
        }
        return out;
    }

    /** True when two outlets both say something and say different things. */
    private static boolean differ(Map<String, Set<String>> perOutlet) {
        List<Set<String>> said = perOutlet.values().stream().filter(s -> !s.isEmpty()).distinct().toList();
        return said.size() > 1;
    }

    static Set<String> numbersIn(String sentence) {
        Set<String> out = new TreeSet<>();
        if (sentence != null) {
            Matcher m = NUMBER.matcher(sentence);
            while (m.find()) {
                out.add(m.group());
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
