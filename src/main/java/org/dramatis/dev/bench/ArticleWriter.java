package org.dramatis.dev.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.FactClaim;
import org.dramatis.model.DramatisException;

/**
 * Writes a synthetic corpus as Markdown articles with front matter, plus a {@code gold.json} in the format of
 * {@code examples/gold.json}, so the whole pipeline (NLP included) can be run and scored on text of any size.
 */
public final class ArticleWriter {
    private ArticleWriter() {
    }

    /** Writes {@code count} articles and {@code gold.json} into {@code dir}; returns the number of articles written. */
    public static int write(Path dir, int count, long seed) {
        if (count < 1) {
            throw new DramatisException("--documents must be at least 1, got " + count);
        }
        SyntheticCorpus corpus = new SyntheticCorpus(count, seed);
        Map<Actor, Set<String>> names = new LinkedHashMap<>();
        Map<Actor, Set<String>> docsOf = new LinkedHashMap<>();
        Map<List<String>, Set<String>> facts = new LinkedHashMap<>();
        List<Map<String, Object>> events = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                SyntheticDocument d = corpus.next();
                String stem = d.source().name();
                Files.writeString(dir.resolve(stem + ".md"), markdown(d), StandardCharsets.UTF_8);
                Actor[] actorOf = new Actor[d.extraction().mentions().size()];
                d.clusters().forEach(c -> c.mentions().forEach(m -> actorOf[m] = d.clusterActors().get(c.id())));
                for (ActorMention m : d.extraction().mentions()) {
                    names.computeIfAbsent(actorOf[m.index()], a -> new LinkedHashSet<>()).add(m.text());
                    docsOf.computeIfAbsent(actorOf[m.index()], a -> new LinkedHashSet<>()).add(stem);
                }
                for (FactClaim f : d.extraction().facts()) {
                    List<String> key = new ArrayList<>(List.of(actorOf[f.subject()].goldId(), f.kind().code(),
                            actorOf[f.object()].goldId()));
                    key.add(f.role());
                    key.add(f.start());
                    facts.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(stem);
                }
                for (EventClaim e : d.extraction().events()) {
                    Map<String, Object> ev = new LinkedHashMap<>();
                    ev.put("id", stem + "-e" + events.size());
                    ev.put("type", e.type().name());
                    ev.put("date", e.date());
                    ev.put("involved", e.participants().stream().map(p -> actorOf[p.mention()].goldId()).distinct().toList());
                    ev.put("place", e.place());
                    ev.put("docs", List.of(stem));
                    events.add(ev);
                }
            }
            Files.writeString(dir.resolve("gold.json"), gold(count, names, docsOf, facts, events), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DramatisException("cannot write articles to " + dir + ": " + e.getMessage(), e);
        }
        return count;
    }

    static String markdown(SyntheticDocument d) {
        return "---\ntitle: \"" + d.source().title() + "\"\noutlet: " + d.source().outlet() + "\ndate: "
                + d.source().published() + "\n---\n\n# " + d.source().title() + "\n\n" + d.source().text() + "\n";
    }

    private static String gold(int count, Map<Actor, Set<String>> names, Map<Actor, Set<String>> docsOf,
                               Map<List<String>, Set<String>> facts, List<Map<String, Object>> events) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("about", "Gold for " + count + " synthetic articles made by 'dramatis generate --articles': invented"
                + " actors, every spelling as written, facts and events as the templates state them.");
        List<Map<String, Object>> entities = new ArrayList<>();
        names.forEach((a, n) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", a.goldId());
            e.put("type", a.type().label());
            e.put("names", List.copyOf(n));
            e.put("docs", List.copyOf(docsOf.get(a)));
            entities.add(e);
        });
        root.put("entities", entities);
        List<Map<String, Object>> factList = new ArrayList<>();
        facts.forEach((k, docs) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("s", k.get(0));
            f.put("rel", k.get(1));
            f.put("o", k.get(2));
            if (k.get(3) != null) {
                f.put("role", k.get(3));
            }
            if (k.get(4) != null) {
                f.put("start", k.get(4));
            }
            f.put("docs", List.copyOf(docs));
            factList.add(f);
        });
        root.put("facts", factList);
        root.put("events", events);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }
}
