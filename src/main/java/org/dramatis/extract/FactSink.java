package org.dramatis.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.EntityMention;

/** Collects fact claims for one document, dropping self-relations and exact duplicates. */
final class FactSink {
    final List<FactClaim> facts = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** The dedup key of each fact in {@link #facts}, in the same order, so that a failed rule's facts can be undone. */
    private final List<String> keys = new ArrayList<>();
    private final DateNormalizer dates;
    private final LocalDate documentDate;
    private final List<FactClaim> known = java.util.Collections.unmodifiableList(facts);
    /** The rule whose facts are being added, recorded in each. */
    private String rule;

    FactSink(DateNormalizer dates, LocalDate documentDate) {
        this.dates = dates;
        this.documentDate = documentDate;
    }

    /** The facts found so far, read-only: what references and later rules may read. */
    List<FactClaim> known() {
        return known;
    }

    /** Names the rule that the facts added from now on come from. */
    void running(String id) {
        rule = id;
    }

    /** How many facts there are now: pass it to {@link #rollback} to undo what was added after. */
    int mark() {
        return facts.size();
    }

    /** Replaces each fact with what {@code revision} makes of it; null drops it (and its dedup key with it). */
    void revise(java.util.function.UnaryOperator<FactClaim> revision) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            FactClaim f = revision.apply(facts.get(i));
            if (f == null) {
                facts.remove(i);
                keys.remove(i);
            } else {
                facts.set(i, f);
            }
        }
    }

    /** Drops the facts added since {@code mark}, so that they can be found again. */
    void rollback(int mark) {
        while (facts.size() > mark) {
            facts.remove(facts.size() - 1);
            seen.remove(keys.remove(keys.size() - 1));
        }
    }

    String start(EntityMention date) {
        return date == null ? null : dates.normalizeMention(date, documentDate);
    }

    String end(EntityMention date) {
        return date == null ? null : dates.rangeEnd(date.normalized(), documentDate);
    }

    void add(FactKind kind, int subject, int object, String role, String value, EntityMention date, SentenceView v,
             int trigger, DocContext ctx) {
        add(kind, subject, object, role, value, start(date), end(date), v, trigger, ctx);
    }

    void add(FactKind kind, int subject, int object, String role, String value, String start, String end, SentenceView v,
             int trigger, DocContext ctx) {
        subject = ctx.canonical(subject);
        object = ctx.canonical(object);
        if (subject < 0 || subject == object) {
            return;
        }
        if (object >= 0 && ctx.mentions.get(subject).type == org.dramatis.model.ActorType.PERSON
                && ctx.mentions.get(object).type == org.dramatis.model.ActorType.ORGANIZATION) {
            // A person is no part of a body but a member of it, whichever rule found the link.
            kind = java.util.Objects.requireNonNullElse(
                    kind.between(org.dramatis.model.ActorType.PERSON, org.dramatis.model.ActorType.ORGANIZATION), kind);
        }
        String key = kind + "|" + subject + "|" + object + "|" + role + "|" + v.sentence.index();
        if (!seen.add(key)) {
            return;
        }
        Modality modality = trigger >= 0 ? Modalities.of(v, ctx, trigger) : Modality.ASSERTED;
        keys.add(key);
        facts.add(new FactClaim(kind, subject, object, role, value, start, end, modality, v.sentence.index(),
                Modalities.attribution(v, ctx, trigger), null, rule));
    }
}
