package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/** Builds mentions for invented test articles: each "surface/TYPE" is found in the text after the previous one. */
final class TestDocs {
    static final NameKeys KEYS = NameKeys.load();
    static final Glossary GLOSSARY = Glossary.load(KEYS);
    static final DocumentClusterer CLUSTERER = new DocumentClusterer(KEYS, GLOSSARY);

    record Doc(long id, String text, List<ActorMention> mentions) {
        Map<Integer, ActorMention> byIndex() {
            return mentions.stream().collect(Collectors.toMap(ActorMention::index, Function.identity()));
        }

        List<LocalCluster> clusters() {
            return CLUSTERER.cluster(text, mentions);
        }

        DocumentClusters clustered() {
            return new DocumentClusters(id, clusters(), byIndex());
        }
    }

    private TestDocs() {
    }

    static Doc doc(long id, String text, String... surfaceTypes) {
        List<ActorMention> mentions = new ArrayList<>();
        int cursor = 0;
        for (String st : surfaceTypes) {
            int slash = st.lastIndexOf('/');
            String surface = st.substring(0, slash);
            ActorType type = ActorType.valueOf(st.substring(slash + 1));
            int begin = text.indexOf(surface, cursor);
            if (begin < 0) {
                throw new IllegalArgumentException("'" + surface + "' not found after " + cursor + " in: " + text);
            }
            mentions.add(new ActorMention(mentions.size(), surface, type, 0, begin, begin + surface.length(), "ner"));
            cursor = begin + surface.length();
        }
        return new Doc(id, text, mentions);
    }

    /** The cluster holding the mention with this surface. */
    static LocalCluster clusterOf(List<LocalCluster> clusters, Doc doc, String surface) {
        int index = doc.mentions().stream().filter(m -> m.text().equals(surface)).findFirst().orElseThrow().index();
        return clusterHolding(clusters, index);
    }

    /** The cluster holding mention {@code index}. */
    static LocalCluster clusterHolding(List<LocalCluster> clusters, int index) {
        return clusters.stream().filter(c -> c.mentions().contains(index)).findFirst().orElseThrow();
    }
}
