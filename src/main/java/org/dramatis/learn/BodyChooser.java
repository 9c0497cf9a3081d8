package org.dramatis.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.eval.GoldNames;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.FactClaim;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * The body of a post whose title names none ("President X", "the spokesman, X"), learned: the rules give such a post the
 * document's home country when one clearly dominates (value "inferred") or no body at all, and on text by other hands
 * that guess is often another state's ("President Putin" in a Myanmar profile held in China). For each such post the
 * chooser scores every state and group the document names (each name once, at its occurrence nearest before the post's
 * sentence) as the post's body, from the claim's shape and never a name: the post's words against the candidate's type,
 * how far back the candidate stands and how the parse links it to the holder, how often and where the document names it
 * against the other states, whether it was the rules' choice, and a fact box's layout (the candidate on a heading in
 * capitals, the post on a "Leader: X" line). The best candidate at or above the threshold (chosen on
 * held-out folds of the training articles, {@link CheckTrainer}) becomes the body, value "inferred"; below it the rules'
 * reading stays. A body it gives carries its probability as the post's confidence.
 */
public final class BodyChooser {
    static final String FILE = "post-body.model.gz";
    static final String THRESHOLD_FILE = "post-body-threshold.txt";
    /** How many sentences before the post's a group still counts as a candidate (states count anywhere). */
    static final int WINDOW = 2;
    private final LinearClassifier classifier;
    private final double threshold;

    BodyChooser(LinearClassifier classifier, double threshold) {
        this.classifier = classifier;
        this.threshold = threshold;
    }

    LinearClassifier classifier() {
        return classifier;
    }

    /** A candidate becomes the body when at least this likely right. */
    public double threshold() {
        return threshold;
    }

    /** This chooser with another threshold. */
    BodyChooser withThreshold(double t) {
        return new BodyChooser(classifier, t);
    }

    /** Whether the chooser has a say on {@code f}: a counted post of a person whose body the title did not name. */
    static boolean chooses(FactClaim f, List<ActorMention> mentions) {
        return f.kind() == FactKind.ROLE && f.modality().countsAsFact()
                && mentions.get(f.subject()).type() == ActorType.PERSON
                && (f.object() < 0 || f.value() != null && f.value().contains("inferred"));
    }

    /** The document's states and groups by name, and the sentences of its people's names, read once for all its posts. */
    static final class Names {
        private final Map<String, List<Integer>> byName = new LinkedHashMap<>();
        private final Map<String, Integer> countryCounts = new HashMap<>();
        private final Map<String, Set<Integer>> personSentences = new HashMap<>();

