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
 * The body of a person's post, learned: the rules give a post whose title names no body ("President X", "the
 * spokesman, X") the document's home country when one clearly dominates (value "inferred") or no body at all, and on
 * text by other hands that guess is often another state's ("President Putin" in a Myanmar profile held in China); a body
 * the rules read from the title is sometimes the wrong one of two names ("the Tehran police chief", a fact box's
 * heading and a group named in the line). For each post the chooser scores every state and group the document names
 * (each name once, at its occurrence nearest before the post's sentence) and the rules' body as the post's body, from the
 * claim's shape and never a name: the post's words against the candidate's type, how far back the candidate stands and
 * how the parse links it to the holder, how often and where the document names it against the other states, whether it
 * was the rules' choice and whether the title stated it. The best candidate at or above the threshold (chosen on
 * held-out folds of the training articles, {@link CheckTrainer}; one for posts the title gave no body, one, higher, for
 * posts whose body it stated) becomes the body, value "inferred"; below it the rules' reading stays. A body it gives
 * carries its probability as the post's confidence.
 */
public final class BodyChooser {
    static final String FILE = "post-body.model.gz";
    static final String THRESHOLD_FILE = "post-body-threshold.txt";
    /** The classifier of posts whose body the title stated, beside the other's (absent: such a body is never moved). */
    static final String STATED_FILE = "post-body-stated.model.gz";
    /** How many sentences before the post's a group still counts as a candidate (states count anywhere). */
    static final int WINDOW = 2;
    /** The stated-body threshold's value in the file when the chooser never moves a stated body. */
    static final String OFF = "off";
    private final LinearClassifier classifier;
    private final double threshold;
    /** Trained on the posts whose body the title stated only, so that they do not teach the other case; or null. */
    private final LinearClassifier statedClassifier;
    private final double statedThreshold;

    /** A chooser that never moves a body the title stated. */
    BodyChooser(LinearClassifier classifier, double threshold) {
        this(classifier, threshold, null, Double.POSITIVE_INFINITY);
    }

    BodyChooser(LinearClassifier classifier, double threshold, LinearClassifier statedClassifier, double statedThreshold) {
        this.classifier = classifier;
        this.threshold = threshold;
        this.statedClassifier = statedClassifier;
        this.statedThreshold = statedClassifier == null ? Double.POSITIVE_INFINITY : statedThreshold;
    }

    LinearClassifier classifier() {
        return classifier;
    }

    /** The classifier of posts whose body the title stated, or null when such a body is never moved. */
    LinearClassifier statedClassifier() {
        return statedClassifier;
    }

    /** This chooser with {@code c} moving the bodies the title stated over {@code t} (c null: never). */
    BodyChooser withStated(LinearClassifier c, double t) {
        return new BodyChooser(classifier, threshold, c, t);
    }

    /** A candidate becomes the body of a post whose title named none when at least this likely right. */
    public double threshold() {
        return threshold;
    }

    /** A candidate replaces a body the title stated when at least this likely right (infinite: never). */
    public double statedThreshold() {
        return statedThreshold;
    }

    /** This chooser with another threshold for posts the title gave no body (the stated posts' one stays). */
    BodyChooser withThreshold(double t) {
        return new BodyChooser(classifier, t, statedClassifier, statedThreshold);
    }

    /** Whether the chooser has a say on {@code f}: a counted post of a person. */
    static boolean chooses(FactClaim f, List<ActorMention> mentions) {
        return f.kind() == FactKind.ROLE && f.modality().countsAsFact()
                && mentions.get(f.subject()).type() == ActorType.PERSON;
    }

    /** Whether the rules read {@code f}'s body from the text (not none, not the inferred home state). */
    static boolean stated(FactClaim f) {
        return f.object() >= 0 && (f.value() == null || !f.value().contains("inferred"));
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
     * stands for its own name, and is a candidate whatever its type. Never the holder's own name.
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
        if (f.object() >= 0 && !out.contains(f.object())) {
            out.add(f.object());
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
        String kind = f.object() < 0 ? "none" : stated(f) ? "stated" : "inferred";
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
        String nb = n == 0 ? "0" : n == 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3-4" : n <= 8 ? "5-8" : "9+";
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

    /** {@code f} with the body this chooser finds likeliest, when it is likely enough; else {@code f} as it was. */
    FactClaim choose(AnnotatedDocument doc, List<ActorMention> mentions, Names names, FactClaim f) {
        if (!chooses(f, mentions)) {
            return f;
        }
        boolean stated = stated(f);
        LinearClassifier scorer = stated ? statedClassifier : classifier;
        if (scorer == null) {
            return f;
        }
        int best = -1;
        double bestP = -1;
        for (int c : candidates(mentions, names, f)) {
            double p = scorer.predict(features(doc, mentions, names, f, c), null).of(EventCheck.RIGHT);
            if (p > bestP) {
                best = c;
                bestP = p;
            }
        }
        if (best < 0 || bestP < (stated ? statedThreshold : threshold) || best == f.object()) {
            return f;
        }
        String value = f.value() != null && f.value().contains("former") ? "former; inferred" : "inferred";
        return f.withBody(best, value).withConfidence(bestP);
    }

    /** Writes the classifier of bodiless posts and both thresholds ({@link #STATED_FILE} holds the other classifier). */
    void save(Writer model, Writer thresholdOut) throws IOException {
        classifier.save(model);
        thresholdOut.write("# a candidate body less likely right than this is not taken (chosen on held-out folds of train)\n");
        thresholdOut.write(threshold + "\n");
        thresholdOut.write("# the same for a post whose body the title stated ('" + OFF + "': such a body is never moved)\n");
        thresholdOut.write((statedClassifier == null ? OFF : String.valueOf(statedThreshold)) + "\n");
    }

    /**
     * Reads a chooser saved by {@link #save}, its classifier of stated bodies from {@code stated} (null: none, and then
     * such a body is never moved, whatever the file's second threshold); {@code where} names the files in errors.
     */
    static BodyChooser load(InputStream model, InputStream thresholdIn, InputStream stated, String where) throws IOException {
        LinearClassifier c = LinearClassifier.load(model, where);
        List<String> values = EventCheck.values(thresholdIn, where, "post body");
        BodyChooser chooser = new BodyChooser(c, EventCheck.probability(values.get(0), where, "post body threshold"));
        if (stated == null || values.size() < 2 || values.get(1).equalsIgnoreCase(OFF)) {
            return chooser;
        }
        return chooser.withStated(LinearClassifier.load(stated, where.replace(FILE, STATED_FILE)),
                EventCheck.probability(values.get(1), where, "stated post body threshold"));
    }
}
