package org.dramatis.web;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.graph.Views.ActorSummary;

/**
 * The home page's actor table, worked out on the server so it sorts, pages and filters the same with or without
 * JavaScript: a filter matches any spelling of an actor (not only its display name), ignoring case, accents and
 * punctuation; any column sorts either way; pages hold {@link #PAGE_SIZE} rows.
 */
final class ActorTable {
    static final int PAGE_SIZE = 50;

    /** A sortable column, with the direction a first click on it sorts (counts biggest first, words A to Z). */
    enum Column {
        NAME(false), TYPE(false), MENTIONS(true), DOCUMENTS(true);

        final boolean descendingFirst;

        Column(boolean descendingFirst) {
            this.descendingFirst = descendingFirst;
        }

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the analyst asked for: a filter (blank for none), a column and direction, a page counted from 1. */
    record Query(String filter, Column sort, boolean descending, int page) {
        Query {
            filter = filter == null ? "" : filter.strip();
            page = Math.max(1, page);
        }

        static final Query DEFAULT = new Query("", Column.MENTIONS, true, 1);
    }

    /** An actor row; {@code matched} is the spelling the filter found when it is not the display name, else null. */
    record Row(ActorSummary actor, String matched) {
    }

    /** One page of rows; {@code total} rows match in all, over {@code pages} pages; the query's page is clamped to them. */
    record Page(Query query, List<Row> rows, int total, int pages) {
        Page {
            rows = List.copyOf(rows);
        }
    }

    private ActorTable() {
    }

    /**
     * Reads the query parameters; any may be missing.
     *
     * @throws ApiException 400 naming the parameter when a value is not one the table knows
     */
    static Query parse(String filter, String sort, String dir, String page) {
        Column column = Query.DEFAULT.sort();
        if (sort != null && !sort.isBlank()) {
            try {
                column = Column.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("query parameter 'sort' must be one of name, type, mentions, documents, got '"
                        + sort + "'");
            }
        }
        boolean descending = column.descendingFirst;
        if (dir != null && !dir.isBlank()) {
            descending = switch (dir.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> false;
                case "desc" -> true;
                default -> throw ApiException.badRequest("query parameter 'dir' must be asc or desc, got '" + dir + "'");
            };
        }
        int number = 1;
        if (page != null && !page.isBlank()) {
            try {
                number = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("query parameter 'page' must be a whole number, got '" + page + "'");
            }
        }
        return new Query(filter, column, descending, number);
    }

    /** The page {@code query} asks for, from every actor and every actor's spellings (display name first). */
    static Page page(List<ActorSummary> actors, Map<Long, List<String>> spellings, Query query) {
        String wanted = fold(query.filter());
        List<Row> matching = actors.stream().map(a -> match(a, spellings.getOrDefault(a.id(), List.of()), wanted))
                .filter(r -> r != null).sorted(order(query)).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(query.page(), pages);
        int from = (number - 1) * PAGE_SIZE;
        List<Row> rows = matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE));
        return new Page(new Query(query.filter(), query.sort(), query.descending(), number), rows, matching.size(), pages);
    }

    private static Row match(ActorSummary a, List<String> spellings, String wanted) {
        if (wanted.isEmpty() || fold(a.name()).contains(wanted)) {
            return new Row(a, null);
        }
        return spellings.stream().filter(s -> fold(s).contains(wanted)).findFirst().map(s -> new Row(a, s)).orElse(null);
    }

    private static Comparator<Row> order(Query q) {
        Comparator<ActorSummary> by = switch (q.sort()) {
            case NAME -> Comparator.comparing((ActorSummary a) -> fold(a.name()));
            case TYPE -> Comparator.comparing((ActorSummary a) -> a.type().label());
            case MENTIONS -> Comparator.comparingInt(ActorSummary::mentions);
            case DOCUMENTS -> Comparator.comparingInt(ActorSummary::documents);
        };
        if (q.descending()) {
            by = by.reversed();
        }
        // Ties (same type, same count) read best most-mentioned first, then by name, then by id for a stable order.
        by = by.thenComparing(Comparator.comparingInt(ActorSummary::mentions).reversed())
                .thenComparing(a -> fold(a.name())).thenComparingLong(ActorSummary::id);
        Comparator<ActorSummary> actorOrder = by;
        return (x, y) -> actorOrder.compare(x.actor(), y.actor());
    }

    /** Lower case, accents and punctuation dropped, spaces collapsed: "al-Ḥashd" and "Al Hashd" fold alike. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
