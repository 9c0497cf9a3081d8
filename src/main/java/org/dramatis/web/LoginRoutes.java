package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Optional;
import org.dramatis.auth.Role;

/**
 * Sign-in and sign-out: {@code GET /login} shows the form, {@code POST /login} checks the password (five failures
 * lock the name for fifteen minutes) and starts a session, {@code POST /logout} ends it. The form's own CSRF token is
 * the server's, since there is no session yet; the password is never logged nor echoed back.
 */
final class LoginRoutes {
    private final Access access;
    private final Layout layout;

    LoginRoutes(Access access, Layout layout) {
        this.access = access;
        this.layout = layout;
    }

    void register(RouteTable r) {
        r.get("/login", null, ctx -> {
            if (!access.signInRequired()) {
                ctx.redirect("/", HttpStatus.FOUND);
            } else {
                ctx.html(form(ctx.queryParam("next"), null, null));
            }
        });
        r.post("/login", null, this::signIn);
        r.post("/logout", Role.VIEWER, ctx -> {
            access.signOut(ctx);
            ctx.redirect(access.signInRequired() ? "/login" : "/", HttpStatus.SEE_OTHER);
        });
    }

    private void signIn(Context ctx) {
        if (!access.signInRequired()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        String next = ctx.formParam("next");
        Optional<Duration> locked = access.lockedFor(name);
        if (locked.isEmpty() && access.signIn(ctx, name, password.toCharArray()).isPresent()) {
            ctx.redirect(safeNext(next), HttpStatus.SEE_OTHER);
            return;
        }
        Optional<Duration> now = locked.isPresent() ? locked : access.lockedFor(name);
        ctx.status(now.isPresent() ? 429 : 401).html(form(next, name, now.map(d -> "Too many failed sign-ins for '"
                + name + "': try again in " + Math.max(1, (d.toSeconds() + 59) / 60) + " minutes.")
                .orElse("Wrong name or password.")));
    }

    /** Where to go after signing in: a path on this site, never another site ("//evil.example", "https://..."). */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }

    private String form(String next, String name, String error) {
        StringBuilder b = new StringBuilder("<h1>Sign in</h1>");
        if (error != null) {
            b.append("<p class=\"error\" id=\"login-error\">").append(esc(error)).append("</p>");
        }
        b.append("<form method=\"post\" action=\"/login\" class=\"login\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(esc(access.localToken())).append("\">")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(esc(safeNext(next))).append("\">")
                .append("<p><label>Name <input name=\"name\" id=\"login-name\" autocomplete=\"username\" required value=\"")
                .append(esc(name)).append("\"></label></p>")
                .append("<p><label>Password <input type=\"password\" name=\"password\" id=\"login-password\"")
                .append(" autocomplete=\"current-password\" required></label></p>")
                .append("<p><button type=\"submit\" id=\"login-submit\">Sign in</button></p></form>")
                .append("<p class=\"muted\">An admin adds accounts with <code>dramatis users add NAME --role ROLE</code>.</p>");
        return layout.page("Sign in", b.toString());
    }
}
