package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the rules put what they find in one document: facts go to the {@link FactSink} (which drops duplicates), events
 * to a list, dated by {@link EventDates}. A rule that fails on a sentence has its additions there taken back
 * ({@link #mark()}, {@link #rollback}).
 */
final class RuleOutput {
    final FactSink facts;
    private final List<EventClaim> events = new ArrayList<>();
    final EventDates eventDates;
    private String rule;

    RuleOutput(FactSink facts, EventDates eventDates) {
        this.facts = facts;
        this.eventDates = eventDates;
    }

    /** Names the rule that what is added from now on comes from; each claim records it. */
    void running(String id) {
        rule = id;
        facts.running(id);
    }

    /** Adds an event the running rule found. */
    void add(EventClaim event) {
        events.add(event.withRule(rule));
    }

    /** The events found so far. */
    List<EventClaim> events() {
        return events;
    }

    /** How much has been found so far, to pass to {@link #rollback}. */
    Mark mark() {
        return new Mark(facts.mark(), events.size());
    }

    /** Drops the facts and events added since {@code mark}. */
    void rollback(Mark mark) {
        facts.rollback(mark.facts());
        events.subList(mark.events(), events.size()).clear();
    }

    /** How many facts and events there were at some point. */
    record Mark(int facts, int events) {
    }
}
