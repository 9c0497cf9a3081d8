package org.dramatis.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.EventClaim;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;

/**
 * The last word on an extracted event: the probability that it is a deed the annotator would list with this type and
 * these actors, learned from what the extractor (rules and models) found in the training articles against their gold
 * ({@link ClaimLabels}). It reads the shape of the claim, not who is named: which rule or model found it, the trigger
 * word and its place in the parse (a relative clause, under a saying verb, behind "could" or "if"), the sentence's
 * question mark and cue words, how the actor and target reach the trigger (a dependency path, or no path: a mention in
 * another sentence), whether the event has a date, and the models' own probability. Events below its threshold,
 * chosen on the training articles by cross-validation, are dropped; the rest carry its probability as confidence.
 */
public final class EventCheck {
    static final String FILE = "event-check.model.gz";
    static final String THRESHOLD_FILE = "event-check-threshold.txt";
    static final String RIGHT = "right";
    static final String WRONG = "wrong";
    private final LinearClassifier classifier;
    private final double threshold;
    /** The trigger probability at which the models propose events to this check (the one it was trained with). */
    private final double proposal;

    EventCheck(LinearClassifier classifier, double threshold, double proposal) {
        this.classifier = classifier;
        this.threshold = threshold;
        this.proposal = proposal;
    }

    /** The trigger probability at which the models propose the events this check judges. */
    public double proposal() {
        return proposal;
    }

    LinearClassifier classifier() {
        return classifier;
    }

    /** Events less likely right than this are dropped. */
    public double threshold() {
        return threshold;
    }

    /** This check with another threshold. */
    EventCheck withThreshold(double t) {
        return new EventCheck(classifier, t, proposal);
    }

    /** The probability that {@code e}, one of {@code all} found in {@code doc}, is a listed deed. */
    public double probability(AnnotatedDocument doc, List<ActorMention> mentions, EventClaim e, List<EventClaim> all) {
        return probability(doc, mentions, e, all, new Encodings(null));
    }

    /** As above; a check trained with the encoder's vectors reads the event's sentence through {@code enc}. */
    double probability(AnnotatedDocument doc, List<ActorMention> mentions, EventClaim e, List<EventClaim> all,
                       Encodings enc) {
        return classifier.predict(features(doc, mentions, e, all), classifier.denseWidth() == 0 ? null : vector(doc, e, enc))
                .of(RIGHT);
    }

    /** The encoder's vector of the event's sentence and trigger word (its first word when the trigger is not placed). */
    static float[] vector(AnnotatedDocument doc, EventClaim e, Encodings enc) {
        Sentence s = doc.sentences().get(e.sentence());
        int trigger = e.trigger() == null ? -1 : HybridExtractor.tokenOf(s, e.trigger());
        return enc.at(s, Math.max(trigger, 0));
    }

    /** The features of event {@code e} among the document's events {@code all}. */
    static List<String> features(AnnotatedDocument doc, List<ActorMention> mentions, EventClaim e, List<EventClaim> all) {
        List<String> f = new ArrayList<>();
        String origin = e.rule() == null ? "model" : e.rule();
        String type = e.type().name();
        f.add("o=" + origin);
        f.add("t=" + type);
        f.add("ot=" + origin + "/" + type);
        f.add("mod=" + e.modality());
        f.add("mode=" + (e.mode() == null ? "-" : e.mode()));
        f.add("conf=" + (e.confidence() == null ? "-" : String.valueOf((int) Math.min(9, e.confidence() * 10))));
        f.add("oconf=" + origin + "/" + (e.confidence() == null ? "-" : String.valueOf((int) (e.confidence() * 5))));
        f.add("date=" + (e.date() == null ? "none" : e.date().length() >= 10 ? "day" : e.date().length() == 7 ? "month" : "year"));
        f.add("place=" + (e.place() != null));
        f.add("s0=" + (e.sentence() == 0));
        long same = all.stream().filter(o -> o.sentence() == e.sentence()).count();
        f.add("insentence=" + Math.min(same, 4));
        f.add("sametype=" + all.stream().filter(o -> o.sentence() == e.sentence() && o.type() == e.type()).count());
        Sentence s = doc.sentences().get(e.sentence());
        Parse p = new Parse(s);
        f.add("len=" + Math.min(p.size() / 10, 6));
        int trigger = e.trigger() == null ? -1 : HybridExtractor.tokenOf(s, e.trigger());
        if (trigger < 0) {
            f.add("notrigger");
            f.addAll(EventFeatures.cues(p, p.size()));
        } else {
            triggerFeatures(p, trigger, type, f);
        }
        participants(doc, mentions, e, p, trigger, f);
        return f;
    }

