package org.dramatis.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;

/**
 * Turns the records of one annotation file into {@link Annotated} parts, placing every quote in the text. A record
 * with a problem is reported (through its {@link JsonFields}) and answered with null; references between records are
 * checked afterwards by {@link AnnotationLoader}.
 */
final class RecordReader {
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]*");
    private static final Set<String> DOC = Set.of("t", "author", "country", "style", "published", "outlet");
    private static final Set<String> ENTITY = Set.of("t", "id", "type", "name");
    private static final Set<String> MENTION = Set.of("t", "e", "q", "n");
    private static final Set<String> FACT = Set.of("t", "rel", "s", "o", "role", "qual", "start", "end", "mod", "ev", "n");
    private static final Set<String> EVENT = Set.of("t", "id", "trig", "n", "type", "mode", "mod", "src", "tgt", "oth",
            "place", "when", "summary", "same");
    private static final Set<String> WHEN = Set.of("q", "n", "value");

    private final String text;
    private final List<Span> sentences;
    private final EventModes modes;

    RecordReader(String text, List<Span> sentences, EventModes modes) {
        this.text = text;
        this.sentences = sentences;
        this.modes = modes;
    }

    Annotated.Doc doc(JsonFields f) {
        f.allowOnly(DOC);
        String author = slug(f, "author");
        String country = slug(f, "country");
        Style style = f.code(Style.class, "style", true);
        String published = f.date("published");
        String outlet = f.has("outlet") ? f.str("outlet", false) : null;
        return new Annotated.Doc(f.line(), author, country, style, published, outlet);
    }

    Annotated.Entity entity(JsonFields f) {
        f.allowOnly(ENTITY);
        String id = id(f, "id", true);
        EntityType type = f.code(EntityType.class, "type", true);
        String name = f.str("name", true);
        return id == null || type == null || name == null ? null : new Annotated.Entity(f.line(), id, type, name);
    }

    Annotated.Mention mention(JsonFields f) {
        f.allowOnly(MENTION);
        String e = id(f, "e", true);
        Span span = quote(f, "q", "n");
        return e == null || span == null ? null : new Annotated.Mention(f.line(), e, span);
    }

    Annotated.Fact fact(JsonFields f) {
        f.allowOnly(FACT);
        FactKind rel = relation(f);
        String s = id(f, "s", true);
        String o = id(f, "o", rel != null && !rel.dateIsValue());
        String role = f.str("role", rel != null && rel.post() == FactKind.Post.HELD);
        if (role != null && rel != null && rel.post() == FactKind.Post.NONE) {
            f.error("role", "only a " + postKinds() + " fact names a post");
        }
        Qualifier qual = f.code(Qualifier.class, "qual", false);
        if (qual != null && role == null) {
            f.error("qual", "a qualifier needs the post it qualifies in role");
        }
        String start = f.date("start");
        String end = f.date("end");
        if (start != null && end != null && start.compareTo(end.substring(0, Math.min(end.length(), start.length()))) > 0) {
            f.error("end", "end " + end + " is before start " + start);
        }
        CorpusModality mod = f.code(CorpusModality.class, "mod", true);
        Span ev = quote(f, "ev", "n");
        int sentence = ev == null ? -1 : Sentences.holding(sentences, ev);
        if (ev != null && sentence < 0) {
            f.error("ev", "'" + ev.of(text) + "' spans two sentences; quote a part of the one sentence that states the fact");
            return null;
        }
        if (rel == null || s == null || mod == null || ev == null) {
            return null;
        }
        return new Annotated.Fact(f.line(), rel, s, o, role, qual, start, end, mod, ev, sentence);
    }

    Annotated.Event event(JsonFields f) {
        f.allowOnly(EVENT);
        String id = f.has("id") ? id(f, "id", false) : null;
        Span trigger = quote(f, "trig", "n");
        EventType type = eventType(f);
        String mode = f.str("mode", false);
        if (type != null && mode != null && !modes.of(type).contains(mode)) {
            f.error("mode", "'" + mode + "' is not a mode of " + type + " (" + String.join("|", modes.of(type).stream()
                    .sorted().toList()) + "; add one to src/main/resources/dramatis/corpus/modes.tsv if needed)");
        }
        CorpusModality mod = f.code(CorpusModality.class, "mod", true);
        List<String> src = ids(f, "src");
        List<String> tgt = ids(f, "tgt");
        List<String> oth = ids(f, "oth");
        String place = f.has("place") ? id(f, "place", false) : null;
        Annotated.When when = when(f);
        String summary = f.str("summary", true);
        String same = f.has("same") ? id(f, "same", false) : null;
        if (trigger == null || type == null || mod == null || src == null || tgt == null || oth == null
                || summary == null || (f.has("when") && when == null)) {
            return null;
        }
        return new Annotated.Event(f.line(), id, trigger, Sentences.holding(sentences, trigger), type, mode, mod, src,
                tgt, oth, place, when, summary, same);
    }

    private Annotated.When when(JsonFields f) {
        JsonNode w = f.child("when");
        if (w == null) {
            return null;
        }
        if (!w.isObject()) {
            f.error("when", "must be {\"q\":..., \"n\":..., \"value\":...} or null");
            return null;
        }
        return whenOf(f, w);
    }

    private Annotated.When whenOf(JsonFields f, JsonNode w) {
        for (var it = w.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!WHEN.contains(name)) {
                f.error("when." + name, "unknown field; when has q, n, value");
            }
        }
        JsonNode q = w.get("q");
        JsonNode n = w.get("n");
        JsonNode value = w.get("value");
        if (q == null || !q.isTextual()) {
            f.error("when.q", "missing: quote the date expression");
            return null;
        }
        if (n != null && !n.isNull() && (!n.isInt() || n.asInt() < 1)) {
            f.error("when.n", "must be a whole number from 1, not " + n);
            return null;
        }
        if (value == null || !value.isTextual() || !JsonFields.isoPartial(value.asText())) {
            f.error("when.value", "must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not " + value);
            return null;
        }
        try {
            Span span = Quotes.place(text, q.asText(), n == null || n.isNull() ? 1 : n.asInt());
            return new Annotated.When(span, value.asText());
        } catch (Quotes.Unplaceable e) {
            f.error("when.q", e.getMessage());
            return null;
        }
    }

    private Span quote(JsonFields f, String field, String nField) {
        String q = f.str(field, true);
        Integer n = f.occurrence(nField, 1);
        if (q == null || n == null) {
            return null;
        }
        try {
            return Quotes.place(text, q, n);
        } catch (Quotes.Unplaceable e) {
            f.error(field, e.getMessage());
            return null;
        }
    }

    /** The kinds whose role names a post: "role or appointed". */
    private static String postKinds() {
        return String.join(" or ", java.util.Arrays.stream(FactKind.values()).filter(k -> k.post() != FactKind.Post.NONE)
                .map(FactKind::code).toList());
    }

    private static FactKind relation(JsonFields f) {
        String v = f.str("rel", true);
        if (v == null) {
            return null;
        }
        for (FactKind k : FactKind.values()) {
            if (k.code().equals(v)) {
                return k;
            }
        }
        f.error("rel", "'" + v + "' is not a relation: " + String.join("|",
                java.util.Arrays.stream(FactKind.values()).map(FactKind::code).toList()));
        return null;
    }

    private static EventType eventType(JsonFields f) {
        String v = f.str("type", true);
        if (v == null) {
            return null;
        }
        for (EventType t : EventType.values()) {
            if (t.name().equals(v)) {
                return t;
            }
        }
        f.error("type", "'" + v + "' is not an event type (upper case: " + String.join(" ",
                java.util.Arrays.stream(EventType.values()).map(Enum::name).toList()) + ")");
        return null;
    }

    private static String slug(JsonFields f, String field) {
        String v = f.str(field, true);
        if (v != null && !SLUG.matcher(v).matches()) {
            f.error(field, "'" + v + "' must be lower-case letters, digits, '-' or '_'");
            return null;
        }
        return v;
    }

    private static String id(JsonFields f, String field, boolean required) {
        String v = f.str(field, required);
        if (v != null && !ID.matcher(v).matches()) {
            f.error(field, "'" + v + "' is not an entity id (lower-case letters, digits and '_', e.g. "
                    + v.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + ")");
            return null;
        }
        return v;
    }

    private static List<String> ids(JsonFields f, String field) {
        List<String> v = f.strings(field);
        if (v != null && v.stream().anyMatch(x -> !ID.matcher(x).matches())) {
            f.error(field, "holds something that is not an entity id: " + v);
            return null;
        }
        return v;
    }
}
