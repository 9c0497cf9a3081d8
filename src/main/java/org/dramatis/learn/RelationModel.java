package org.dramatis.learn;

import java.util.ArrayList;
import java.util.List;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;

/**
 * Which relation, if any, a sentence states between two of its actor mentions: one label per kind and direction
 * ("backs>" when the first mention backs the second, "backs<" the other way) or "none"; a kind is kept when its
 * probability reaches its own threshold, cross-validated on the training articles ({@link RelationThresholds}). A model
 * trained with the sentence encoder's pair vectors ({@link Encodings#pair}) reads each sentence through it once per
 * document.
 */
public final class RelationModel {
    static final String FILE = "relation.model.gz";
    static final String NONE = "none";
    private final LinearClassifier classifier;
    /** The sentence encoder, or null; used only when the classifier takes dense vectors. */
    private final SentenceEncoder encoder;
    /** Each kind's decision threshold, chosen by cross-validation on the training articles. */
    private final RelationThresholds thresholds;

    RelationModel(LinearClassifier classifier, SentenceEncoder encoder, RelationThresholds thresholds) {
        this.classifier = classifier;
        this.encoder = encoder;
        this.thresholds = thresholds;
    }

    /**
     * The classifier fitted on all {@code examples} (articles starting at the indexes {@code starts}) and the per-kind
     * thresholds cross-validated on them; the default threshold when the examples carry the encoder's vectors (five
     * more fits of a dense model would take an hour) or are too few for folds.
     */
    static RelationModel train(List<LinearClassifier.Example> examples, List<Integer> starts, double c,
                               SentenceEncoder encoder) {
        boolean dense = !examples.isEmpty() && examples.get(0).vector() != null;
        RelationThresholds t = dense ? null : RelationThresholds.choose(examples, starts, c);
        return new RelationModel(LinearClassifier.train(examples, c, 1), encoder, t == null ? RelationThresholds.none() : t);
    }

    RelationThresholds thresholds() {
        return thresholds;
    }

    /** Whether the model reads sentences through the encoder. */
    boolean usesEncoder() {
        return classifier.denseWidth() > 0;
    }

    LinearClassifier classifier() {
        return classifier;
    }

    /** A relation found between mentions {@code subject} and {@code object} (indexes in the mention list). */
    public record Found(int sentence, int subject, int object, FactKind kind, double probability) {
    }

    /**
     * The probability that mentions {@code first} and {@code second} (indexes in {@code mentions}) are related at all,
     * when both are in one sentence; null when the model cannot score the pair (different sentences, no tokens).
     */
    public Double relatedProbability(AnnotatedDocument doc, List<ActorMention> mentions, int first, int second) {
        return relatedProbability(doc, mentions, first, second, new Encodings(encoder));
    }

    /** As above, reading sentences through {@code enc} (of {@code doc}). */
    Double relatedProbability(AnnotatedDocument doc, List<ActorMention> mentions, int first, int second, Encodings enc) {
        if (first < 0 || second < 0 || first >= mentions.size() || second >= mentions.size()) {
            return null;
        }
        ActorMention x = mentions.get(first);
        ActorMention y = mentions.get(second);
        if (x.sentence() != y.sentence() || x.begin() == y.begin()) {
            return null;
        }
        int[] at = Examples.tokens(doc, x.begin(), x.end());
        int[] bt = Examples.tokens(doc, y.begin(), y.end());
        if (at == null || bt == null || at[0] != bt[0]) {
            return null;
        }
        int[] a = {first, at[1], at[2]};
        int[] b = {second, bt[1], bt[2]};
        if (bt[1] < at[1]) {
            int[] t = a;
            a = b;
            b = t;
        }
        Parse p = new Parse(doc.sentences().get(at[0]));
        return 1 - predict(p, a, b, mentions, enc).of(NONE);
    }

