package org.dramatis.learn;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * Precision, recall and F1 of the relation model against held-out gold, per relation kind and overall, on the pairs it
 * was trained on: every two gold mentions of two entities in one sentence. A pair found related (its likeliest kind
 * reaching the threshold, scaled by the kind's own) is right when that kind and direction are the gold fact's; a gold
 * fact's pair the model leaves is missed.
 */
final class RelationScores {
    private RelationScores() {
    }

    /** Counts per kind, {right, found, gold}, with "all" for the sum; prints the table to {@code out}. */
    static Map<String, int[]> score(RelationModel model, List<Trainer.Pair> heldOut, double threshold, PrintWriter out,
                                    Function<AnnotatedDocument, Encodings> encodings) {
        Examples ex = new Examples(encodings, model.usesEncoder());
        heldOut.forEach(p -> ex.addRelations(p.gold(), p.doc()));
        Map<String, int[]> byKind = new TreeMap<>();
        int[] all = new int[3];
        for (LinearClassifier.Example e : ex.relations) {
            if (!e.label().equals(RelationModel.NONE)) {
                byKind.computeIfAbsent(kind(e.label()), k -> new int[3])[2]++;
                all[2]++;
            }
            RelationModel.Decision d = model.decide(model.classifier().predict(e.features(), e.vector()), threshold);
            if (d == null) {
                continue;
            }
            String label = d.label();
            int[] counts = byKind.computeIfAbsent(kind(label), k -> new int[3]);
            counts[1]++;
            all[1]++;
            if (label.equals(e.label())) {
                counts[0]++;
                all[0]++;
            }
        }
        out.printf("%-20s %-15s %-15s %s%n", "relation (gold pairs)", "precision", "recall", "F1");
        byKind.forEach((kind, c) -> row(out, kind, c));
        row(out, "all", all);
        byKind.put("all", all);
        return byKind;
    }

    private static String kind(String label) {
        return label.substring(0, label.length() - 1);
    }

    private static void row(PrintWriter out, String label, int[] c) {
        double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
        double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf("%-20s %5.3f %-9s %5.3f %-9s %5.3f%n", label, p, c[0] + "/" + c[1], r, c[0] + "/" + c[2], f);
    }
}
