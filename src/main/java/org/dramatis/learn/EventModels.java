package org.dramatis.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.EventType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;

/**
 * The learned event models: which word names an event and of which PLOVER type, with what modality the text reports
 * it, and which of the sentence's actor mentions took which part. Trained by {@code dramatis train} from the span-annotated
 * corpus; shipped in the jar under {@code dramatis/models/}. Trigger and modality models trained with the sentence
 * encoder's vectors ({@link SentenceEncoder}) read each sentence through it once per document.
 */
public final class EventModels {
    static final String RESOURCE = "/dramatis/models/";
    /** Gzipped text files: the vocabularies and liblinear's weights. */
    static final String[] FILES = {"event-trigger.model.gz", "event-modality.model.gz", "event-argument.model.gz",
            RelationModel.FILE};
    private final LinearClassifier trigger;
    private final LinearClassifier modality;
    private final LinearClassifier argument;
    private final RelationModel relations;
    /** The sentence encoder the trigger and modality models were trained with, or null. */
    private final SentenceEncoder encoder;
    /** The learned steps after the models: the checks and the choosers, each null when none was trained. */
    private final After after;
    /** {@link #bundled()}'s models once read (null when the jar ships none). */
    private static EventModels bundled;
    private static boolean bundledRead;

    /**
     * The steps that judge and revise what the rules and models found: the check every extracted event passes
     * ({@link EventCheck}), the check every extracted fact passes ({@link FactCheck}) and what gives a post with no stated
     * body its body ({@link BodyChooser}); each null when none was trained.
     */
    record After(EventCheck check, FactCheck factCheck, BodyChooser bodies) {
        static final After NONE = new After(null, null, null);
    }

    EventModels(LinearClassifier trigger, LinearClassifier modality, LinearClassifier argument, RelationModel relations,
                SentenceEncoder encoder) {
        this(trigger, modality, argument, relations, encoder, After.NONE);
    }

    private EventModels(LinearClassifier trigger, LinearClassifier modality, LinearClassifier argument,
                        RelationModel relations, SentenceEncoder encoder, After after) {
        this.after = after;
        this.trigger = trigger;
        this.modality = modality;
        this.argument = argument;
        this.relations = relations;
        this.encoder = encoder;
    }

    /**
     * The models as loaded: with the bundled encoder when the trigger, modality or relation model takes its vectors,
     * and the relation model's per-kind thresholds.
     */
    static EventModels of(LinearClassifier[] loaded, RelationThresholds thresholds) {
        boolean dense = loaded[0].denseWidth() > 0 || loaded[1].denseWidth() > 0 || loaded[3].denseWidth() > 0;
        SentenceEncoder encoder = dense ? SentenceEncoder.bundled() : null;
        return new EventModels(loaded[0], loaded[1], loaded[2], new RelationModel(loaded[3], encoder, thresholds), encoder);
    }

    /** A fresh reading of one document by the encoder (each sentence encoded at most once). */
    Encodings encodings() {
        return new Encodings(encoder);
    }

    EventModels with(After a) {
        return new EventModels(trigger, modality, argument, relations, encoder, a);
    }

    /** These models with {@code check} deciding which extracted events to keep. */
    EventModels withCheck(EventCheck check) {
        return with(new After(check, after.factCheck(), after.bodies()));
    }

    /** These models with {@code check} deciding which extracted facts to keep. */
    EventModels withFactCheck(FactCheck check) {
        return with(new After(after.check(), check, after.bodies()));
    }

    /** These models with {@code chooser} giving posts with no stated body their body (null: none). */
    EventModels withBodyChooser(BodyChooser chooser) {
        return with(new After(after.check(), after.factCheck(), chooser));
    }

    /**
     * These models with the post-body chooser's threshold set to {@code threshold}, or without the chooser when it is
     * null (the same models when they have no chooser).
     */
    public EventModels withBodyThreshold(Double threshold) {
        if (after.bodies() == null) {
            return this;
        }
        return withBodyChooser(threshold == null ? null : after.bodies().withThreshold(threshold));
    }

    /** The chooser of posts' bodies, or null. */
    public BodyChooser bodyChooser() {
        return after.bodies();
    }

