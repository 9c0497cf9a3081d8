package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/**
 * Times {@link EntityResolver#add} on synthetic invented names with spelling variants, to check that cost stays linear
 * in the number of mentions. Not a unit test; run by hand:
 * {@code java -cp target/classes:target/test-classes:<deps> org.dramatis.resolve.ResolutionBenchmark 10000 100000}.
 */
public final class ResolutionBenchmark {
    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "r", "s", "t", "w", "z", "q", "sh", "kh", "dh", "th"};
    private static final String[] VOWELS = {"a", "i", "u", "ou", "ee", "o", "e", "aa"};
    private static final String[] ORG_HEADS = {"Brigades", "Movement", "Alliance", "Front", "Party", "Army"};
    private static final int MENTIONS_PER_CLUSTER = 2;
    private static final int CLUSTERS_PER_DOC = 10;

    private ResolutionBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        NameKeys keys = NameKeys.load();
        Glossary glossary = Glossary.load(keys);
        run(keys, glossary, 2_000, false); // warm-up
        double base = 0;
        for (int size : sizes) {
            double rate = run(keys, glossary, size, true);
            if (base == 0) {
                base = rate;
            }
            System.out.printf(Locale.ROOT, "%,d mentions: %,.0f mentions/s (%.2f x the first size's rate)%n", size, rate, rate / base);
        }
    }

    private static double run(NameKeys keys, Glossary glossary, int mentions, boolean report) {
        Random random = new Random(42);
        int actors = Math.max(10, mentions / 10);
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            people.add(new String[] {word(random, 2), word(random, 3 + random.nextInt(2))});
        }
        List<List<LocalCluster>> docs = new ArrayList<>();
        List<Map<Integer, ActorMention>> indexes = new ArrayList<>();
        int made = 0;
        while (made < mentions) {
            List<LocalCluster> clusters = new ArrayList<>();
            Map<Integer, ActorMention> byIndex = new HashMap<>();
            for (int c = 0; c < CLUSTERS_PER_DOC && made < mentions; c++) {
                int actor = (int) Math.min(actors - 1, Math.abs(random.nextGaussian()) * actors / 3);
                String[] p = people.get(actor);
                boolean org = actor % 4 == 0;
                String full = org ? variant(random, p[1]) + " " + ORG_HEADS[actor % ORG_HEADS.length]
                        : capital(variant(random, p[0])) + " " + (random.nextBoolean() ? "al-" : "") + capital(variant(random, p[1]));
                String shortForm = org ? variant(random, p[1]) + " " + ORG_HEADS[actor % ORG_HEADS.length] : capital(variant(random, p[1]));
                List<Integer> idx = new ArrayList<>();
                for (String s : List.of(full, shortForm)) {
                    int index = byIndex.size();
                    byIndex.put(index, new ActorMention(index, s, org ? ActorType.ORGANIZATION : ActorType.PERSON, 0, index * 40, index * 40 + s.length(), "ner"));
                    idx.add(index);
                    made++;
                }
                clusters.add(new LocalCluster(c, org ? ActorType.ORGANIZATION : ActorType.PERSON, idx, full, List.of(full, shortForm), List.of()));
            }
            docs.add(clusters);
            indexes.add(byIndex);
        }
        EntityResolver resolver = new EntityResolver(keys, glossary, AliasTable.empty(), List.of());
        long start = System.nanoTime();
        for (int d = 0; d < docs.size(); d++) {
            resolver.add(d + 1, docs.get(d), indexes.get(d));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report) {
            System.out.printf(Locale.ROOT, "  %,d docs, %,d synthetic actors -> %,d entities in %.2f s%n",
                    docs.size(), actors, resolver.entities().size(), seconds);
        }
        return mentions / seconds;
    }

    private static String word(Random random, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        sb.append(ONSETS[random.nextInt(ONSETS.length)]);
        return sb.toString();
    }

    /** A spelling variant a transliterator might produce: swapped sibling letters and vowels, doubled consonants. */
    private static String variant(Random random, String word) {
        String w = word;
        switch (random.nextInt(6)) {
            case 0 -> w = w.replace("dh", "z");
            case 1 -> w = w.replace("ou", "u");
            case 2 -> w = w.replace("ee", "i");
            case 3 -> w = w.replace("q", "k");
            case 4 -> w = w.replaceFirst("([bdfklmnrst])", "$1$1");
            default -> {
            }
        }
        return w;
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