    private static void triggerFeatures(Parse p, int i, String type, List<String> f) {
        String lemma = p.lemma(i);
        f.add("l=" + lemma);
        f.add("lt=" + lemma + "/" + type);
        f.add("p=" + p.pos(i));
        f.add("rel=" + p.relation[i]);
        int h = p.head[i];
        f.add("h=" + (h < 0 ? "ROOT" : p.lemma(h)));
        f.add("hrel=" + (h < 0 ? "ROOT" : p.relation[h]));
        for (int c : p.children.get(i)) {
            String rel = p.relation[c];
            if (rel.startsWith("aux") || rel.equals("mark") || rel.equals("advmod") || rel.equals("neg")
                    || rel.startsWith("nsubj") && "PRP".equals(p.pos(c))) {
                f.add("c=" + rel + "/" + p.lemma(c));
            }
        }
        f.addAll(EventFeatures.cues(p, i));
    }

    /** How the actor and the target reach the trigger, and what they are. */
    private static void participants(AnnotatedDocument doc, List<ActorMention> mentions, EventClaim e, Parse p, int trigger,
                                     List<String> f) {
        int actors = 0;
        int targets = 0;
        int others = 0;
        for (EventClaim.Participant part : e.participants()) {
            ActorMention m = mentions.get(part.mention());
            String role = part.role();
            switch (role) {
                case "actor" -> actors++;
                case "target" -> targets++;
                default -> others++;
            }
            if (role.equals("other")) {
                continue;
            }
            String r = role.substring(0, 1);
            f.add(r + "type=" + m.type());
            f.add(r + "src=" + m.source());
            if (m.sentence() != e.sentence()) {
                f.add(r + "elsewhere");
                continue;
            }
            int[] at = Examples.tokens(doc, m.begin(), m.end());
            if (at == null || trigger < 0) {
                f.add(r + "unplaced");
                continue;
            }
            int head = p.headOf(at[1], at[2]);
            String path = p.path(head, trigger, 3);
            f.add(r + "path=" + path);
            f.add(r + "path-t=" + path + "/" + e.type());
            int d = Math.abs(head - trigger);
            f.add(r + "dist=" + (d <= 2 ? "near" : d <= 6 ? "mid" : "far"));
            f.add(r + "side=" + (head < trigger ? "before" : "after"));
            if (p.pronoun(head)) {
                f.add(r + "pronoun");
            }
        }
        f.add("roles=" + Math.min(actors, 2) + Math.min(targets, 2) + Math.min(others, 2));
        if (actors > 0 && targets > 0) {
            String a = e.participants().stream().filter(x -> x.role().equals("actor")).findFirst()
                    .map(x -> mentions.get(x.mention()).text().toLowerCase(Locale.ROOT)).orElse("");
            boolean self = e.participants().stream().filter(x -> x.role().equals("target"))
                    .anyMatch(x -> mentions.get(x.mention()).text().toLowerCase(Locale.ROOT).equals(a));
            f.add("self=" + self);
        }
    }

    void save(Writer model, Writer thresholdOut) throws IOException {
        classifier.save(model);
        thresholdOut.write("# events less likely right than this are dropped (chosen by cross-validation on train)\n");
        thresholdOut.write(threshold + "\n");
        thresholdOut.write("# the trigger probability at which the models propose events to the check\n");
        thresholdOut.write("proposal " + proposal + "\n");
    }

    /** Reads a check saved by {@link #save}; {@code where} names the files in errors. */
    static EventCheck load(InputStream model, InputStream thresholdIn, String where) throws IOException {
        LinearClassifier c = LinearClassifier.load(model, where);
        List<String> values = values(thresholdIn, where, "event");
        double threshold = probability(values.get(0), where, "event check threshold");
        double proposal = 0.5;
        if (values.size() > 1) {
            if (!values.get(1).startsWith("proposal ")) {
                throw new IOException(where + ": expected 'proposal P' after the threshold, not '" + values.get(1) + "'");
            }
            proposal = probability(values.get(1).substring("proposal ".length()), where, "event check proposal");
        }
        return new EventCheck(c, threshold, proposal);
    }

    /** The lines of a check's threshold file that are neither blank nor comments; at least one. */
    static List<String> values(InputStream in, String where, String what) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> values = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                values.add(t);
            }
        }
        if (values.isEmpty()) {
            throw new IOException(where + ": the " + what + " check threshold file is empty");
        }
        return values;
    }

    /** {@code text} as a probability, else an error naming the file and {@code what} it should be. */
    static double probability(String text, String where, String what) throws IOException {
        try {
            double v = Double.parseDouble(text.strip());
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IOException(where + ": the " + what + " '" + text + "' is no probability from 0 to 1");
    }
}
