package org.dramatis.extract;

import java.io.Serializable;
import java.util.List;

/**
 * Everything extraction found in one document: the actor mentions and the claims that point at them by index, and the
 * rules that failed on some sentence (their output for that sentence is missing, the rest is whole).
 */
public record Extraction(List<ActorMention> mentions, List<FactClaim> facts, List<EventClaim> events,
                         List<RuleFailure> failures) implements Serializable {
    public Extraction(List<ActorMention> mentions, List<FactClaim> facts, List<EventClaim> events) {
        this(mentions, facts, events, List.of());
    }

    public Extraction {
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        events = List.copyOf(events);
        failures = List.copyOf(failures);
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).index() != i) {
                throw new IllegalArgumentException("mention at position " + i + " has index " + mentions.get(i).index());
            }
        }
    }
}
