package org.dramatis.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/** RSS and Atom feeds through ROME: each item becomes one document named {@code "feed.xml#n"} (1-based). */
final class FeedReader {

    /** Thrown when the XML parses but is not a feed, so the caller can call it unsupported rather than corrupt. */
    static final class NotAFeed extends Exception {
        NotAFeed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private FeedReader() {
    }

    /** @param maxDepth deepest element nesting accepted, checked before ROME's parser, which recurses per level */
    static List<Extracted> read(byte[] bytes, Path file, String name, int maxDepth) throws NotAFeed {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            String xml = readAll(reader); // decoded as the XML declares or its byte-order mark says
            Nesting.checkXml(xml, file, maxDepth);
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from untrusted files
            feed = input.build(new StringReader(xml));
        } catch (IllegalArgumentException e) {
            throw new NotAFeed(e); // ROME's answer to well-formed XML of an unknown kind
        } catch (FeedException | IOException e) {
            throw new RejectedInput(file, RejectedInput.Reason.CORRUPTED,
                    "broken feed (" + oneLine(e.getMessage()) + ")", e);
        }
        String outlet = feed.getTitle();
        List<Extracted> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String url = entry.getLink() != null ? entry.getLink() : entry.getUri();
            var published = PublishedDates.of(entry.getPublishedDate() != null
                    ? entry.getPublishedDate() : entry.getUpdatedDate());
            items.add(new Extracted(name + "#" + n, entry.getTitle(), outlet, url, published, text(entry)));
        }
        return items;
    }

    private static String text(SyndEntry entry) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            sb.append(toText(content)).append("\n\n");
        }
        if (sb.toString().isBlank() && entry.getDescription() != null) {
            sb.append(toText(entry.getDescription()));
        }
        return sb.toString();
    }

    private static String toText(SyndContent content) {
        String value = content.getValue();
        if (value == null) {
            return "";
        }
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || type.contains("xml")) {
            return BlockText.of(Jsoup.parseBodyFragment(value).body());
        }
        return value;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "no detail" : s.replaceAll("\\s+", " ").strip();
    }
}
