package org.dramatis.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.eval.Gold;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.DramatisException;

/**
 * Writes annotated articles as the evaluator's gold ({@link Gold}, read back by
 * {@link org.dramatis.eval.GoldReader}), so that {@code dramatis eval} scores the rules on a split. Documents are
 * named by doc id, as the evaluator names a stored {@code doc-id.txt}. Kept: asserted and alleged facts and events;
 * one event per chain of reports ({@code same}); an actor's capitalised mention texts as its names (all of them when
 * it has none capitalised); a qualifier that changes the post in the role ("deputy prime minister"); a birth date as
 * the value of {@code born}.
 */
public final class GoldExport {
    /** The APPOINTMENT mode (corpus/modes.tsv, events.tsv) of a deed that ends a post: it appoints no one. */
    public static final String DISMISSAL = "dismissal";

    private GoldExport() {
    }

    public static Gold export(List<Annotated> docs) {
        Map<String, ActorBuilder> actors = new LinkedHashMap<>();
        for (Annotated a : docs) {
            for (Annotated.Mention m : a.mentions()) {
                ActorBuilder b = actors.computeIfAbsent(m.entity(), id -> new ActorBuilder(a.entity(id).type()));
                b.add(m.span().of(a.text()), a.docId());
            }
        }
        Map<List<String>, Gold.Fact> facts = new LinkedHashMap<>();
        List<Gold.Event> events = new ArrayList<>();
        for (Annotated a : docs) {
            for (Annotated.Fact f : counted(a)) {
                addFact(facts, f, a.docId());
            }
            events(a, events);
        }
        List<Gold.Actor> entities = new ArrayList<>();
        actors.forEach((id, b) -> entities.add(b.build(id)));
        return new Gold(entities, List.copyOf(facts.values()), events);
    }

    /** Writes {@code gold} as JSON with an {@code about} line saying where it came from. */
    public static void write(Gold gold, String about, Path out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("about", about);
        root.put("entities", gold.entities());
        root.put("facts", gold.facts());
        root.put("events", gold.events());
        try {
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), root);
        } catch (IOException e) {
            throw new DramatisException(out + ": cannot write the gold file: " + e.getMessage(), e);
        }
    }

    private static void addFact(Map<List<String>, Gold.Fact> facts, Annotated.Fact f, String docId) {
        String role = f.role();
        if (role != null && f.qual() != null && f.qual() != Qualifier.FORMER) {
            role = Codes.code(f.qual()) + " " + role;
        }
        boolean born = f.rel().dateIsValue();
        String start = born ? null : f.start();
        String value = born ? f.start() : null;
        if (born && f.o() == null && value == null) {
            return;
        }
        List<String> key = java.util.Arrays.asList(f.s(), f.rel().code(), f.o(), role, start, f.end(), value);
        Gold.Fact before = facts.get(key);
        List<String> docs = new ArrayList<>(before == null ? List.of() : before.docs());
        if (!docs.contains(docId)) {
            docs.add(docId);
        }
        facts.put(key, new Gold.Fact(f.s(), f.rel().code(), f.o(), role, start, f.end(), value, docs));
    }

    /** The article's gold facts as {@code eval} counts them: asserted or alleged, one per distinct statement. */
    public static List<Gold.Fact> facts(Annotated a) {
        Map<List<String>, Gold.Fact> facts = new LinkedHashMap<>();
        for (Annotated.Fact f : counted(a)) {
            addFact(facts, f, a.docId());
        }
        return List.copyOf(facts.values());
    }

    /**
     * The article's asserted and alleged facts, and who appointed whom as its appointment events tell it: each source of
     * an asserted or alleged APPOINTMENT event other than a dismissal appointed each person it targets, dated by the
     * event or its chain, unless the article already states that appointed fact (docs/annotation.md).
     */
    static List<Annotated.Fact> counted(Annotated a) {
        List<Annotated.Fact> out = new ArrayList<>(a.facts().stream().filter(f -> f.mod().countsAsFact()).toList());
        Set<List<String>> stated = new LinkedHashSet<>();
        a.facts().stream().filter(f -> f.rel() == FactKind.APPOINTED).forEach(f -> stated.add(List.of(f.s(), f.o())));
        for (Annotated.Event e : a.events()) {
            if (e.type() != EventType.APPOINTMENT || !e.mod().countsAsFact() || DISMISSAL.equals(e.mode())) {
                continue;
            }
            String chain = e.same() != null ? e.same() : e.id();
            String date = e.when() != null ? e.when().value() : chain == null ? null : a.events().stream()
                    .filter(o -> o.when() != null && (chain.equals(o.id()) || chain.equals(o.same())))
                    .map(o -> o.when().value()).findFirst().orElse(null);
            for (String s : e.src()) {
                for (String t : e.tgt()) {
                    Annotated.Entity target = a.entity(t);
                    if (s.equals(t) || target == null || target.type() != EntityType.PERSON || !stated.add(List.of(s, t))) {
                        continue;
                    }
                    out.add(new Annotated.Fact(e.line(), FactKind.APPOINTED, s, t, null, null, date, null, e.mod(),
                            e.trigger(), e.sentence()));
                }
            }
        }
        return out;
    }

    /** The article's gold events as {@code eval} counts them: one per chain of reports that has an asserted or alleged one. */
    public static List<Gold.Event> events(Annotated a) {
        List<Gold.Event> out = new ArrayList<>();
        events(a, out);
        return out;
    }

    private static void events(Annotated a, List<Gold.Event> out) {
        for (int i = 0; i < a.events().size(); i++) {
            Annotated.Event first = a.events().get(i);
            if (first.same() != null) {
                continue;
            }
            List<Annotated.Event> reports = new ArrayList<>(List.of(first));
            a.events().stream().filter(e -> first.id() != null && first.id().equals(e.same())).forEach(reports::add);
            if (reports.stream().noneMatch(e -> e.mod().countsAsFact())) {
                continue;
            }
            String date = reports.stream().filter(e -> e.when() != null).map(e -> e.when().value()).findFirst().orElse(null);
            String place = reports.stream().map(Annotated.Event::place).filter(p -> p != null).findFirst()
                    .map(a::firstMention).orElse(null);
            Set<String> involved = new LinkedHashSet<>();
            reports.forEach(e -> involved.addAll(e.involved()));
            String id = a.docId() + "#" + (first.id() != null ? first.id() : "e" + (i + 1));
            out.add(new Gold.Event(id, first.type().name(), date, List.copyOf(involved), place, List.of(a.docId())));
        }
    }

    /** An actor's names and documents as the articles give them. */
    private static final class ActorBuilder {
        private final EntityType type;
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> descriptions = new LinkedHashSet<>();
        private final Set<String> docs = new LinkedHashSet<>();

        ActorBuilder(EntityType type) {
            this.type = type;
        }

        void add(String text, String docId) {
            boolean capitalised = Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0));
            (capitalised ? names : descriptions).add(text);
            docs.add(docId);
        }

        Gold.Actor build(String id) {
            return new Gold.Actor(id, type.goldType(), List.copyOf(names.isEmpty() ? descriptions : names),
                    List.copyOf(docs));
        }
    }
}
