package org.dramatis.search;

import java.util.List;
import java.util.Objects;

/**
 * What a search found: matching actors (best spelling match first) and matching documents (most relevant first).
 * Both lists are empty for a blank or unusable query.
 */
public record SearchResults(List<ActorHit> actors, List<DocumentHit> documents) {
    public SearchResults {
        actors = List.copyOf(actors);
        documents = List.copyOf(documents);
    }

    /** No actors, no documents. */
    public static SearchResults empty() {
        return new SearchResults(List.of(), List.of());
    }

    /**
     * An actor whose name or one of whose spellings matches. {@code matched} is the spelling closest to the query and
     * {@code matchedBy} how it matches; {@code score} is higher for an exact spelling, then one holding every query
     * word, then a transliteration of it, then a prefix, then a similar spelling (a few letters apart).
     */
    public record ActorHit(long id, String name, String type, String matched, MatchKind matchedBy, float score) {
        public ActorHit {
            Objects.requireNonNull(name, "actor " + id + " has no name");
            Objects.requireNonNull(matchedBy, "how actor " + id + " matched");
        }
    }

    /** How an actor's spelling matches the query, strongest first. */
    public enum MatchKind {
        /** The spelling is the query, up to case, accents and a leading article ("al-"). */
        EXACT,
        /** The spelling holds every word of the query. */
        WORDS,
        /** Each query word is spelled another way in it: same consonant skeleton ("Kadhimi" for "Kazimi"). */
        TRANSLITERATION,
        /** The spelling, or a word of it, starts with what was typed. */
        PREFIX,
        /** The spelling is a few letters from the query (edit distance), with a different skeleton. */
        SIMILAR
    }

    /**
     * A matching document. {@code snippet} is a window of about 200 characters of its text around the best cluster of
     * matched words, as parts in text order: render each part's text escaped and mark those with {@code hit} true.
     * {@code title}, {@code outlet} and {@code published} may be null.
     */
    public record DocumentHit(long id, String title, String outlet, String published, List<Part> snippet, float score) {
        public DocumentHit {
            snippet = List.copyOf(snippet);
        }
    }

    /** A run of snippet text; {@code hit} marks a word that matched the query. */
    public record Part(String text, boolean hit) {
        public Part {
            Objects.requireNonNull(text, "snippet part text");
        }
    }
}