        Names(List<ActorMention> mentions) {
            for (ActorMention m : mentions) {
                if (m.type() == ActorType.PERSON) {
                    personSentences.computeIfAbsent(GoldNames.normalise(m.text()), k -> new HashSet<>()).add(m.sentence());
                }
                if (m.type() == ActorType.COUNTRY || m.type() == ActorType.ORGANIZATION) {
                    String key = GoldNames.normalise(m.text());
                    byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m.index());
                    if (m.type() == ActorType.COUNTRY) {
                        countryCounts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }

        /** How many states the document names more often than {@code key}. */
        int rank(String key) {
            int n = countryCounts.getOrDefault(key, 0);
            return (int) countryCounts.values().stream().filter(c -> c > n).count();
        }

        /** Whether the state {@code key} is named at least twice as often as every other one. */
        boolean dominant(String key) {
            int n = countryCounts.getOrDefault(key, 0);
            return n > 0 && countryCounts.entrySet().stream().allMatch(e -> e.getKey().equals(key) || 2 * e.getValue() <= n);
        }
    }

    /**
     * The candidate bodies of {@code f}: for each state the document names and each group named in the post's sentence
     * or the {@link #WINDOW} before it, the occurrence nearest before the post (else the first after it); the rules' body
     * stands for its own name. Never the holder's own name.
     */
    static List<Integer> candidates(List<ActorMention> mentions, Names names, FactClaim f) {
        List<Integer> out = new ArrayList<>();
        String self = GoldNames.normalise(mentions.get(f.subject()).text());
        String current = f.object() < 0 ? null : GoldNames.normalise(mentions.get(f.object()).text());
        for (Map.Entry<String, List<Integer>> e : names.byName.entrySet()) {
            if (e.getKey().isEmpty() || e.getKey().equals(self)) {
                continue;
            }
            if (e.getKey().equals(current)) {
                out.add(f.object());
                continue;
            }
            int pick = -1;
            for (int i : e.getValue()) {
                ActorMention m = mentions.get(i);
                if (m.sentence() <= f.sentence()) {
                    pick = i; // the last one at or before the post's sentence
                } else if (pick < 0) {
                    pick = i;
                    break;
                }
            }
            ActorMention m = mentions.get(pick);
            boolean near = m.sentence() <= f.sentence() && f.sentence() - m.sentence() <= WINDOW;
            if (m.type() == ActorType.COUNTRY || near) {
                out.add(pick);
            }
        }
        return out;
    }

    /** The features of {@code candidate} as the body of post {@code f}. */
    static List<String> features(AnnotatedDocument doc, List<ActorMention> mentions, Names names, FactClaim f,
                                 int candidate) {
        List<String> out = new ArrayList<>();
        ActorMention c = mentions.get(candidate);
        ActorMention holder = mentions.get(f.subject());
        String t = c.type().name();
        String kind = f.object() < 0 ? "none" : "inferred";
        boolean current = candidate == f.object();
        out.add("t=" + t);
        out.add("case=" + kind + "/" + t);
        out.add("cur=" + current + "/" + kind);
        out.add("former=" + (f.value() != null && f.value().contains("former")));
        String[] words = f.role() == null ? new String[0] : f.role().toLowerCase(Locale.ROOT).split("\\s+");
        for (String w : words) {
            out.add("rw=" + w + "/" + t);
        }
        if (words.length > 0) {
            out.add("rl=" + words[words.length - 1] + "/" + t);
        }
        int d = f.sentence() - c.sentence();
        String sd = d < 0 ? "after" : d <= WINDOW ? String.valueOf(d) : d <= 5 ? "near" : "far";
        out.add("sd=" + sd);
        out.add("sdt=" + sd + "/" + t);
        String key = GoldNames.normalise(c.text());
        List<Integer> all = names.byName.getOrDefault(key, List.of());
        int n = all.size();
        String nb = n == 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3-4" : n <= 8 ? "5-8" : "9+";
        out.add("n=" + nb + "/" + t);
        if (c.type() == ActorType.COUNTRY) {
            out.add("rank=" + Math.min(names.rank(key), 3));
            out.add("dominant=" + names.dominant(key) + "/" + kind);
        }
        out.add("s0=" + all.stream().anyMatch(i -> mentions.get(i).sentence() == 0));
        // The sentences naming the holder as this post does (the post's own among them: its holder is a person).
        Set<Integer> holderSentences = names.personSentences.getOrDefault(GoldNames.normalise(holder.text()), Set.of());
        long together = all.stream().map(i -> mentions.get(i).sentence()).distinct().filter(holderSentences::contains).count();
        out.add("together=" + Math.min(together, 3) + "/" + t);
        out.add("src=" + c.source());
        // Layout: a fact box's heading names the body of the "Leader: X" lines under it.
        boolean heading = heading(doc.sentences().get(c.sentence()).text());
        boolean label = label(doc.sentences().get(f.sentence()).text());
        out.add("heading=" + heading + "/" + sd);
        out.add("label=" + label + "/" + heading + "/" + t);
        if (c.sentence() == holder.sentence()) {
            Parse p = new Parse(doc.sentences().get(c.sentence()));
            int[] ha = Examples.tokens(doc, holder.begin(), holder.end());
            int[] ca = Examples.tokens(doc, c.begin(), c.end());
            if (ha != null && ca != null) {
                int hh = p.headOf(ha[1], ha[2]);
                int ch = p.headOf(ca[1], ca[2]);
                String path = p.path(hh, ch, 3);
                out.add("path=" + path);
                out.add("tpath=" + t + "/" + path);
                int gap = Math.abs(hh - ch);
                out.add("gap=" + (gap <= 2 ? "near" : gap <= 6 ? "mid" : "far") + "/" + (ch < hh ? "before" : "after"));
                out.add("crel=" + p.relation[ch]);
                int up = p.head[ch];
                if (up >= 0) {
                    out.add("chead=" + p.lemma(up).toLowerCase(Locale.ROOT) + "/" + p.relation[ch]);
                }
            }
        }
        return out;
    }

    /** A line in capitals of a few words ("HEZBOLLAH (LEBANON)"): a fact box's heading. */
    static boolean heading(String sentence) {
        String s = sentence.strip();
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 3 && s.length() <= 80 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A line that opens with a label and a colon ("Leader: X", "Defence Minister: Y"), not a time ("03:30 ..."). */
    static boolean label(String sentence) {
        String s = sentence.strip();
        int colon = s.indexOf(':');
        return colon > 1 && colon <= 40 && s.substring(0, colon).chars().noneMatch(Character::isDigit);
    }

    /** {@code f} with the body this chooser finds likeliest, when it is likely enough; else {@code f} as it was. */
    FactClaim choose(AnnotatedDocument doc, List<ActorMention> mentions, Names names, FactClaim f) {
        if (!chooses(f, mentions)) {
            return f;
        }
        int best = -1;
        double bestP = -1;
        for (int c : candidates(mentions, names, f)) {
            double p = classifier.predict(features(doc, mentions, names, f, c), null).of(EventCheck.RIGHT);
            if (p > bestP) {
                best = c;
                bestP = p;
            }
        }
        if (best < 0 || bestP < threshold || best == f.object()) {
            return f;
        }
        String value = f.value() != null && f.value().contains("former") ? "former; inferred" : "inferred";
        return f.withBody(best, value).withConfidence(bestP);
    }

    void save(Writer model, Writer thresholdOut) throws IOException {
        classifier.save(model);
        thresholdOut.write("# a candidate body less likely right than this is not taken (chosen on held-out folds of train)\n");
        thresholdOut.write(threshold + "\n");
    }

    /** Reads a chooser saved by {@link #save}; {@code where} names the files in errors. */
    static BodyChooser load(InputStream model, InputStream thresholdIn, String where) throws IOException {
        LinearClassifier c = LinearClassifier.load(model, where);
        List<String> values = EventCheck.values(thresholdIn, where, "post body");
        return new BodyChooser(c, EventCheck.probability(values.get(0), where, "post body threshold"));
    }
}
