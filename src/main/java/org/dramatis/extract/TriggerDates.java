package org.dramatis.extract;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.dramatis.model.EventType;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;

/**
 * The date a trigger's own sentence gives it ({@link EventDates} tries the story's other clues around these): the one
 * the parse attaches to it, else the nearest one that describes no one and nothing else.
 */
final class TriggerDates {
    /** How a year that names a thing hangs on the thing's noun ("the 1948 Genocide Convention", "its 2015 charter"). */
    private static final Set<String> THING_YEAR = Set.of("compound", "amod", "nummod");
    /** How many tokens from its trigger a date may stand when the parse does not attach it. */
    private static final int NEAR_DATE = 8;

    private TriggerDates() {
    }

    /**
     * The date the parse hangs on the trigger: on the trigger itself, on the date a clause describes ("until 29 August
     * 2003, when a car bomb killed him"), on a noun's relative clause ("a curfew the government imposed on Friday"), on
     * the verb the trigger is the object or subject of, or on the word it is conjoined with; null when none.
     */
    static EntityMention attached(SentenceView v, int i) {
        EntityMention m = v.dateOf(i);
        int h = v.head(i);
        if (m == null && h >= 0 && v.dateAt[h] != null && (v.relationToHead(i).startsWith("acl") || v.relationToHead(i).startsWith("advcl"))) {
            // "until 29 August 2003, when a car bomb killed him": a clause that describes a date happened on it.
            m = v.dateAt[h];
        }
        if (m == null && v.isNoun(i)) {
            for (int r : Syntax.relativeClauses(v, i)) {
                // "a curfew that the government imposed on Friday night"
                m = m == null ? v.dateOf(r) : m;
            }
        }
        if (m == null) {
            int noun = v.governor(i, "compound");
            int gov = v.governor(noun >= 0 ? noun : i, "obj", "nsubj", "nsubj:pass");
            m = v.dateOf(gov);
        }
        for (Dependency d : v.parents(i)) {
            if (m == null && (d.relation().startsWith("conj") || d.relation().equals("dep")) && d.governor() >= 0) {
                m = v.dateOf(d.governor());
            }
        }
        return m;
    }

    /**
     * No date hangs on the trigger: the sentence's only date, or the nearest one within a short clause. A date inside
     * a relative clause or an apposition the trigger is not in describes someone ("X, who has led Y since 2018, is
     * accused of ...", "X, a minister in 2010, said ..."), as does one saying since when someone is what a noun says
     * ("rivals since 2003").
     */
    static EntityMention nearest(SentenceView v, int i, IntFunction<EventType> typeAt) {
        boolean[] aside = new boolean[v.size()];
        for (EntityMention em : v.sentence.mentions()) {
            // "detained the officer who shot X, whose killing a year ago ...": a date on another event word is its date.
            int root = "DATE".equals(em.tag()) ? Syntax.spanRoot(v, em) : -1;
            int head = root >= 0 ? v.head(root) : -1;
            EventType other = head >= 0 && head != i ? typeAt.apply(head) : null;
            boolean otherEvents = other != null && other != typeAt.apply(i) && v.relationToHead(root).startsWith("obl")
                    && (v.isNoun(head) || v.pos(head).equals("VBG")) && !v.isNoun(i) && !Syntax.relativeClauses(v, head).contains(i) && v.head(head) != i;
            // "The United States and Iran, rivals since 2003, both welcomed the vote": since when someone is what a noun
            // says is no date of the deed.
            boolean sinceOfNoun = head >= 0 && head != i && other == null && v.relationToHead(root).equals("nmod:since")
                    && v.isNoun(head);
            // "accusing Myanmar of breaking the 1948 Genocide Convention": a year that names a thing (no event word)
            // dates the thing, not the deed.
            boolean namesThing = head >= 0 && head != i && other == null && v.isNoun(head)
                    && THING_YEAR.contains(v.relationToHead(root)) && em.text().strip().matches("\\d{4}");
            if (otherEvents || sinceOfNoun || namesThing) {
                for (int t = em.tokenBegin(); t < em.tokenEnd(); t++) {
                    aside[t] = true;
                }
            }
        }
        for (int t = 0; t < v.size(); t++) {
            int subject = v.first(t, "nsubj", "nsubj:pass");
            boolean relative = v.relationToHead(t).equals("acl:relcl") || subject >= 0 && v.pos(subject).startsWith("W");
            // A date inside an apposition the trigger is not in describes the one it is apposed to, as a relative
            // clause's does ("X, a minister in 2010, said ...").
            boolean apposed = v.relationToHead(t).equals("appos") && v.dateAt[t] == null;
            if (relative || apposed) {
                List<Integer> clause = Syntax.relativeClause(v, t);
                if (!clause.contains(i)) {
                    clause.forEach(c -> aside[c] = true);
                }
            }
        }
        EntityMention nearest = null;
        int best = Integer.MAX_VALUE;
        int count = 0;
        for (EntityMention em : v.sentence.mentions()) {
            if ("DATE".equals(em.tag()) && em.normalized() != null && !em.normalized().contains("REF")
                    && !aside[Math.max(0, Math.min(v.size() - 1, em.tokenBegin()))]) {
                int distance = em.tokenBegin() > i ? em.tokenBegin() - i : i - em.tokenEnd() + 1;
                count++;
                if (distance < best) {
                    best = distance;
                    nearest = em;
                }
            }
        }
        return count == 1 || best <= NEAR_DATE ? nearest : null;
    }
}
