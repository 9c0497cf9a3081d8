package org.dramatis.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Markdown articles with optional YAML front matter ({@code title}, {@code outlet|publisher|source|site},
 * {@code url|link}, {@code date|published}). The body stays as written, minus heading markers, link targets
 * and bold markers, which would otherwise show up as tokens ({@link MarkdownMarks}, linear in the text).
 */
final class MarkdownReader {

    private static final Logger LOG = LoggerFactory.getLogger(MarkdownReader.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)",
            Pattern.DOTALL);

    private MarkdownReader() {
    }

    static Extracted read(String decoded, Path file, String name) {
        String text = decoded.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, String> meta = Map.of();
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find()) {
            meta = frontMatter(fm.group(1), file);
            text = text.substring(fm.end());
        }
        String firstHeading = MarkdownMarks.firstHeading(text);
        String body = MarkdownMarks.strip(text);
        String title = first(meta, "title");
        if (title == null) {
            title = firstHeading != null ? firstHeading : PlainTextTitles.titleOf(body);
        }
        return new Extracted(name, title, first(meta, "outlet", "publisher", "source", "site"),
                first(meta, "url", "link"), PublishedDates.parse(first(meta, "date", "published")), body);
    }

    private static Map<String, String> frontMatter(String yaml, Path file) {
        try {
            Map<String, Object> raw = YAML.readValue(yaml, new TypeReference<Map<String, Object>>() { });
            Map<String, String> meta = new TreeMap<>();
            if (raw != null) {
                raw.forEach((k, v) -> {
                    if (k != null && v != null && !(v instanceof Map) && !(v instanceof Iterable)) {
                        meta.put(k.toLowerCase(Locale.ROOT), v.toString());
                    }
                });
            }
            return meta;
        } catch (JsonProcessingException e) {
            // bad front matter costs the metadata, not the article
            LOG.warn("{}: ignoring unreadable YAML front matter: {}", RejectedInput.displayName(file),
                    e.getOriginalMessage());
            return Map.of();
        }
    }

    private static String first(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
