package org.dramatis.resolve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.getFileName().toString().endsWith(AnnotationLoader.SUFFIX)).forEach(files::add);
            }
        }
        files.sort(null);
        AnnotationLoader loader = new AnnotationLoader();
        List<MatchTraining.Spelling> out = new ArrayList<>();
        for (Path f : files) {
            AnnotationLoader.Result r = loader.load(f);
            if (!r.ok()) {
                throw new IOException(f + ": refused by the corpus checker: " + r.errors().get(0));
            }
            Annotated a = r.annotated();
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
