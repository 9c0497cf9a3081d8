package org.dramatis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a corpus holds, per split and in all: articles, words, sentences, countries, authors, styles, entities,
 * mentions, facts per relation and modality, events per type and modality.
 */
public record CorpusStats(Map<String, Counts> splits) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-.][\\p{L}\\p{N}]+)*");
    /** The key of the totals in {@link #splits()}. */
    public static final String ALL = "all";

    /** The counts of one split (or of all). Maps are sorted by key. */
    public record Counts(int articles, int words, int sentences, int sentencesWithFactOrEvent, List<String> countries, List<String> authors,
            Map<String, Integer> styles, int entities, int mentions, int facts, Map<String, Integer> factsByRelation,
            Map<String, Integer> factsByModality, int events, Map<String, Integer> eventsByType,
            Map<String, Integer> eventsByModality) {
    }

    public static CorpusStats of(List<Annotated> docs) {
        Map<String, List<Annotated>> bySplit = new TreeMap<>();
        for (Annotated a : docs) {
            bySplit.computeIfAbsent(a.split() == null ? "(no split)" : a.split(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Counts> out = new LinkedHashMap<>();
        bySplit.forEach((split, list) -> out.put(split, count(list)));
        out.put(ALL, count(docs));
        return new CorpusStats(out);
    }

    static int words(String text) {
        int n = 0;
        for (Matcher m = WORD.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    private static Counts count(List<Annotated> docs) {
        int words = 0;
        int sentences = 0;
        int stating = 0;
        int entities = 0;
        int mentions = 0;
        int facts = 0;
        int events = 0;
        TreeSet<String> countries = new TreeSet<>();
        TreeSet<String> authors = new TreeSet<>();
        Map<String, Integer> styles = new TreeMap<>();
        Map<String, Integer> relations = new TreeMap<>();
        Map<String, Integer> factMods = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> eventMods = new TreeMap<>();
        for (Annotated a : docs) {
            words += words(a.text());
            sentences += a.sentences().size();
            stating += statingSentences(a);
            entities += a.entities().size();
            mentions += a.mentions().size();
            facts += a.facts().size();
            events += a.events().size();
            add(countries, a.doc().country());
            add(authors, a.doc().author());
            if (a.doc().style() != null) {
                styles.merge(Codes.code(a.doc().style()), 1, Integer::sum);
            }
            a.facts().forEach(f -> {
                relations.merge(f.rel().code(), 1, Integer::sum);
                factMods.merge(Codes.code(f.mod()), 1, Integer::sum);
            });
            a.events().forEach(e -> {
                types.merge(e.type().name(), 1, Integer::sum);
                eventMods.merge(Codes.code(e.mod()), 1, Integer::sum);
            });
        }
        return new Counts(docs.size(), words, sentences, stating, List.copyOf(countries), List.copyOf(authors), styles,
                entities, mentions, facts, relations, factMods, events, types, eventMods);
    }

    /** How many sentences hold a fact's evidence or an event's trigger. */
    private static int statingSentences(Annotated a) {
        java.util.Set<Integer> s = new java.util.HashSet<>();
        a.facts().forEach(f -> s.add(f.sentence()));
        a.events().forEach(e -> s.add(e.sentence()));
        return s.size();
    }

    private static void add(TreeSet<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    /** A plain-text report, one block per split. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        splits.forEach((split, c) -> {
            out.append(split).append(": ").append(c.articles()).append(" articles, ").append(c.words())
                    .append(" words, ").append(c.sentences()).append(" sentences (")
                    .append(c.sentences() - c.sentencesWithFactOrEvent()).append(" with no fact or event)\n");
            line(out, "countries", c.countries().size() + " " + c.countries());
            line(out, "authors", c.authors().size() + " " + c.authors());
            line(out, "styles", c.styles().toString());
            line(out, "entities", c.entities() + ", mentions " + c.mentions());
            line(out, "facts", c.facts() + " " + c.factsByRelation());
            line(out, "fact modality", c.factsByModality().toString());
            line(out, "events", c.events() + " " + c.eventsByType());
            line(out, "event modality", c.eventsByModality().toString());
        });
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-15s %s%n", label, value));
    }
}
