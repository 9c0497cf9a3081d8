package org.dramatis.eval;

import java.util.List;

/**
 * A gold standard for a few documents: the actors they name with every surface spelling, the facts they state and the
 * events they report. Document ids are stored names without extension ("001" for 001.txt, "feed#2" for feed.xml#2).
 * Read one with {@link GoldReader#read}.
 */
public record Gold(List<Actor> entities, List<Fact> facts, List<Event> events) {
    public Gold {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        events = List.copyOf(events);
    }

    /** A gold actor: {@code type} is the gold label ("Person", "Organization", "Country", "City"). */
    public record Actor(String id, String type, List<String> names, List<String> docs) {
        public Actor {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("gold actor needs an id");
            }
            if (names == null || names.isEmpty()) {
                throw new IllegalArgumentException("gold actor '" + id + "' has no names");
            }
            names = List.copyOf(names);
            docs = List.copyOf(docs);
        }
    }

    /**
     * A gold relation {@code s rel o}: {@code rel} is a fact kind code ("role", "part_of"); {@code o} may be null when
     * {@code value} carries a literal (a birth year). {@code role}, {@code start}, {@code end}, {@code value} are optional.
     */
    public record Fact(String s, String rel, String o, String role, String start, String end, String value, List<String> docs) {
        public Fact {
            if (s == null || rel == null) {
                throw new IllegalArgumentException("gold fact needs s and rel");
            }
            if (o == null && value == null) {
                throw new IllegalArgumentException("gold fact " + s + " " + rel + " needs o or value");
            }
            docs = List.copyOf(docs);
        }

        /** "kadhimi role iraq (prime minister) from 2020-05", for reports. */
        public String describe() {
            return s + " " + rel + " " + (o != null ? o : value) + (role != null ? " (" + role + ")" : "")
                    + (start != null ? " from " + start : "") + (end != null ? " to " + end : "");
        }
    }

    /**
     * A gold event: {@code type} is an event type or alternatives separated by "/" ("ASSAULT/ARREST"); besides the
     * {@link org.dramatis.model.EventType} names it may say ARREST, RAID or VISIT. {@code date} and {@code place} may be null.
     */
    public record Event(String id, String type, String date, List<String> involved, String place, List<String> docs) {
        public Event {
            if (id == null || type == null) {
                throw new IllegalArgumentException("gold event needs id and type");
            }
            involved = List.copyOf(involved);
            docs = List.copyOf(docs);
        }

        public String describe() {
            return id + ": " + type + (date != null ? " on " + date : "") + " involving " + String.join(", ", involved);
        }
    }
}