    /**
     * These models with the fact check's threshold set to {@code threshold}, or without the check when it is null (the
     * same models when they have no fact check).
     */
    public EventModels withFactCheckThreshold(Double threshold) {
        if (after.factCheck() == null) {
            return this;
        }
        return withFactCheck(threshold == null ? null : after.factCheck().withThreshold(threshold));
    }

    /** The check of extracted facts, or null. */
    public FactCheck factCheck() {
        return after.factCheck();
    }

    /**
     * These models with the event check's threshold set to {@code threshold}, or without the check when it is null
     * (the same models when they have no check).
     */
    public EventModels withCheckThreshold(Double threshold) {
        if (after.check() == null) {
            return this;
        }
        return withCheck(threshold == null ? null : after.check().withThreshold(threshold));
    }

    /** The check of extracted events, or null. */
    public EventCheck check() {
        return after.check();
    }

    /** Whether the models read sentences through the encoder. */
    public boolean usesEncoder() {
        return encoder != null;
    }

    /** The relation model trained beside the event models. */
    public RelationModel relations() {
        return relations;
    }

    /** Trains the four models on the examples, with regularisation {@code c}; {@code encoder} made their vectors. */
    static EventModels train(Examples examples, double c, SentenceEncoder encoder) {
        return new EventModels(LinearClassifier.train(examples.triggers, c, 2),
                LinearClassifier.train(examples.modalities, c, 1), LinearClassifier.train(examples.arguments, c, 1),
                RelationModel.train(examples.relations, examples.relationStarts, c, encoder), encoder);
    }

    /**
     * The models shipped in the jar, or null when none are. Read once per JVM: they are immutable and reading them
     * takes seconds of CPU, which every data folder opened after the first (tests open hundreds) would pay again.
     */
    public static synchronized EventModels bundled() {
        if (!bundledRead) {
            bundled = ModelFiles.readBundled();
            bundledRead = true;
        }
        return bundled;
    }

    /** Loads the model files from {@code dir} (a missing relation thresholds file: the default for every kind). */
    public static EventModels load(Path dir) throws IOException {
        return ModelFiles.load(dir);
    }

    /** Writes the models and the steps after them to {@code dir} ({@link ModelFiles}). */
    public void save(Path dir) throws IOException {
        ModelFiles.save(this, dir);
    }

    /** The four classifiers in the order of {@link #FILES}. */
    LinearClassifier[] classifiers() {
        return new LinearClassifier[] {trigger, modality, argument, relations.classifier()};
    }

    /** The steps after the models. */
    After after() {
        return after;
    }

    /** An event the models found: its sentence and trigger token, type, probabilities and participants. */
    public record Found(int sentence, int token, String word, EventType type, double probability, String modality,
                        double modalityProbability, List<Role> roles) {
    }

    /** A mention (by index in the document's mention list) taking part in an event as src, tgt, oth or place. */
    public record Role(int mention, String role, double probability) {
    }

    /** Every event the models find in {@code doc} with probability at least {@code threshold}. */
    public List<Found> find(AnnotatedDocument doc, List<ActorMention> mentions, double threshold) {
        return find(doc, mentions, threshold, encodings());
    }

