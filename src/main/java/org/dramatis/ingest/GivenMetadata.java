package org.dramatis.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * What the user states about a file, from a manifest row or {@code --published}: each value wins over what the reader
 * found in the file and over any guess from its text. Null values state nothing.
 *
 * @param title     headline, or null
 * @param outlet    publisher, or null
 * @param url       address of the article, or null
 * @param published ISO date, year-month or year ("2021-06-10", "2021-06", "2021"), or null
 */
public record GivenMetadata(String title, String outlet, String url, String published) {
    /** States nothing. */
    public static final GivenMetadata NONE = new GivenMetadata(null, null, null, null);

    private static final Pattern PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public GivenMetadata {
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        url = blankToNull(url);
        published = blankToNull(published) == null ? null : parseDate(published);
    }

    /**
     * The ISO partial date a user wrote, checked: "2021-06-10", "2021-06" or "2021".
     *
     * @throws IllegalArgumentException naming the value and why it is no such date
     */
    public static String parseDate(String value) {
        String v = value == null ? "" : value.strip();
        var m = PARTIAL.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + v + "' is not an ISO date, year-month or year (2021-06-10, 2021-06, 2021)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (m.group(2) != null) {
                YearMonth.of(year, Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + v + "' is no calendar date: " + e.getMessage(), e);
        }
        return v;
    }

    /** Whether nothing is stated. */
    public boolean isEmpty() {
        return title == null && outlet == null && url == null && published == null;
    }

    /** These values, each missing one taken from {@code fallback}. */
    public GivenMetadata orElse(GivenMetadata fallback) {
        return new GivenMetadata(title != null ? title : fallback.title, outlet != null ? outlet : fallback.outlet,
                url != null ? url : fallback.url, published != null ? published : fallback.published);
    }

    /**
     * The document with these values in place of the reader's. A publication date given to the day replaces the
     * file's; one given only to the month or year removes it (the date is then only known that precisely).
     */
    public SourceDocument applyTo(SourceDocument d) {
        if (isEmpty()) {
            return d;
        }
        LocalDate day = published == null ? d.published() : published.length() == 10 ? LocalDate.parse(published) : null;
        return new SourceDocument(d.name(), d.path(), d.sha256(), title != null ? title : d.title(),
                outlet != null ? outlet : d.outlet(), url != null ? url : d.url(), day, d.language(), d.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
