package org.dramatis.resolve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.AnnotationLoader;
import org.dramatis.model.ActorType;

/**
 * Trains the pairwise match model ({@link MatchModel}) from the alias clusters of span-annotated articles: every
 * mention's text with its entity id, the id being the same for one actor across the corpus. No language analysis is
 * needed, so this takes seconds. Deterministic: files in path order, pairs built without sampling.
 */
public final class MatchTrainer {
    private MatchTrainer() {
    }

    /** Every mention's spelling under {@code roots}, in path order; a refused annotation file stops, naming it. */
    public static List<MatchTraining.Spelling> spellings(List<Path> roots) throws IOException {
        List<MatchTraining.Spelling> out = new ArrayList<>();
        for (Annotated a : AnnotationLoader.loadAll(roots)) {
            for (Annotated.Mention m : a.mentions()) {
                Annotated.Entity e = a.entity(m.entity());
                if (e != null) {
                    out.add(new MatchTraining.Spelling(e.id(), m.span().of(a.text()), actorType(e)));
                }
            }
        }
        return out;
    }

    /** Trains on the spellings under {@code roots} and logs the pair counts. */
    public static MatchModel train(List<Path> roots, double c, NameKeys keys, PrintWriter log) throws IOException {
        List<MatchTraining.Spelling> spellings = spellings(roots);
        MatchTraining.Pairs pairs = new MatchTraining(keys).pairs(spellings);
        log.printf("match model: %d mentions, %d same-actor pairs, %d hard and %d other different-actor pairs%n",
                spellings.size(), pairs.positives(), pairs.hardNegatives(), pairs.otherNegatives());
        MatchModel model = MatchModel.train(pairs.examples(), c, keys);
        log.printf("match model: %d features%n", model.featureCount());
        return model;
    }

    private static ActorType actorType(Annotated.Entity e) {
        return switch (e.type()) {
            case PERSON -> ActorType.PERSON;
            case ORGANIZATION, ARMED_GROUP, PARTY -> ActorType.ORGANIZATION;
            case STATE -> ActorType.COUNTRY;
            case LOCATION -> ActorType.LOCATION;
        };
    }
}
