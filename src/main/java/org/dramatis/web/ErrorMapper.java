package org.dramatis.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.dramatis.model.ChangedMeanwhile;
import org.dramatis.model.CorrectionNotApplied;
import org.dramatis.model.RefusedCorrection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become answers: {@link ApiError} JSON under {@code /api}, a small escaped page elsewhere.
 * Unexpected exceptions are logged with their stack trace and answered with a generic message.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final Layout layout;

    ErrorMapper(Layout layout) {
        this.layout = layout;
    }

    void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.title(), e.getMessage()));
        routes.exception(ChangedMeanwhile.class, (e, ctx) -> respond(ctx, 409, "Changed meanwhile", e.getMessage()));
        routes.exception(RefusedCorrection.class, (e, ctx) -> respond(ctx, 409, "Correction refused", e.getMessage()));
        routes.exception(CorrectionNotApplied.class, (e, ctx) -> {
            LOG.error("{} {}: a correction was stored but its re-resolution failed", ctx.method(), ctx.path(), e);
            respond(ctx, 503, "Correction saved, not applied yet", e.getMessage());
        });
        routes.exception(HttpResponseException.class,
                (e, ctx) -> respond(ctx, e.getStatus(), titleOf(e.getStatus()), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Server error", "the server could not answer this request; the cause is in the server log");
        });
    }

    void respond(Context ctx, int status, String title, String details) {
        ctx.status(status);
        if (status == 421) {
            // A request for another host name gets no page: a page would carry the CSRF token to that name's origin.
            ctx.contentType("text/plain; charset=utf-8").result(title + ": " + details + "\n");
        } else if (ctx.path().startsWith("/api/")) {
            ctx.json(new ApiError(title, status, ApiError.typeOf(status), details));
        } else {
            ctx.html(layout.page(title, "<h1>" + Html.esc(title) + "</h1><p class=\"error\">" + Html.esc(details)
                    + "</p><p>" + (status == 401 ? "<a href=\"/login\">Sign in</a>" : "<a href=\"/\">Back to the workbench</a>")
                    + "</p>"));
        }
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign-in required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            default -> status >= 500 ? "Server error" : "Request failed";
        };
    }
}