    /** As {@link #find(AnnotatedDocument, List, double)}, reading sentences through {@code enc} (of {@code doc}). */
    List<Found> find(AnnotatedDocument doc, List<ActorMention> mentions, double threshold, Encodings enc) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(findIn(doc, s, mentions, threshold, enc));
        }
        return out;
    }

    /** The events the models find in one sentence {@code s} of {@code doc}. */
    List<Found> findIn(AnnotatedDocument doc, Sentence s, List<ActorMention> mentions, double threshold, Encodings enc) {
        List<Found> out = new ArrayList<>();
        Parse p = new Parse(s);
        for (int i = 0; i < p.size(); i++) {
            if (!EventFeatures.candidate(p, i)) {
                continue;
            }
            LinearClassifier.Prediction t = trigger.predict(EventFeatures.trigger(p, i), triggerVector(enc, s, i));
            double event = 1 - t.of(Examples.NONE);
            if (event < threshold) {
                continue;
            }
            // The most likely type among the event types: "some event" is decided first, its type second.
            String type = t.all().entrySet().stream().filter(e -> !e.getKey().equals(Examples.NONE))
                    .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            out.add(describe(doc, p, i, EventType.valueOf(type), event, mentions, enc));
        }
        return out;
    }

    /** The modality and roles of an event of {@code type} whose trigger is token {@code i} of parse {@code p}. */
    Found describe(AnnotatedDocument doc, Parse p, int i, EventType type, double probability, List<ActorMention> mentions,
                   Encodings enc) {
        LinearClassifier.Prediction m = modality.predict(EventFeatures.modality(p, i), modalityVector(enc, p.sentence, i));
        List<Role> roles = new ArrayList<>();
        arguments(doc, p, i, type, mentions).forEach((mention, r) -> {
            if (!r.label().equals("none")) {
                roles.add(new Role(mention, r.label(), r.probability()));
            }
        });
        return new Found(p.sentence.index(), i, p.token(i).word(), type, probability, m.label(), m.probability(), roles);
    }

    /**
     * The argument model's reading of each of {@code mentions} in sentence {@code s} (but the trigger's own) for an event of
     * {@code type} triggered at token {@code token}: by mention index, the prediction over src, tgt, oth, place and none.
     */
    public Map<Integer, LinearClassifier.Prediction> argumentsAt(AnnotatedDocument doc, Sentence s, int token,
                                                                 EventType type, List<ActorMention> mentions) {
        return arguments(doc, new Parse(s), token, type, mentions);
    }

    private Map<Integer, LinearClassifier.Prediction> arguments(AnnotatedDocument doc, Parse p, int token, EventType type,
                                                                List<ActorMention> mentions) {
        Map<Integer, LinearClassifier.Prediction> out = new java.util.LinkedHashMap<>();
        for (ActorMention a : mentions) {
            if (a.sentence() != p.sentence.index()) {
                continue;
            }
            int[] at = Examples.tokens(doc, a.begin(), a.end());
            if (at == null || at[0] != p.sentence.index()) {
                continue;
            }
            int head = p.headOf(at[1], at[2]);
            if (head != token) {
                out.put(a.index(), argument.predict(EventFeatures.argument(p, token, head, a.type().label(), type.name())));
            }
        }
        return out;
    }

    /** The modality the model reads for the event whose trigger is token {@code token} of sentence {@code s}. */
    public LinearClassifier.Prediction modalityAt(Sentence s, int token) {
        return modalityAt(s, token, encodings());
    }

    LinearClassifier.Prediction modalityAt(Sentence s, int token, Encodings enc) {
        Parse p = new Parse(s);
        return modality.predict(EventFeatures.modality(p, token), modalityVector(enc, s, token));
    }

    /** The probability that token {@code token} of {@code s} names no event at all. */
    public double noEventAt(Sentence s, int token) {
        return noEventAt(s, token, encodings());
    }

    double noEventAt(Sentence s, int token, Encodings enc) {
        Parse p = new Parse(s);
        return trigger.predict(EventFeatures.trigger(p, token), triggerVector(enc, s, token)).of(Examples.NONE);
    }

    private float[] triggerVector(Encodings enc, Sentence s, int token) {
        return trigger.denseWidth() == 0 ? null : enc.at(s, token);
    }

    private float[] modalityVector(Encodings enc, Sentence s, int token) {
        return modality.denseWidth() == 0 ? null : enc.at(s, token);
    }

    String describeSizes() {
        return (encoder == null ? "" : "with the sentence encoder's vectors (" + Encodings.WIDTH + " values); ")
                + "trigger " + trigger.featureCount() + " features " + trigger.labels() + "; modality "
                + modality.featureCount() + " features " + modality.labels() + "; argument " + argument.featureCount()
                + " features " + argument.labels() + "; relation " + relations.classifier().featureCount() + " features "
                + relations.classifier().labels() + "; relation thresholds: " + relations.thresholds().describe()
                + (after.check() == null ? "" : "; event check " + after.check().classifier().featureCount()
                + " features, threshold " + after.check().threshold()) + (after.factCheck() == null ? ""
                : "; fact check " + after.factCheck().classifier().featureCount() + " features, threshold "
                + after.factCheck().threshold());
    }
}
