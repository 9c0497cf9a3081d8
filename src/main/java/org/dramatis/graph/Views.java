package org.dramatis.graph;

import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;

/** Read-model records the store answers with; the web, CLI, export and eval all read through these. */
public final class Views {
    private Views() {
    }

    /**
     * A stored document without its text. {@code published} is ISO partial or null; {@code datePrecision} DAY, MONTH or
     * YEAR; {@code dateSource} where the date comes from: "user", "file", "byline" or "text" (inferred from the dates
     * the text states), null when unknown.
     */
    public record DocumentSummary(long id, String name, String title, String outlet, String url, String published,
                                  String datePrecision, String dateSource, String language, int tokens) {
    }

    /** A stored document with its text. */
    public record DocumentText(DocumentSummary summary, String text) {
    }

    /** A sentence of a document with its character offsets in the document text. */
    public record SentenceRow(int index, int begin, int end, String text) {
    }

    /** An actor with its mention and document counts. */
    public record ActorSummary(long id, String name, ActorType type, int mentions, int documents) {
    }

    /** One spelling of an actor and how often it occurs. */
    public record NameCount(String name, int count) {
    }

    /** Everything known about one actor apart from its relations. */
    public record ActorDetail(ActorSummary actor, List<NameCount> names, List<String> reasons, List<String> outlets) {
        public ActorDetail {
            names = List.copyOf(names);
            reasons = List.copyOf(reasons);
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * The sentence behind a fact or event, in its document; {@code claimId} identifies the claim for corrections;
     * {@code confidence} is the probability the models gave this report (null: not scored).
     */
    public record Evidence(long claimId, long documentId, String documentName, String title, String outlet, String url, String published,
                           int sentenceIndex, String sentence, int begin, int end, Modality modality, String attribution,
                           Double confidence) {
        public Evidence(long claimId, long documentId, String documentName, String title, String outlet, String url,
                        String published, int sentenceIndex, String sentence, int begin, int end, Modality modality,
                        String attribution) {
            this(claimId, documentId, documentName, title, outlet, url, published, sentenceIndex, sentence, begin, end,
                    modality, attribution, null);
        }
    }

    /** The highest of some probabilities, null when none is known: a fact is as certain as its most certain report. */
    public static Double highest(java.util.stream.Stream<Double> probabilities) {
        return probabilities.filter(java.util.Objects::nonNull).max(Double::compare).orElse(null);
    }

    /** An actor mention in a document, with the entity it was resolved to (null when unresolved). */
    public record MentionRow(long documentId, String documentName, int index, int sentence, int begin, int end, String text,
                             ActorType type, Long entityId, String entityName) {
    }

    /**
     * A relation between two actors, merged over all claims that state it: one fact, several pieces of evidence.
     * {@code objectId} is null for facts with a literal object only (a birth year). {@code evidenceCount} is the number
     * of claims behind the fact; {@code evidence} holds all of them or, where a caller asked for a page, the first few.
     * {@code confidence} is the highest probability the models gave any of its claims (null: none was scored).
     */
    public record Fact(String key, FactKind kind, long subjectId, String subjectName, Long objectId, String objectName,
                       String role, String value, String start, String end, Modality modality, List<Evidence> evidence,
                       int evidenceCount, Double confidence) {
        public Fact {
            evidence = List.copyOf(evidence);
            if (evidenceCount < evidence.size()) {
                throw new IllegalArgumentException("fact " + key + " has " + evidence.size() + " pieces of evidence but a count of "
                        + evidenceCount);
            }
        }

        /** A fact carrying all its evidence, as certain as its most certain piece. */
        public Fact(String key, FactKind kind, long subjectId, String subjectName, Long objectId, String objectName,
                    String role, String value, String start, String end, Modality modality, List<Evidence> evidence) {
            this(key, kind, subjectId, subjectName, objectId, objectName, role, value, start, end, modality, evidence,
                    evidence.size(), highest(evidence.stream().map(Evidence::confidence)));
        }

        /** This fact carrying only {@code shown} (all of its evidence as far as the caller is concerned). */
        public Fact withEvidence(List<Evidence> shown) {
            return new Fact(key, kind, subjectId, subjectName, objectId, objectName, role, value, start, end, modality,
                    shown, shown.size(), confidence);
        }

        /** Distinct outlets (or documents, when the outlet is unknown) among the evidence carried. */
        public long sourceCount() {
            return evidence.stream().map(e -> e.outlet() != null ? e.outlet() : "doc:" + e.documentId()).distinct().count();
        }
    }

    /** A page of the evidence behind one fact or event: {@code total} pieces in all, these from {@code offset}. */
    public record EvidencePage(String key, int total, int offset, List<Evidence> evidence) {
        public EvidencePage {
            evidence = List.copyOf(evidence);
        }
    }

    /** An actor's part in an event. */
    public record Participant(long actorId, String name, ActorType type, String role) {
    }

    /**
     * A real-world event merged over the reports of it. {@code evidenceCount} is the number of reports;
     * {@code evidence} holds all of them or, where a caller asked for a page, the first few. {@code confidence} is the
     * highest probability the models gave any report (null: none was scored).
     */
    public record Event(String key, EventType type, String mode, String date, String place, String summary,
                        List<Participant> participants, List<Evidence> evidence, int evidenceCount, Double confidence) {
        public Event {
            participants = List.copyOf(participants);
            evidence = List.copyOf(evidence);
            if (evidenceCount < evidence.size()) {
                throw new IllegalArgumentException("event " + key + " has " + evidence.size() + " reports but a count of "
                        + evidenceCount);
            }
        }

        /** An event carrying all its reports, as certain as its most certain one. */
        public Event(String key, EventType type, String mode, String date, String place, String summary,
                     List<Participant> participants, List<Evidence> evidence) {
            this(key, type, mode, date, place, summary, participants, evidence, evidence.size(),
                    highest(evidence.stream().map(Evidence::confidence)));
        }

        /** This event carrying only the reports {@code shown}. */
        public Event withEvidence(List<Evidence> shown) {
            return new Event(key, type, mode, date, place, summary, participants, shown, shown.size(), confidence);
        }
    }

    /** Corpus counts for the home page and {@code stats}. */
    public record Stats(int documents, int sentences, int tokens, int mentions, int actors, int facts, int events,
                        int decisions) {
    }

    /**
     * A rejected fact or event: {@code table} is fact_claim or event_claim, {@code what} says it in words, with the
     * first claim's sentence and document; {@code claimIds} are every claim the rejection covered.
     */
    public record Rejected(String table, String what, String sentence, long documentId, int sentenceIndex,
                           String documentTitle, List<Long> claimIds, String rejectedBy) {
    }
}
