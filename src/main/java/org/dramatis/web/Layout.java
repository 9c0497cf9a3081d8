package org.dramatis.web;

import io.javalin.http.Context;
import org.dramatis.auth.Role;

/**
 * The page frame for one request: the CSRF token its changes must carry (the session's, or the server's for the
 * single local user and the sign-in form), the navigation the configured services and the caller's role allow, and
 * who is signed in with a sign-out button.
 */
final class Layout {
    private final WebServices services;
    private final String csrf;
    private final Access.Caller caller;

    Layout(WebServices services, String csrf) {
        this(services, csrf, null);
    }

    private Layout(WebServices services, String csrf, Access.Caller caller) {
        this.services = services;
        this.csrf = csrf;
        this.caller = caller;
    }

    /** The frame for the caller of this request. */
    Layout forRequest(Context ctx) {
        Access.Caller c = Access.caller(ctx);
        return c == null ? this : new Layout(services, c.bearer() ? csrf : c.csrf(), c);
    }

    String csrf() {
        return csrf;
    }

    /** Whether the caller may undo a decision made by {@code author}: its author and admins may. */
    boolean mayUndo(String author) {
        return caller == null || caller.role() == Role.ADMIN || caller.name().equals(author);
    }

    /** A complete page; {@code body} is already escaped HTML. */
    String page(String title, String body, String... scripts) {
        return Html.page(title, csrf, nav(), body, scripts);
    }

    private String nav() {
        StringBuilder nav = new StringBuilder();
        if (services.ingester() != null && (caller == null || caller.role().allows(Role.ADMIN))) {
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
        if (caller != null && caller.session() != null) {
            nav.append("<form class=\"nav-user\" action=\"/logout\" method=\"post\"><span id=\"signed-in\">")
                    .append(Html.esc(caller.name())).append(" (").append(caller.role().word()).append(")</span>")
                    .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(Html.esc(csrf)).append("\">")
                    .append("<button type=\"submit\" class=\"small\">Sign out</button></form>");
        }
        return nav.toString();
    }
}
