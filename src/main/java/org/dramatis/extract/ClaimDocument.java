package org.dramatis.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * One document in the classification step ({@link ClaimClassifier}): what the steps before it found (typed mentions,
 * references), where claims go, and the services that date and qualify a claim the way the rules do. The rules read
 * its package-private state; a learned classifier reads the public side: the annotated document and its mentions,
 * {@link #eventDate} ({@link EventDates}: dates attached to the trigger, "on Tuesday" counted back from the document's
 * date, "two days later" from the story's last day), {@link #modality} and {@link #attribution} ({@link Modalities}).
 *
 * <p>The claims a classifier adds here are not seen by the rules' references, which read only the rules' own facts,
 * and their events are dated on a clock of their own: adding claims never changes what the rules find.
 */
public final class ClaimDocument {
    private final AnnotatedDocument annotated;
    final DocContext ctx;
    final RuleOutput out;
    final RuleGuard guard;
    private final DateFrame frame;
    private final List<FactClaim> addedFacts = new ArrayList<>();
    private final List<EventClaim> addedEvents = new ArrayList<>();
    /** The events list's trigger reading, made at the first learned event ({@link #triggerMode}). */
    private EventTriggers triggers;
    /** Dates the added events, reading the story in order; made at the first one. */
    private EventDates addedDates;
    /** How many sentences {@link #addedDates} has read into the story's time. */
    private int read;

    ClaimDocument(AnnotatedDocument annotated, DocContext ctx, RuleOutput out, DateFrame frame, RuleGuard guard) {
        this.annotated = annotated;
        this.ctx = ctx;
        this.out = out;
        this.frame = frame;
        this.guard = guard;
    }

    /** The annotated document as the extractor was given it. */
    public AnnotatedDocument document() {
        return annotated;
    }

    /** The actor mentions, typed, by index: what claims point at. */
    public List<ActorMention> mentions() {
        List<ActorMention> mentions = new ArrayList<>(ctx.mentions.size());
        for (int i = 0; i < ctx.mentions.size(); i++) {
            MentionFinder.Draft d = ctx.mentions.get(i);
            mentions.add(new ActorMention(i, d.text, d.type, d.sentence, d.begin, d.end, d.source));
        }
        return mentions;
    }

    /** The facts found so far, the rules' first (read-only). */
    public List<FactClaim> facts() {
        List<FactClaim> all = new ArrayList<>(out.facts.facts);
        all.addAll(addedFacts);
        return Collections.unmodifiableList(all);
    }

    /** The events found so far, the rules' first (read-only). */
    public List<EventClaim> events() {
        List<EventClaim> all = new ArrayList<>(out.events());
        all.addAll(addedEvents);
        return Collections.unmodifiableList(all);
    }

    /**
     * Adds a fact the classifier found.
     *
     * @throws IllegalArgumentException when it names a sentence or a mention the document does not have
     */
    public void addFact(FactClaim fact) {
        checkSentence(fact.sentence(), "fact");
        checkMention(fact.subject(), "subject of a fact");
        if (fact.object() >= 0) {
            checkMention(fact.object(), "object of a fact");
        }
        addedFacts.add(fact);
    }

    /**
     * Adds an event the classifier found.
     *
     * @throws IllegalArgumentException when it names a sentence or a mention the document does not have
     */
    public void addEvent(EventClaim event) {
        checkSentence(event.sentence(), "event");
        event.participants().forEach(p -> checkMention(p.mention(), "participant of an event"));
        addedEvents.add(event);
    }

    /**
     * Replaces each fact found so far with what {@code revision} makes of it (a score, say); null drops it. Call it
     * after the rules have run on the whole document. A revision that throws on a fact leaves that fact as it was and
     * is kept as a failure of {@code step} in the fact's sentence, as a rule's is ({@link RuleGuard}).
     */
    public void reviseFacts(String step, UnaryOperator<FactClaim> revision) {
        UnaryOperator<FactClaim> safe = guarded(step, FactClaim::sentence, revision);
        out.facts.revise(safe);
        addedFacts.replaceAll(safe);
        addedFacts.removeIf(Objects::isNull);
    }

    /**
     * Replaces each event found so far with what {@code revision} makes of it; null drops it. Call it after the rules
     * have run on the whole document. A revision that throws on an event leaves that event as it was (see
     * {@link #reviseFacts}).
     */
    public void reviseEvents(String step, UnaryOperator<EventClaim> revision) {
        UnaryOperator<EventClaim> safe = guarded(step, EventClaim::sentence, revision);
        out.events().replaceAll(safe);
        out.events().removeIf(Objects::isNull);
        addedEvents.replaceAll(safe);
        addedEvents.removeIf(Objects::isNull);
    }

    /**
     * Runs one step of the classifier on one sentence so that an exception inside it costs only that step's output for
     * that sentence, not the document's claims: the claims the step had added are taken back, and the failure is
     * logged and kept with the document's rule failures ({@link Extraction#failures}). Returns whether it succeeded.
     */
    public boolean guarded(String step, int sentence, Runnable body) {
        int facts = addedFacts.size();
        int events = addedEvents.size();
        return guard.run(step, sentence, body, () -> {
            addedFacts.subList(facts, addedFacts.size()).clear();
            addedEvents.subList(events, addedEvents.size()).clear();
        });
    }

    /** {@code revision}, leaving a claim it throws on as it was and recording the failure. */
    private <C> UnaryOperator<C> guarded(String step, ToIntFunction<C> sentence, UnaryOperator<C> revision) {
        return claim -> {
            List<C> revised = new ArrayList<>(1);
            revised.add(claim);
            guard.run(step, sentence.applyAsInt(claim), () -> revised.set(0, revision.apply(claim)), () -> revised.set(0, claim));
            return revised.get(0);
        };
    }

    /**
     * The date of an event the classifier adds, as the rules would give it ({@link EventDates}), remembered so that
     * later events can count from it. Call it for the events you add, in sentence order.
     *
     * @param sentence     the event's sentence
     * @param token        its trigger token in that sentence
     * @param actor        its actor mention, or -1
     * @param participants its participants' mentions
     * @param typeAt       the type of the event another token of the sentence names ("after the raid"), or null
     * @return an ISO date (a year, a month or a day), or null when the text gives none
     * @throws IllegalArgumentException for a sentence or token the document does not have, or a sentence before the
     *                                  last one dated
     */
    public String eventDate(int sentence, int token, EventType type, int actor, Collection<Integer> participants,
                            IntFunction<EventType> typeAt) {
        SentenceView v = view(sentence, token, "event");
        if (addedDates == null) {
            addedDates = frame.eventDates();
        }
        if (sentence < read) {
            throw new IllegalArgumentException("events are dated in sentence order: sentence " + sentence
                    + " after sentence " + read);
        }
        while (read < sentence) {
            addedDates.read(ctx.views.get(read++));
        }
        EventDates.Dated dated = addedDates.dateOf(v, ctx, token, type, actor, participants, typeAt == null ? t -> null : typeAt);
        addedDates.remember(v, ctx, type, actor, participants, dated.remembered());
        return dated.iso();
    }

    /** How the sentence states the claim whose trigger is {@code token} (negated, denied, alleged, hypothetical or asserted). */
    public Modality modality(int sentence, int token) {
        return Modalities.of(view(sentence, token, "modality"), ctx, token);
    }

    /**
     * The mode the events list gives the trigger word at {@code token} when it names an event of {@code type} there
     * ("dismissed": a dismissal), else null, so a learned event is told apart as the rules' events are.
     */
    public String triggerMode(int sentence, int token, EventType type) {
        if (triggers == null) {
            triggers = new EventTriggers(ctx.lex.events(), ctx.lex.titles());
        }
        Lexicons.EventTrigger t = triggers.at(view(sentence, token, "event mode"), ctx, token);
        return t != null && t.type() == type && !t.mode().isEmpty() ? t.mode() : null;
    }

    /** Who the sentence gives as the source of the claim at {@code token} ("X said that ..."), or null. */
    public String attribution(int sentence, int token) {
        return Modalities.attribution(view(sentence, token, "attribution"), ctx, token);
    }

    /** What the steps found, in the order the claims were added. */
    Extraction extraction() {
        return new Extraction(mentions(), facts(), events(), guard.failures());
    }

    private SentenceView view(int sentence, int token, String what) {
        checkSentence(sentence, what);
        SentenceView v = ctx.views.get(sentence);
        if (token < 0 || token >= v.size()) {
            throw new IllegalArgumentException(what + " at token " + token + " of sentence " + sentence + ", which has "
                    + v.size() + " tokens");
        }
        return v;
    }

    private void checkSentence(int sentence, String what) {
        if (sentence < 0 || sentence >= ctx.views.size()) {
            throw new IllegalArgumentException(what + " in sentence " + sentence + " of a document of "
                    + ctx.views.size() + " sentences");
        }
    }

    private void checkMention(int mention, String what) {
        if (mention < 0 || mention >= ctx.mentions.size()) {
            throw new IllegalArgumentException(what + " names mention " + mention + " of a document of "
                    + ctx.mentions.size() + " mentions");
        }
    }
}
