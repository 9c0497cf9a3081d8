package org.dramatis.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks between the records of one article: ids known and unique, every entity mentioned, no overlapping mentions. */
final class CrossChecks {
    private final Path file;
    private final List<CorpusError> errors;
    private final Set<String> broken;

    /** @param broken ids of entity and event records already reported as broken: no second error for them */
    CrossChecks(Path file, List<CorpusError> errors, Set<String> broken) {
        this.file = file;
        this.errors = errors;
        this.broken = broken;
    }

    void check(Annotated a) {
        Map<String, Annotated.Entity> entities = new HashMap<>();
        for (Annotated.Entity e : a.entities()) {
            Annotated.Entity before = entities.putIfAbsent(e.id(), e);
            if (before != null) {
                error(e.line(), "entity.id", "'" + e.id() + "' is already declared on line " + before.line());
            }
        }
        mentions(a, entities);
        for (Annotated.Fact f : a.facts()) {
            known(f.line(), "fact.s", f.s(), entities);
            known(f.line(), "fact.o", f.o(), entities);
            if (f.s().equals(f.o())) {
                error(f.line(), "fact.o", "subject and object are both '" + f.s() + "'");
            }
        }
        events(a, entities);
    }

    private void mentions(Annotated a, Map<String, Annotated.Entity> entities) {
        Set<String> mentioned = new HashSet<>();
        for (Annotated.Mention m : a.mentions()) {
            if (known(m.line(), "mention.e", m.entity(), entities)) {
                mentioned.add(m.entity());
            }
        }
        List<Annotated.Mention> sorted = new ArrayList<>(a.mentions());
        sorted.sort(Comparator.comparing(Annotated.Mention::span));
        for (int i = 1; i < sorted.size(); i++) {
            Annotated.Mention prev = sorted.get(i - 1);
            Annotated.Mention m = sorted.get(i);
            if (prev.span().overlaps(m.span())) {
                boolean same = prev.span().equals(m.span());
                error(Math.max(prev.line(), m.line()), "mention.q", "'" + m.span().of(a.text()) + "' "
                        + (same ? "is the same span as" : "overlaps") + " '" + prev.span().of(a.text()) + "' (line "
                        + Math.min(prev.line(), m.line()) + "); mentions never overlap: annotate the longest name only");
            }
        }
        for (Annotated.Entity e : a.entities()) {
            if (!mentioned.contains(e.id())) {
                error(e.line(), "entity.id", "'" + e.id() + "' has no mention; quote where the text names it, or drop it");
            }
        }
    }

    private void events(Annotated a, Map<String, Annotated.Entity> entities) {
        Map<String, Annotated.Event> ids = new HashMap<>();
        for (Annotated.Event e : a.events()) {
            if (e.id() != null && ids.putIfAbsent(e.id(), e) != null) {
                error(e.line(), "event.id", "'" + e.id() + "' is already the id of the event on line " + ids.get(e.id()).line());
            }
            if (e.sentence() < 0) {
                error(e.line(), "event.trig", "the trigger spans two sentences");
            }
            e.src().forEach(id -> known(e.line(), "event.src", id, entities));
            e.tgt().forEach(id -> known(e.line(), "event.tgt", id, entities));
            e.oth().forEach(id -> known(e.line(), "event.oth", id, entities));
            if (e.place() != null && known(e.line(), "event.place", e.place(), entities)) {
                EntityType t = entities.get(e.place()).type();
                if (t != EntityType.LOCATION && t != EntityType.STATE) {
                    error(e.line(), "event.place", "'" + e.place() + "' is a " + t.label() + ", not a Location or State");
                }
            }
        }
        for (Annotated.Event e : a.events()) {
            if (e.same() == null) {
                continue;
            }
            Annotated.Event first = ids.get(e.same());
            if (first == null && broken.contains(e.same())) {
                continue;
            }
            if (first == null) {
                error(e.line(), "event.same", "no event has the id '" + e.same() + "'");
            } else if (first == e || first.same() != null) {
                error(e.line(), "event.same", "must name the first report of the event, which has no 'same' itself");
            } else if (first.type() != e.type()) {
                error(e.line(), "event.same", "the event '" + e.same() + "' is " + first.type() + ", this one " + e.type());
            }
        }
    }

    private boolean known(int line, String field, String id, Map<String, Annotated.Entity> entities) {
        if (id == null || (broken.contains(id) && !entities.containsKey(id))) {
            return false;
        }
        if (!entities.containsKey(id)) {
            error(line, field, "'" + id + "' is not an entity of this article; declare it with {\"t\":\"entity\",...}");
            return false;
        }
        return true;
    }

    private void error(int line, String field, String message) {
        errors.add(new CorpusError(file, line, field, message));
    }
}
