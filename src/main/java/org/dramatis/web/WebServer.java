package org.dramatis.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The Dramatis workbench: server-rendered pages and the JSON API under {@code /api}, on Javalin.
 *
 * <pre>{@code
 * WebServer server = new WebServer(new WebServices(graph, events, entities, decisions, corrector));
 * // or, with export downloads, browser uploads and search:
 * // new WebServices(graph, events, entities, decisions, corrector, exports, ingester, searchService)
 * int port = server.start("127.0.0.1", 7070);   // 0 picks a free port
 * ...
 * server.stop();
 * }</pre>
 *
 * Without accounts, on loopback, one user works without signing in, and every POST must carry the per-start CSRF token
 * (header {@code X-CSRF-Token} or form field {@code csrf}); pages embed it in {@code <meta name="csrf-token">}. With
 * accounts (or bound to an address other machines reach) every request but the sign-in form is signed in, by a session
 * cookie, whose POSTs carry the session's own CSRF token, or by {@code Authorization: Bearer TOKEN}, which needs none;
 * see {@link Access}.
 */
public final class WebServer {
    /** Largest non-upload request body accepted; corrections are a few hundred bytes. */
    static final long MAX_BODY_BYTES = 1_000_000;
    static final String CSRF_HEADER = "X-CSRF-Token";

    /**
     * Settings of sign-in on a workbench with accounts.
     *
     * @param idle          how long an unused session lasts
     * @param secureCookies mark the session cookie Secure also without {@code X-Forwarded-Proto: https}
     * @param clock         what sessions and the lock-out read the time from (tests move it)
     */
    public record Options(Duration idle, boolean secureCookies, Clock clock) {
        public static final Options DEFAULT = new Options(Duration.ofMinutes(60), false, Clock.systemUTC());
    }

    private final WebServices services;
    private final String csrfToken;
    private final Access access;
    private final ObjectMapper mapper;
    private Javalin app;
    private List<RouteTable.Route> routes = List.of();
    private HostGuard hosts = new HostGuard(null, java.util.Set.of());

    public WebServer(WebServices services) {
        this(services, Options.DEFAULT);
    }

    public WebServer(WebServices services, Options options) {
        this.services = Objects.requireNonNull(services, "services");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.csrfToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.access = new Access(services.accounts(), csrfToken, options);
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * Starts listening on {@code host} only (use 127.0.0.1 unless the workbench must be reachable from elsewhere).
     *
     * @param port the port, or 0 for any free port
     * @return the bound port
     * @throws IllegalStateException when already started
     */
    public synchronized int start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("web server already started on port " + app.port());
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        String bindHost = host == null || host.isBlank() ? "127.0.0.1" : host;
        boolean exposed = !HostGuard.isLoopback(bindHost);
        if (exposed && (services.accounts() == null || !services.accounts().anyAdmin())) {
            throw new IllegalStateException(noAdmin(bindHost));
        }
        access.bound(exposed);
        hosts = new HostGuard(bindHost, HostGuard.fromEnvironment());
        Layout layout = new Layout(services, csrfToken);
        ErrorMapper errors = new ErrorMapper(layout);
        ApiRoutes api = new ApiRoutes(services, mapper);
        PageRoutes pages = new PageRoutes(services, layout);
        List<RouteTable.Route> registered = new ArrayList<>();
        Javalin created = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.multipartConfig.maxFileSize(IngestRoute.MAX_FILE_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(IngestRoute.MAX_FILE_BYTES * 10, SizeUnit.BYTES);
            // Small uploads stay in memory; larger ones spill to the system's temporary directory.
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(this::guard);
            errors.install(config.routes);
            RouteTable table = new RouteTable(config.routes);
            api.register(table);
            pages.register(table);
            new LoginRoutes(access, layout).register(table);
            registered.addAll(table.registered());
        });
        created.start(bindHost, port);
        app = created;
        routes = List.copyOf(registered);
        return created.port();
    }

    /** Stops the server; does nothing when it is not running. */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** Every route this server answers, pages and API, as registered at {@link #start}. */
    synchronized List<RouteTable.Route> routes() {
        return routes;
    }

    /** Whether {@code host} is a loopback address, which only this machine reaches. */
    public static boolean isLoopback(String host) {
        return HostGuard.isLoopback(host);
    }

    /** Why a workbench reachable from other machines does not start: it has no admin account. */
    public static String noAdmin(String host) {
        return "serving on " + host + " makes the workbench reachable from other machines, and the store has no admin"
                + " account: add one first with 'dramatis users add NAME --role admin' (loopback, 127.0.0.1, needs none)";
    }

    /** The token POST requests of the local user and of the sign-in form must present; the same for this server's life. */
    String csrfToken() {
        return csrfToken;
    }

    /**
     * Security headers on every answer; the Host check on every request and the Origin and CSRF checks on every
     * state-changing one.
     */
    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // Nothing of our addresses goes to other sites; our own forms still say where they come from. With
        // "no-referrer" a browser sends "Origin: null" with a plain form's POST (sign-in, sign-out), which the Origin
        // check refuses as another site's (SignInBrowserIT).
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                + " script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        HandlerType method = ctx.method();
        boolean mutation = method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
        hosts.check(ctx, mutation);
        Access.Caller caller = access.identify(ctx);
        if (caller == null && !isPublic(ctx.path())) {
            if (mutation || ctx.path().startsWith("/api/")) {
                throw Access.signInFirst();
            }
            String query = ctx.queryString();
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path() + (query == null ? "" : "?" + query),
                    StandardCharsets.UTF_8), io.javalin.http.HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
            return;
        }
        if (mutation && (caller == null || !caller.bearer())) {
            String expected = caller == null ? csrfToken : caller.csrf();
            String presented = ctx.header(CSRF_HEADER);
            if (presented == null && isForm(ctx)) {
                presented = formToken(ctx);
            }
            if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(403, "Forbidden", "missing or wrong CSRF token: send header " + CSRF_HEADER
                        + " with the token from the page's csrf-token meta tag");
            }
        }
    }

    /** What an anonymous request may reach where sign-in is required: the sign-in form and the static files. */
    private static boolean isPublic(String path) {
        return path.equals("/login") || path.startsWith("/static/") || path.startsWith("/webjars/");
    }

    /** The form's csrf field; a body that cannot be read (too large, malformed) simply has no token. */
    private static String formToken(Context ctx) {
        try {
            return ctx.formParam("csrf");
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }
}
