package org.dramatis.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Same-origin, checked rather than assumed. A page reached through a DNS-rebinding name carries that name in its
 * {@code Host} header: only the configured host names are served (loopback names by default, the bind address when it
 * is a specific one, and any listed in {@code DRAMATIS_ALLOWED_HOSTS}, comma-separated). A state-changing request that
 * says where it comes from ({@code Origin}, or else {@code Referer}) must come from one of those names too; one that
 * says nothing (curl, a script) still needs the CSRF token or an API token.
 */
final class HostGuard {
    static final String ENV = "DRAMATIS_ALLOWED_HOSTS";
    private final Set<String> allowed = new LinkedHashSet<>();

    HostGuard(String bindHost, Collection<String> extra) {
        allowed.addAll(Set.of("127.0.0.1", "localhost", "::1", "[::1]"));
        if (bindHost != null && !bindHost.isBlank() && !bindHost.equals("0.0.0.0") && !bindHost.equals("::")) {
            allowed.add(bindHost.toLowerCase(Locale.ROOT));
        }
        extra.stream().map(String::strip).filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT)).forEach(allowed::add);
    }

    /** The names listed in the environment variable, or none. */
    static Set<String> fromEnvironment() {
        String value = System.getenv(ENV);
        return value == null ? Set.of() : Set.of(value.split(","));
    }

    /** Refuses a request whose Host is not ours, and a mutation whose Origin is not ours. */
    void check(Context ctx, boolean mutation) {
        String host = ctx.header("Host");
        if (host == null || !allowed.contains(hostName(host))) {
            throw new ApiException(421, "Misdirected Request", "this workbench answers only to " + String.join(", ", allowed)
                    + "; to serve it under another name, list that name in " + ENV);
        }
        String origin = ctx.header("Origin");
        if (mutation && origin != null && !allowedOrigin(origin)) {
            throw new ApiException(403, "Forbidden", "a change from another site (Origin " + origin + ") is refused");
        }
        String referer = ctx.header("Referer");
        if (mutation && origin == null && referer != null && !allowedOrigin(referer)) {
            throw new ApiException(403, "Forbidden", "a change from another site (Referer " + referer + ") is refused");
        }
    }

    /** Whether {@code host} is a loopback address or name, which only this machine reaches. */
    static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("[::1]")) {
            return true;
        }
        try {
            return java.net.InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private boolean allowedOrigin(String origin) {
        try {
            URI uri = URI.create(origin);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && allowed.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "127.0.0.1:7070" gives "127.0.0.1"; "[::1]:7070" gives "[::1]". */
    static String hostName(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
