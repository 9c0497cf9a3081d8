package org.dramatis.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dramatis.graph.EventQueries.Report;
import org.dramatis.graph.Views.Participant;
import org.dramatis.model.ActorType;

/**
 * When reports tell one event: the same type, a participant in common (or, with no
 * participants on either side, the same place) and no person on each side that the other lacks, places that do not
 * differ, and compatible dates. Two dates are compatible when one may stand for
 * the other ("2020-06" and "2020-06-25"). An undated report is compatible with a dated one told in the same article,
 * or when the dated event falls in the month before the undated report's article came out (its story date); two
 * undated reports, when they are in one article or their articles came out within a week of each other.
 */
final class SameEvent {
    /** How far before its article an undated report's event may lie: wire stories tell of the last weeks. */
    static final int STORY_DAYS = 31;
    /** How far apart the articles of two undated reports of one event may come out. */
    static final int UNDATED_DAYS = 7;

    private SameEvent() {
    }

    /**
     * Whether {@code r} tells the event the reports {@code told} tell: it agrees with each of them on type, date and
     * place, and shares a participant with a report of its own article among them ("the raid on X" and "during the
     * raid, the force ..."), or else with each of them.
     */
    static boolean joins(List<Report> told, Report r) {
        if (!told.stream().allMatch(o -> compatible(o, r))) {
            return false;
        }
        return told.stream().anyMatch(o -> o.documentId() == r.documentId() && shareSomeone(o, r))
                || told.stream().allMatch(o -> shareSomeone(o, r));
    }

    private static boolean compatible(Report a, Report b) {
        return a.type() == b.type() && placesAgree(a.place(), b.place())
                && datesAgree(a, b) && !eachNamesAnother(a, b);
    }

    /**
     * Whether each report names a person the other does not: a visitor who met the president and then a party leader
     * on one day took part in two meetings. (Organizations and states are named loosely: "security forces", "the
     * counter-terrorism service" and "Qadira" may all stand for the side that carried out one raid.)
     */
    private static boolean eachNamesAnother(Report a, Report b) {
        return namesOneMore(a, b) && namesOneMore(b, a);
    }

    private static boolean namesOneMore(Report a, Report b) {
        return a.participants().stream().anyMatch(p -> p.type() == ActorType.PERSON
                && b.participants().stream().noneMatch(q -> q.actorId() == p.actorId()));
    }

    private static boolean shareSomeone(Report a, Report b) {
        for (Participant p : a.participants()) {
            for (Participant q : b.participants()) {
                if (p.actorId() == q.actorId()) {
                    return true;
                }
            }
        }
        return a.participants().isEmpty() && b.participants().isEmpty() && a.place() != null && b.place() != null;
    }

    /** Places agree when one is unknown, or one name holds the other ("Qarath" and "central Qarath"). */
    static boolean placesAgree(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    private static boolean datesAgree(Report a, Report b) {
        if (a.date() != null && b.date() != null) {
            return a.date().startsWith(b.date()) || b.date().startsWith(a.date());
        }
        if (a.documentId() == b.documentId()) {
            return true;
        }
        if (a.date() == null && b.date() == null) {
            LocalDate x = PartialDates.low(a.published());
            LocalDate y = PartialDates.low(b.published());
            return x != null && y != null && Math.abs(x.toEpochDay() - y.toEpochDay()) <= UNDATED_DAYS;
        }
        Report dated = a.date() != null ? a : b;
        LocalDate story = PartialDates.high((a.date() == null ? a : b).published());
        LocalDate first = PartialDates.low(dated.date());
        LocalDate last = PartialDates.high(dated.date());
        return story != null && first != null && !first.isAfter(story) && !last.isBefore(story.minusDays(STORY_DAYS));
    }
}
