package org.dramatis.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import org.dramatis.auth.Accounts;
import org.dramatis.auth.LoginThrottle;
import org.dramatis.auth.Role;
import org.dramatis.auth.Sessions;

/**
 * Who is asking. Without accounts, on loopback, everyone is the single local user (an admin, as before accounts
 * existed); the per-start token guards its changes. With accounts, or on an address other machines reach, a request
 * is signed in by its session cookie or by {@code Authorization: Bearer TOKEN}, or it is anonymous and may only sign
 * in. Roles are checked per route ({@link RouteTable}); a role changed or an account removed takes effect at its next
 * request, because the account is read again each time.
 */
final class Access {
    static final String COOKIE = "dramatis_session";
    private static final String CALLER = "dramatis.caller";

    /**
     * The one asking: the name decisions are signed with, its role, the CSRF token its changes must carry (null for an
     * API token, which needs none) and its session id (null when none).
     */
    record Caller(String name, Role role, String csrf, String session) {
        boolean bearer() {
            return csrf == null;
        }
    }

    private final Accounts accounts;
    private final String localToken;
    private final WebServer.Options options;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private volatile boolean exposed;

    /** @param accounts null for a workbench that never asks anyone to sign in */
    Access(Accounts accounts, String localToken, WebServer.Options options) {
        this.accounts = accounts;
        this.localToken = localToken;
        this.options = options;
        this.sessions = new Sessions(options.clock(), options.idle());
        this.throttle = new LoginThrottle(options.clock(), 5, Duration.ofMinutes(15));
    }

    /** Told at start: bound to an address other machines reach, the workbench never serves without sign-in. */
    void bound(boolean reachableFromElsewhere) {
        this.exposed = reachableFromElsewhere;
    }

    /** Whether requests must be signed in: accounts exist, or the workbench is reachable from other machines. */
    boolean signInRequired() {
        return exposed || (accounts != null && accounts.any());
    }

    /** Identifies the caller and keeps it on the request; null for an anonymous one where sign-in is required. */
    Caller identify(Context ctx) {
        Caller caller = find(ctx);
        ctx.attribute(CALLER, caller);
        return caller;
    }

    /** The caller {@link #identify} found for this request, or null. */
    static Caller caller(Context ctx) {
        return ctx.attribute(CALLER);
    }

    /** The token a change from an anonymous request (the sign-in form) or the local user must carry. */
    String localToken() {
        return localToken;
    }

    /** Refuses the request unless its caller may do what {@code needed} may; null allows anyone (the sign-in form). */
    static void require(Context ctx, Role needed) {
        if (needed == null) {
            return;
        }
        Caller c = caller(ctx);
        if (c == null) {
            throw signInFirst();
        }
        if (!c.role().allows(needed)) {
            throw new ApiException(403, "Forbidden", "this needs the " + needed.word() + " role, and '" + c.name()
                    + "' is " + (c.role() == Role.ADMIN ? "an " : "a ") + c.role().word()
                    + " (an admin gives roles with 'dramatis users role')");
        }
    }

    static ApiException signInFirst() {
        return new ApiException(401, "Sign-in required", "sign in first at /login (an API client sends"
                + " 'Authorization: Bearer TOKEN'; 'dramatis users token NAME' prints one)");
    }

    private Caller find(Context ctx) {
        if (!signInRequired()) {
            return new Caller(Accounts.LOCAL, Role.ADMIN, localToken, null);
        }
        if (accounts == null) {
            throw new ApiException(503, "No accounts", "this workbench is reachable from other machines and has no"
                    + " accounts: add an admin with 'dramatis users add NAME --role admin'");
        }
        String auth = ctx.header("Authorization");
        if (auth != null) {
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new ApiException(401, "Sign-in required", "the Authorization header must be 'Bearer TOKEN'");
            }
            Accounts.Account a = accounts.byToken(auth.substring(7)).orElseThrow(() -> new ApiException(401,
                    "Sign-in required", "unknown API token: 'dramatis users token NAME' prints a new one"));
            return new Caller(a.name(), a.role(), null, null);
        }
        Optional<Sessions.Session> s = sessions.find(ctx.cookie(COOKIE));
        if (s.isEmpty()) {
            return null;
        }
        Optional<Accounts.Account> a = accounts.byName(s.get().name());
        if (a.isEmpty()) {
            sessions.end(s.get().id());
            return null;
        }
        return new Caller(a.get().name(), a.get().role(), s.get().csrf(), s.get().id());
    }

    /** How long {@code name} is locked out after failed sign-ins, or empty. */
    Optional<Duration> lockedFor(String name) {
        return throttle.lockedFor(name);
    }

    /**
     * Signs in with a password: a new session with its cookie, or empty after counting the failure (the lock-out).
     */
    Optional<Sessions.Session> signIn(Context ctx, String name, char[] password) {
        Optional<Accounts.Account> a = accounts.check(name, password);
        if (a.isEmpty()) {
            throttle.failed(name);
            return Optional.empty();
        }
        throttle.succeeded(name);
        Sessions.Session s = sessions.start(a.get().name());
        ctx.header("Set-Cookie", cookie(ctx, s.id(), false));
        return Optional.of(s);
    }

    /** Ends the caller's session and clears its cookie. */
    void signOut(Context ctx) {
        Caller c = caller(ctx);
        if (c != null) {
            sessions.end(c.session());
        }
        ctx.header("Set-Cookie", cookie(ctx, "", true));
    }

    /** The session cookie: HttpOnly, SameSite=Strict, Secure behind TLS; no Max-Age, the server ends idle sessions. */
    private String cookie(Context ctx, String value, boolean clear) {
        boolean tls = options.secureCookies() || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))
                || "https".equalsIgnoreCase(ctx.scheme());
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : "")
                + (clear ? "; Max-Age=0" : "");
    }
}
