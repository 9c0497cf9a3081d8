package org.dramatis.web;

/** The page frame for one server: the CSRF token and the navigation (links, search box) the configured services allow. */
final class Layout {
    private final String csrf;
    private final String extraNav;

    Layout(WebServices services, String csrf) {
        this.csrf = csrf;
        StringBuilder nav = new StringBuilder();
        if (services.ingester() != null) {
            nav.append("<a href=\"/ingest\">Upload</a>");
        }
        if (services.search() != null) {
            // A plain GET form, so searching works without JavaScript.
            nav.append("<form class=\"nav-search\" action=\"/search\" method=\"get\" role=\"search\">")
                    .append("<input type=\"search\" id=\"nav-search\" name=\"q\" placeholder=\"Search names and articles\"")
                    .append(" aria-label=\"Search actors and documents\"></form>");
        }
        if (services.exports() != null) {
            nav.append("<span class=\"exports\">Export:");
            for (String format : ExportRoute.FORMATS) {
                nav.append(" <a href=\"/api/export?format=").append(format).append("\" download>").append(format)
                        .append("</a>");
            }
            nav.append("</span>");
        }
        this.extraNav = nav.toString();
    }

    String csrf() {
        return csrf;
    }

    /** A complete page; {@code body} is already escaped HTML. */
    String page(String title, String body, String... scripts) {
        return Html.page(title, csrf, extraNav, body, scripts);
    }
}
