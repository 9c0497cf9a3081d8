package org.dramatis.extract;

import java.util.List;

/** Everything extraction found in one document: the actor mentions and the claims that point at them by index. */
public record Extraction(List<ActorMention> mentions, List<FactClaim> facts, List<EventClaim> events) {
    public Extraction {
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        events = List.copyOf(events);
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).index() != i) {
                throw new IllegalArgumentException("mention at position " + i + " has index " + mentions.get(i).index());
            }
        }
    }
}
