package org.dramatis.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;

/**
 * One annotated article with every quote placed: the text ({@code doc-id.txt}, first line the headline) and what its
 * {@code doc-id.ann.jsonl} says about it. Every record keeps the line of the annotation file it came from. Load one with
 * {@link AnnotationLoader#load}.
 */
public record Annotated(Path txt, Path ann, String docId, String text, Doc doc, List<Entity> entities,
        List<Mention> mentions, List<Fact> facts, List<Event> events, List<Span> sentences) {
    public Annotated {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(doc, "doc");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        events = List.copyOf(events);
        sentences = List.copyOf(sentences);
    }

    /** The first line of the file: who wrote the article, about which country, in which style. */
    public record Doc(int line, String author, String country, Style style, String published, String outlet) {
    }

    /** An actor the text names; {@code id} is the same for the same actor in every article of the corpus. */
    public record Entity(int line, String id, EntityType type, String name) {
    }

    /** One span of text naming entity {@code entity}. */
    public record Mention(int line, String entity, Span span) {
    }

    /**
     * A relation {@code s rel o} the sentence holding {@code evidence} states. {@code o} is null only for {@code born}
     * without a place; {@code role} is set for {@code role} (and may be for {@code appointed}).
     */
    public record Fact(int line, FactKind rel, String s, String o, String role, Qualifier qual, String start,
            String end, CorpusModality mod, Span evidence, int sentence) {
    }

    /** A date expression quoted from the text and its ISO value ("2023-04-15", "2023-04" or "2023"). */
    public record When(Span span, String value) {
    }

    /**
     * An event: its trigger span, PLOVER type and mode, modality, participants by role (source, target, others), place
     * entity, date and one-line summary. {@code same} names the event this one reports again in the same article.
     */
    public record Event(int line, String id, Span trigger, int sentence, EventType type, String mode,
            CorpusModality mod, List<String> src, List<String> tgt, List<String> oth, String place, When when,
            String summary, String same) {
        public Event {
            src = List.copyOf(src);
            tgt = List.copyOf(tgt);
            oth = List.copyOf(oth);
        }

        /** Every participant once, sources first. */
        public List<String> involved() {
            return java.util.stream.Stream.of(src, tgt, oth).flatMap(List::stream).distinct().toList();
        }
    }

    /** The split folder the article sits in ("train", "dev", "test"), or null when it is outside a corpus tree. */
    public String split() {
        Path country = ann.toAbsolutePath().getParent();
        Path split = country == null ? null : country.getParent();
        String name = split == null || split.getFileName() == null ? null : split.getFileName().toString();
        return Authors.SPLITS.contains(name) ? name : null;
    }

    /** The entity with this id, or null. */
    public Entity entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** The text of the first mention of entity {@code id}, or its name when it has none. */
    public String firstMention(String id) {
        return mentions.stream().filter(m -> m.entity().equals(id)).findFirst().map(m -> m.span().of(text))
                .orElseGet(() -> entity(id) == null ? id : entity(id).name());
    }
}