    /** The model's reading of mentions {@code a} and {@code b} ({mention, first token, end token}), {@code a} first. */
    private LinearClassifier.Prediction predict(Parse p, int[] a, int[] b, List<ActorMention> mentions, Encodings enc) {
        return classifier.predict(RelationFeatures.pair(p, p.headOf(a[1], a[2]), p.headOf(b[1], b[2]), a[2], b[1],
                mentions.get(a[0]).type().label(), mentions.get(b[0]).type().label()),
                usesEncoder() ? enc.pair(p.sentence, a[1], a[2], b[1], b[2]) : null);
    }

    /** Every relation between two mentions of one sentence with probability at least {@code threshold}. */
    public List<Found> find(AnnotatedDocument doc, List<ActorMention> mentions, double threshold) {
        return find(doc, mentions, threshold, new Encodings(encoder));
    }

    /** As above, reading sentences through {@code enc} (of {@code doc}). */
    List<Found> find(AnnotatedDocument doc, List<ActorMention> mentions, double threshold, Encodings enc) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(findIn(doc, s, mentions, threshold, enc));
        }
        return out;
    }

    /** The relations between two mentions of one sentence {@code s} of {@code doc}. */
    List<Found> findIn(AnnotatedDocument doc, Sentence s, List<ActorMention> mentions, double threshold, Encodings enc) {
        List<int[]> in = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.sentence() != s.index()) {
                continue;
            }
            int[] at = Examples.tokens(doc, m.begin(), m.end());
            if (at != null && at[0] == s.index()) {
                in.add(new int[] {m.index(), at[1], at[2]});
            }
        }
        List<Found> out = new ArrayList<>();
        if (in.size() < 2) {
            return out;
        }
        Parse p = new Parse(s);
        for (int i = 0; i < in.size(); i++) {
            for (int j = i + 1; j < in.size(); j++) {
                int[] a = in.get(i);
                int[] b = in.get(j);
                if (b[1] < a[2] || mentions.get(a[0]).text().equalsIgnoreCase(mentions.get(b[0]).text())) {
                    continue;
                }
                Decision d = decide(predict(p, a, b, mentions, enc), threshold);
                if (d == null) {
                    continue;
                }
                FactKind kind = FactKind.parse(kindOf(d.label()));
                boolean forward = d.label().endsWith(">");
                out.add(new Found(s.index(), forward ? a[0] : b[0], forward ? b[0] : a[0], kind, d.probability()));
            }
        }
        return out;
    }

    /** A relation label ("kind>" or "kind<") and its probability on the scale the threshold is compared with. */
    record Decision(String label, double probability) {
    }

    /**
     * The relation a reading states at {@code threshold}, or null: the likeliest kind (its two directions' probability
     * summed) in its likelier direction, when that probability, scaled by the kind's threshold, reaches
     * {@code threshold}.
     */
    Decision decide(LinearClassifier.Prediction p, double threshold) {
        String[] top = likeliest(p);
        double scaled = thresholds.scaled(kindOf(top[0]), Double.parseDouble(top[1]));
        return scaled >= threshold ? new Decision(top[0], scaled) : null;
    }

    /** The likeliest kind other than none in its likelier direction, and the kind's probability (both directions). */
    static String[] likeliest(LinearClassifier.Prediction p) {
        java.util.Map<String, Double> byKind = new java.util.TreeMap<>();
        p.all().forEach((label, q) -> {
            if (!label.equals(NONE)) {
                byKind.merge(kindOf(label), q, Double::sum);
            }
        });
        String kind = byKind.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        String label = p.of(kind + "<") > p.of(kind + ">") ? kind + "<" : kind + ">";
        return new String[] {label, Double.toString(byKind.get(kind))};
    }

    /** The kind of a label: "backs" of "backs>". */
    static String kindOf(String label) {
        return label.substring(0, label.length() - 1);
    }

    /**
     * The label of a fact of {@code kind} between two mentions of a sentence: "kind>" when the subject comes first,
     * "kind<" when the object does; always "kind>" for a symmetric kind (associate), whose direction the text does not
     * tell.
     */
    static String label(FactKind kind, boolean subjectFirst) {
        return kind.code() + (subjectFirst || kind.symmetric() ? ">" : "<");
    }
}
