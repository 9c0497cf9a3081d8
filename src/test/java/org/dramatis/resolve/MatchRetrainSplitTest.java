package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.doc;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's split between two spellings survives retraining the match model ({@code dramatis train --only match})
 * and the re-resolution after it, even when the new model is sure the two spellings are one name. Invented names.
 */
class MatchRetrainSplitTest {
    @TempDir
    Path dir;

    private void article(String id, String text, String... records) throws IOException {
        StringBuilder ann = new StringBuilder("{\"t\":\"doc\",\"author\":\"a99\",\"country\":\"veloria\",\"style\":\"wire\","
                + "\"published\":\"2022-05-01\",\"outlet\":null}\n");
        for (String r : records) {
            ann.append(r).append('\n');
        }
        Files.writeString(dir.resolve(id + ".txt"), text);
        Files.writeString(dir.resolve(id + ".ann.jsonl"), ann);
    }

    private static String entity(String id, String name) {
        return "{\"t\":\"entity\",\"id\":\"" + id + "\",\"type\":\"Person\",\"name\":\"" + name + "\"}";
    }

    private static String mention(String id, String quote) {
        return "{\"t\":\"mention\",\"e\":\"" + id + "\",\"q\":\"" + quote + "\"}";
    }

    /** A model retrained on articles whose gold says "Omar al-Nadhimi" and "Omar Nazemi" are one man. */
    private MatchModel retrained() throws IOException {
        article("one", "Omar al-Nadhimi met Karim Fadil.\n", entity("nadhimi", "Omar al-Nadhimi"), entity("fadil", "Karim Fadil"),
                mention("nadhimi", "Omar al-Nadhimi"), mention("fadil", "Karim Fadil"));
        article("two", "Omar Nazemi thanked Salim Fadil.\n", entity("nadhimi", "Omar al-Nadhimi"), entity("salim", "Salim Fadil"),
                mention("nadhimi", "Omar Nazemi"), mention("salim", "Salim Fadil"));
        Path models = dir.resolve("models");
        MatchTrainer.train(List.of(dir), 1, TestDocs.KEYS, new PrintWriter(new StringWriter(), true)).save(models);
        return MatchModel.load(models, TestDocs.KEYS);
    }

    private static EntityResolver resolver(MatchModel model, Decision... decisions) {
        return new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of(decisions),
                new MatchVeto(model, TestDocs.KEYS, MatchVeto.DEFAULT_THRESHOLD));
    }

    @Test
    void decisions_aSplitBetweenTwoSpellingsSurvivesRetrainingAndReResolution() throws IOException {
        MatchModel model = retrained();
        assertThat(model.same("Omar al-Nadhimi", ActorType.PERSON, "Omar Nazemi", ActorType.PERSON, TestDocs.KEYS))
                .as("the retrained model joins the two spellings").isGreaterThanOrEqualTo(MatchVeto.DEFAULT_THRESHOLD);
        List<DocumentClusters> docs = List.of(doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON").clustered(),
                doc(2, "Omar Nazemi answered.", "Omar Nazemi/PERSON").clustered(),
                doc(3, "Omar Nazemi and Omar al-Nadhimi met.", "Omar Nazemi/PERSON", "Omar al-Nadhimi/PERSON").clustered());

        EntityResolver automatic = resolver(model);
        automatic.rebuild(docs);
        assertThat(EntityResolverTest.together(automatic, "Omar Nazemi", "Omar al-Nadhimi")).as("without the split").isTrue();

        EntityResolver split = resolver(model, new Decision(1, Decision.Kind.NOT_SAME, "Omar Nazemi", "Omar al-Nadhimi", null));
        split.rebuild(docs);
        assertThat(EntityResolverTest.together(split, "Omar Nazemi", "Omar al-Nadhimi")).isFalse();
        split.rebuild(docs); // a second re-resolution, as after the next retraining
        assertThat(EntityResolverTest.together(split, "Omar Nazemi", "Omar al-Nadhimi")).isFalse();
        assertThat(split.entities()).hasSize(2);
    }
}
