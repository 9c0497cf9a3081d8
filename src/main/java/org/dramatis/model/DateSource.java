package org.dramatis.model;

import java.util.Locale;

/**
 * Where a document's date comes from, from the most to the least trusted: what the user stated (a manifest row or
 * {@code --published}), the file's own metadata (front matter, meta tags, a feed item's date), a byline at the top
 * or dateline at the top of the text ("Published 12 March 2021", "BAGHDAD, 10 June 2021 -"), or an inference from
 * the dates the text reports.
 */
public enum DateSource {
    USER, FILE, BYLINE, TEXT;

    /** The lowercase name kept in the store ("text"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source a stored key names, or null for null (documents stored before sources were kept). */
    public static DateSource parse(String key) {
        if (key == null) {
            return null;
        }
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown date source '" + key + "' (expected user, file, byline or text)", e);
        }
    }
}
