package org.dramatis.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the rules put what they find in one document: facts go to the {@link FactSink} (which drops duplicates), events
 * to a list, dated by {@link EventDates}, with the participants of each arrest or raid (for a later release that names
 * nobody). A rule that fails on a sentence has its additions there taken back ({@link #mark()}, {@link #rollback}).
 */
final class RuleOutput {
    final FactSink facts;
    private final List<EventClaim> events = new ArrayList<>();
    /** The participants of each arrest or raid with a target found so far, in order, by the mentions that name them. */
    private final List<Map<Integer, String>> detentions = new ArrayList<>();
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

    /**
     * Records the participants of an arrest or raid that took someone (role "target"), by the mentions that name them
     * and in the order found, for a later release that names nobody.
     */
    void detained(Map<Integer, String> participants) {
        detentions.add(Collections.unmodifiableMap(new LinkedHashMap<>(participants)));
    }

    /** The participants of the latest arrest or raid recorded so far (read-only), or null when there was none. */
    Map<Integer, String> lastDetained() {
        return detentions.isEmpty() ? null : detentions.get(detentions.size() - 1);
    }

    /** How much has been found so far, to pass to {@link #rollback}. */
    Mark mark() {
        return new Mark(facts.mark(), events.size(), detentions.size());
    }

    /** Drops the facts, events and detentions added since {@code mark}. */
    void rollback(Mark mark) {
        facts.rollback(mark.facts());
        events.subList(mark.events(), events.size()).clear();
        detentions.subList(mark.detentions(), detentions.size()).clear();
    }

    /** How many facts, events and detentions there were at some point. */
    record Mark(int facts, int events, int detentions) {
    }
}
