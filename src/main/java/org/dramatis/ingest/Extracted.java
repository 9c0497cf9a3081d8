package org.dramatis.ingest;

import java.time.LocalDate;

/**
 * What a format reader found before normalization, hashing and language detection.
 *
 * @param name unique document name (file name, or "file.xml#2" for feed items)
 */
record Extracted(String name, String title, String outlet, String url, LocalDate published, String text) {

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = TextNormalizer.normalize(value).replace('\n', ' ').strip();
        return s.isEmpty() ? null : s;
    }

    Extracted {
        title = clean(title);
        outlet = clean(outlet);
        url = clean(url);
    }
}
