package org.dramatis.export;

import java.util.Set;
import java.util.regex.Pattern;
import org.dramatis.model.DramatisException;
import org.dramatis.model.FactKind;

/**
 * Which part of the graph to export: the whole graph, or the network as the workbench shows it — one actor's ego
 * network or every actor, only some relation kinds, only the facts valid on a date. A scoped export holds the facts
 * between two actors that pass every filter and the actors they join (the focus actor always); events are not part of
 * the network view and are left out.
 *
 * @param actor the focus actor, or null for every actor
 * @param kinds the relation kinds kept, or null for all
 * @param asOf an ISO date, year-month or year: only facts valid then (undated facts always are), or null for any date
 */
public record ExportScope(Long actor, Set<FactKind> kinds, String asOf) {
    /** The whole graph: every actor, fact and event. */
    public static final ExportScope WHOLE = new ExportScope(null, null, null);
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public ExportScope {
        kinds = kinds == null ? null : Set.copyOf(kinds);
        if (asOf != null && !PARTIAL_DATE.matcher(asOf).matches()) {
            throw new DramatisException("export date '" + asOf + "' is not an ISO date, year-month or year (2021-06-10, 2021-06, 2021)");
        }
    }

    /** Whether this is the whole graph, events included. */
    public boolean whole() {
        return actor == null && kinds == null && asOf == null;
    }

    /**
     * Whether a fact with these dates holds on {@code asOf}; the rule of the store's {@code validOn}: a missing bound is
     * open, and a partial date covers its whole year or month.
     */
    boolean validOn(String start, String end) {
        return asOf == null
                || (start == null || start.compareTo(asOf) <= 0 || asOf.startsWith(start))
                && (end == null || end.compareTo(asOf) >= 0 || asOf.startsWith(end));
    }
}
