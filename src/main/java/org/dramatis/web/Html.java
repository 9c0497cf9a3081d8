package org.dramatis.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Escaping and the page frame shared by every server-rendered page. */
final class Html {
    private Html() {
    }

    /**
     * Escapes text for use in element content and in double- or single-quoted attribute values.
     * Null gives the empty string, so absent titles and outlets render as nothing rather than "null".
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A URL safe to put in an {@code href}: absolute http(s) or a same-site path; anything else (javascript:, data:,
     * protocol-relative "//host") gives null so the caller renders no link.
     */
    static String safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("/") && !u.startsWith("//") && !u.startsWith("/\\")) {
            return u;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A link when the URL is safe, else the escaped text alone. */
    static String link(String url, String text) {
        String safe = safeUrl(url);
        return safe == null ? esc(text) : "<a href=\"" + esc(safe) + "\">" + esc(text) + "</a>";
    }

    /** A complete page with the standard navigation; see {@link #page(String, String, String, String, String...)}. */
    static String page(String title, String csrfToken, String body, String... scripts) {
        return page(title, csrfToken, "", body, scripts);
    }

    /**
     * A complete page: head with the CSRF token, top navigation followed by {@code extraNav} (links, already HTML),
     * {@code body} (already escaped HTML) and scripts.
     */
    static String page(String title, String csrfToken, String extraNav, String body, String... scripts) {
        StringBuilder sb = new StringBuilder(body.length() + 1024);
        sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"csrf-token\" content=\"").append(esc(csrfToken)).append("\">")
                .append("<title>").append(esc(title)).append(" · Dramatis</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>")
                .append("<header class=\"top\"><nav><a class=\"brand\" href=\"/\">Dramatis</a>")
                .append("<a href=\"/\">Home</a><a href=\"/network\">Network</a><a href=\"/timeline\">Timeline</a>")
                .append("<a href=\"/outlets\">Outlets</a><a href=\"/review\">Review</a><a href=\"/decisions\">Decisions</a>")
                .append(extraNav).append("</nav></header><main>").append(body).append("</main>");
        for (String script : scripts) {
            sb.append("<script src=\"").append(esc(script)).append("\"></script>");
        }
        return sb.append("</body></html>\n").toString();
    }
}
