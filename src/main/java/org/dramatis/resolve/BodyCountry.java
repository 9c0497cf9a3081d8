package org.dramatis.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.Line;
import org.dramatis.model.ActorType;

/**
 * The country of a body with a generic name. Every state has a "Ministry of Defence", a "Supreme Court" and a
 * "national news agency" ({@code body-words.txt} and {@code generic-words.txt} hold the words of such names), so two
 * of them are one actor only when their country is the same. The country of such a cluster is read, in order, from a
 * nationality word or "of X" in one of its names ("the Qadiri Ministry of Defence", "the Supreme Court of Qadira");
 * failing that, a cluster that also has a proper name ("the UN Security Council") is known by it and gets none; else a
 * country written next to one of its mentions ("Qadira's Ministry of Defence", "the Ministry of Defence in Qadira"),
 * else the article's dominant country (the one state it names clearly most often). Keys, not names: "Qadiri" and
 * "Qadira" give one country.
 */
final class BodyCountry {
    /** Most characters between a country and a body it owns: "X's ", "X " before it; " of ", " in " after it. */
    private static final int BEFORE_GAP = 3;
    private static final int AFTER_GAP = 4;
    private final NameKeys keys;
    /** Keys of the words of body-words.txt: what a state's body does ("defence", "court", "news"). */
    private final Set<String> bodyWords = new HashSet<>();
    /** Keys of every word a generic body's name may hold: those, the generic words and small words. */
    private final Set<String> allowed = new HashSet<>();

    BodyCountry(NameKeys keys) {
        this.keys = keys;
        for (Line line : keys.files().lines(Kind.BODY_WORDS)) {
            bodyWords.addAll(keys.tokens(line.text().strip()));
        }
        allowed.addAll(bodyWords);
        for (Line line : keys.files().lines(Kind.GENERIC_WORDS)) {
            allowed.addAll(keys.tokens(line.text().strip()));
        }
        for (String small : List.of("of", "for", "and", "on", "in")) {
            allowed.addAll(keys.tokens(small));
        }
    }

    /**
     * Whether a name is made only of the words of bodies every state has and says what the body does ("the Ministry
     * of Defence"; not "Islamic State", whose words are all generic but name no state's function).
     */
    boolean isGenericBody(String name) {
        List<String> tokens = keys.tokens(name);
        return !tokens.isEmpty() && !NameKeys.looksLikeAcronym(name.strip()) && allowed.containsAll(tokens)
                && tokens.stream().anyMatch(bodyWords::contains);
    }

    /**
     * The country key of an organization cluster with a generic body name, or null when it has none or no country can
     * be read. {@code clusters} are all the clusters of its document, {@code byIndex} its mentions.
     */
    String countryOf(LocalCluster cluster, List<LocalCluster> clusters, Map<Integer, ActorMention> byIndex) {
        if (cluster.type() != ActorType.ORGANIZATION || cluster.names().stream().noneMatch(this::isGenericBody)) {
            return null;
        }
        Map<String, String> countryKeys = new HashMap<>();
        Map<String, String> countryNames = new HashMap<>();
        for (LocalCluster c : clusters) {
            if (c.type() == ActorType.COUNTRY) {
                String country = countryKey(c.name());
                for (String n : c.names()) {
                    countryKeys.put(keys.key(n), country);
                    countryNames.put(n.strip(), country);
                }
            }
        }
        String named = inName(cluster.names(), countryKeys, countryNames);
        if (named != null || cluster.names().stream().anyMatch(n -> !isGenericBody(n) && !NameKeys.looksLikeAcronym(n.strip()))) {
            return named; // a proper name ("UN Security Council") says who the body is better than any country
        }
        String next = nextTo(cluster, clusters, byIndex);
        return next != null ? next : dominant(clusters);
    }

    /**
     * A country a name of the cluster holds: a listed nationality word, one built from a country the article names
     * ("Qadiri" beside "Qadira"), or a country of the article after "of". Keys of the article's country names map to
     * their country in {@code countryKeys}, the names as written in {@code countryNames}.
     */
    private String inName(List<String> names, Map<String, String> countryKeys, Map<String, String> countryNames) {
        for (String name : names) {
            String[] words = name.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String word = words[i].replaceAll("\\p{P}+$", "");
                String country = keys.countryOfDemonym(word);
                if (country != null) {
                    return keys.key(country);
                }
                for (var c : countryNames.entrySet()) {
                    if (keys.isNationalityWord(word, List.of(c.getKey()))) {
                        return c.getValue();
                    }
                }
                if (i > 0 && words[i - 1].equalsIgnoreCase("of")) {
                    String rest = keys.key(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
                    if (countryKeys.containsKey(rest)) {
                        return countryKeys.get(rest);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code country} is written right before {@code body} ("Iran's foreign ministry") or right after it ("the
     * foreign ministry of Syria"), in one sentence.
     */
    static boolean writtenNextTo(ActorMention country, ActorMention body) {
        if (country.sentence() != body.sentence()) {
            return false;
        }
        int before = body.begin() - country.end();
        int after = country.begin() - body.end();
        return before >= 0 && before <= BEFORE_GAP || after >= 0 && after <= AFTER_GAP;
    }

    /** The country of a COUNTRY mention written right before or after one of the cluster's mentions. */
    private String nextTo(LocalCluster cluster, List<LocalCluster> clusters, Map<Integer, ActorMention> byIndex) {
        for (LocalCluster c : clusters) {
            if (c.type() != ActorType.COUNTRY) {
                continue;
            }
            for (int ci : c.mentions()) {
                ActorMention country = byIndex.get(ci);
                for (int bi : cluster.mentions()) {
                    ActorMention body = byIndex.get(bi);
                    if (country != null && body != null && writtenNextTo(country, body)) {
                        return countryKey(c.name());
                    }
                }
            }
        }
        return null;
    }

    /** The country the article names most often, if no other comes close (strictly more mentions than any other). */
    private String dominant(List<LocalCluster> clusters) {
        Map<String, Integer> counts = new HashMap<>();
        for (LocalCluster c : clusters) {
            if (c.type() == ActorType.COUNTRY) {
                counts.merge(countryKey(c.name()), c.mentions().size(), Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        boolean tied = false;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tied = false;
            } else if (e.getValue() == most) {
                tied = true;
            }
        }
        return tied ? null : best;
    }

    /** The key of the country a name or nationality word names ("Iranian" and "Iran" give one). */
    String countryKey(String name) {
        String country = keys.countryOfDemonym(name);
        return keys.key(country != null ? country : name);
    }
}
