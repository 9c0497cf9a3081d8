package org.dramatis.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.FactClaim;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;

/**
 * The last word on an extracted fact, as {@link EventCheck} is on an event: the probability that the annotator lists
 * it, learned from what the extractor (rules and relation model) found in the training articles against their gold
 * ({@link ClaimLabels}). It reads the claim's shape, never a name: which rule or model found it and the kind, the
 * relation model's probability for the pair, the two ends' types and how one reaches the other in the parse (or that
 * one stands in another sentence, or is only inferred from the article's home country), the post's words, the
 * sentence's question mark and cue words ("could", "if", "denied"), and how many facts the sentence gave. Facts below its
 * threshold, chosen on the training articles by cross-validation, are dropped; the rest carry its probability as
 * confidence.
 */
public final class FactCheck {
    static final String FILE = "fact-check.model.gz";
    static final String THRESHOLD_FILE = "fact-check-threshold.txt";
    private final LinearClassifier classifier;
    private final double threshold;

    FactCheck(LinearClassifier classifier, double threshold) {
        this.classifier = classifier;
        this.threshold = threshold;
    }

    LinearClassifier classifier() {
        return classifier;
    }

    /** Facts less likely right than this are dropped. */
    public double threshold() {
        return threshold;
    }

    /** This check with another threshold. */
    FactCheck withThreshold(double t) {
        return new FactCheck(classifier, t);
    }

    /**
     * Whether this check has a say on {@code f}: a fact with both ends, or a birth year. A post whose body the text does
     * not name ("President X") can match no gold fact, so the check learned to drop every one of them; but the post
     * itself is what an analyst reads on the posts page, so it is kept, unscored.
     */
    static boolean judges(FactClaim f) {
        return f.object() >= 0 || f.kind().dateIsValue();
    }

    /** The probability that {@code f}, one of {@code all} found in {@code doc}, is a listed fact. */
    public double probability(AnnotatedDocument doc, List<ActorMention> mentions, FactClaim f, List<FactClaim> all) {
        return classifier.predict(features(doc, mentions, f, all), null).of(EventCheck.RIGHT);
    }

    /** The features of fact {@code f} among the document's facts {@code all}. */
    static List<String> features(AnnotatedDocument doc, List<ActorMention> mentions, FactClaim f, List<FactClaim> all) {
        List<String> out = new ArrayList<>();
        String origin = f.rule() == null ? "model" : f.rule();
        String kind = f.kind().name();
        out.add("o=" + origin);
        out.add("k=" + kind);
        out.add("ok=" + origin + "/" + kind);
        out.add("mod=" + f.modality());
        out.add("conf=" + (f.confidence() == null ? "-" : String.valueOf((int) Math.min(9, f.confidence() * 10))));
        out.add("kconf=" + kind + "/" + (f.confidence() == null ? "-" : String.valueOf((int) (f.confidence() * 4))));
        out.add("dates=" + (f.start() != null) + (f.end() != null));
        out.add("attributed=" + (f.attribution() != null));
        out.add("inferred=" + (f.value() != null && f.value().contains("inferred")));
        out.add("s0=" + (f.sentence() == 0));
        out.add("insentence=" + Math.min(all.stream().filter(o -> o.sentence() == f.sentence()).count(), 5));
        out.add("samekind=" + Math.min(all.stream().filter(o -> o.sentence() == f.sentence() && o.kind() == f.kind()).count(), 3));
        if (f.role() != null) {
            for (String w : f.role().toLowerCase(Locale.ROOT).split("\\s+")) {
                out.add("rw=" + w);
            }
            out.add("rwords=" + Math.min(f.role().split("\\s+").length, 4));
        }
        Sentence s = doc.sentences().get(f.sentence());
        Parse p = new Parse(s);
        out.add("len=" + Math.min(p.size() / 10, 6));
        ActorMention subject = mentions.get(f.subject());
        ActorMention object = f.object() < 0 ? null : mentions.get(f.object());
        int sh = end(doc, subject, f.sentence(), p, "s", out);
        int oh = object == null ? -1 : end(doc, object, f.sentence(), p, "o", out);
        if (object == null) {
            out.add("noobject");
        }
        out.add("types=" + subject.type() + "/" + (object == null ? "-" : object.type()));
        out.add("ktypes=" + kind + "/" + subject.type() + "/" + (object == null ? "-" : object.type()));
        if (sh >= 0 && oh >= 0) {
            String path = p.path(sh, oh, 3);
            out.add("path=" + path);
            out.add("kpath=" + kind + "/" + path);
            int d = Math.abs(sh - oh);
            out.add("dist=" + (d <= 2 ? "near" : d <= 6 ? "mid" : "far"));
            out.add("order=" + (sh < oh ? "so" : "os"));
        }
        out.addAll(EventFeatures.cues(p, sh >= 0 ? sh : p.size()));
        return out;
    }

    /** Features of one end of the fact; its head token in the fact's sentence, or -1 when it stands elsewhere. */
    private static int end(AnnotatedDocument doc, ActorMention m, int sentence, Parse p, String r, List<String> out) {
        out.add(r + "src=" + m.source());
        if (m.sentence() != sentence) {
            out.add(r + "elsewhere");
            return -1;
        }
        int[] at = Examples.tokens(doc, m.begin(), m.end());
        if (at == null) {
            out.add(r + "unplaced");
            return -1;
        }
        int head = p.headOf(at[1], at[2]);
        out.add(r + "rel=" + p.relation[head]);
        if (p.pronoun(head)) {
            out.add(r + "pronoun");
        }
        return head;
    }

    void save(Writer model, Writer thresholdOut) throws IOException {
        classifier.save(model);
        thresholdOut.write("# facts less likely right than this are dropped (chosen by cross-validation on train)\n");
        thresholdOut.write(threshold + "\n");
    }

    /** Reads a check saved by {@link #save}; {@code where} names the files in errors. */
    static FactCheck load(InputStream model, InputStream thresholdIn, String where) throws IOException {
        LinearClassifier c = LinearClassifier.load(model, where);
        List<String> values = EventCheck.values(thresholdIn, where, "fact");
        return new FactCheck(c, EventCheck.probability(values.get(0), where, "fact check threshold"));
    }
}
