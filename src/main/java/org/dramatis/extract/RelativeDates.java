package org.dramatis.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.nlp.EntityMention;

/**
 * Dates a sentence gives only against another point in the story: "a week after the raid" (a span before "after" or
 * "before"), "that day" or "the same day" (the last day the text named), and the day a span points at from the other
 * side of "after" ("released on Sunday, a day after police detained her": the detention is the Saturday). Reads the
 * sentence's DURATION mentions as SUTime gives them (P1D, P2W, P1M, P1Y); an approximate span ("almost two months
 * after") dates nothing.
 */
final class RelativeDates {
    private static final Pattern SPAN = Pattern.compile("P(\\d+)([DWMY])");
    private static final Set<String> SAME = Set.of("that", "same");
    /** Words that make a span approximate ("almost two months after"): no date can be counted from it. */
    private static final Set<String> HEDGES = Set.of("almost", "nearly", "about", "around", "some", "over", "roughly");

    private RelativeDates() {
    }

    /** A span and the "after" or "before" right behind it: "[a week] after ...". */
    record Offset(EntityMention span, int pivot, long amount, char unit, boolean after) {
        /** {@code iso} moved by the span, forward after and backward before ({@code towards} false reverses). */
        String from(String iso, boolean towards) {
            if (iso == null || iso.length() < (unit == 'Y' ? 4 : unit == 'M' ? 7 : 10)) {
                return null;
            }
            long n = after == towards ? amount : -amount;
            try {
                return switch (unit) {
                    case 'Y' -> String.valueOf(Integer.parseInt(iso.substring(0, 4)) + n);
                    case 'M' -> LocalDate.parse(iso.substring(0, 7) + "-01").plusMonths(n).toString().substring(0, 7);
                    case 'W' -> LocalDate.parse(iso).plusWeeks(n).toString();
                    default -> LocalDate.parse(iso).plusDays(n).toString();
                };
            } catch (DateTimeParseException | NumberFormatException e) {
                return null;
            }
        }
    }

    /** The span-and-"after" in the sentence, or null. */
    static Offset offset(SentenceView v) {
        for (EntityMention m : v.sentence.mentions()) {
            if (!"DURATION".equals(m.tag()) || m.normalized() == null || m.tokenEnd() >= v.size()) {
                continue;
            }
            String word = v.lower(m.tokenEnd());
            Matcher p = SPAN.matcher(m.normalized());
            boolean hedged = m.tokenBegin() > 0 && HEDGES.contains(v.lower(m.tokenBegin() - 1))
                    || HEDGES.stream().anyMatch(h -> m.text().toLowerCase(java.util.Locale.ROOT).startsWith(h + " "));
            if ((word.equals("after") || word.equals("before")) && p.matches() && !hedged) {
                return new Offset(m, m.tokenEnd(), Long.parseLong(p.group(1)), p.group(2).charAt(0), word.equals("after"));
            }
        }
        return null;
    }

    /** Whether the trigger's sentence says "that day" or "the same day" about it. */
    static boolean sameDay(SentenceView v, int i) {
        for (int t = 1; t < v.size(); t++) {
            if (v.lemma(t).equals("day") && SAME.contains(v.lower(t - 1)) && (v.head(t) == i || v.head(t) == v.head(i))) {
                return true;
            }
        }
        return false;
    }

    /** The last date named before token {@code t} in the sentence that normalizes to one, or null. */
    static EntityMention dateBefore(SentenceView v, int t, DateNormalizer dates, LocalDate documentDate) {
        EntityMention last = null;
        for (EntityMention m : v.sentence.mentions()) {
            if ("DATE".equals(m.tag()) && m.tokenEnd() <= t && dates.normalizeMention(m, documentDate) != null) {
                last = m;
            }
        }
        return last;
    }

    /**
     * Whether every verb of the sentence is a past form (simple past or participle) and none is in the present, the
     * future or a modal's: a sentence that looks back only ("a resolution adopted on Jan. 5, two days after a strike
     * killed him").
     */
    static boolean toldInPastOnly(SentenceView v) {
        boolean past = false;
        for (int t = 0; t < v.size(); t++) {
            String pos = v.pos(t);
            if (pos.equals("MD") || pos.equals("VBP") || pos.equals("VBZ")) {
                return false;
            }
            past |= pos.equals("VBD") || pos.equals("VBN");
        }
        return past;
    }

    /**
     * Whether the event at {@code i} is told in the past: the nearest verb at or above it is in the past tense or has a
     * past auxiliary ("raided", "was shot", "had met"), so a yearless date must lie before the article.
     */
    static boolean toldInPast(SentenceView v, int i) {
        int t = i;
        for (int depth = 0; t >= 0 && !v.isVerb(t) && depth < 3; depth++) {
            t = v.head(t);
        }
        if (t < 0 || !v.isVerb(t)) {
            return false;
        }
        if (v.pos(t).equals("VBD")) {
            return true;
        }
        return v.pos(t).equals("VBN") && (v.hasChildLemma(t, "aux", "have") || v.hasChildLemma(t, "aux:pass", "be"))
                && v.children(t).stream().anyMatch(d -> d.relation().startsWith("aux") && v.pos(d.dependent()).equals("VBD"));
    }
}
