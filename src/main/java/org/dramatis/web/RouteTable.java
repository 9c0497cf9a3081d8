package org.dramatis.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.auth.Role;

/**
 * Registers routes with Javalin and remembers them, so the API description and the security tests can be checked
 * against what is served. Every route names the role it needs, checked before its handler runs.
 */
final class RouteTable {
    /**
     * One registered route; {@code method} in lower case as OpenAPI spells it, path in Javalin's {@code {id}} form,
     * {@code role} the least role that may use it (null: anyone, signed in or not — only the sign-in form).
     */
    record Route(String method, String path, Role role) {
    }

    private final RoutesConfig routes;
    private final List<Route> registered = new ArrayList<>();

    RouteTable(RoutesConfig routes) {
        this.routes = routes;
    }

    /** A page or read of the API, for every signed-in role. */
    void get(String path, Handler handler) {
        get(path, Role.VIEWER, handler);
    }

    void get(String path, Role role, Handler handler) {
        registered.add(new Route("get", path, role));
        routes.get(path, guarded(role, handler));
    }

    void post(String path, Role role, Handler handler) {
        registered.add(new Route("post", path, role));
        routes.post(path, guarded(role, handler));
    }

    List<Route> registered() {
        return List.copyOf(registered);
    }

    private static Handler guarded(Role role, Handler handler) {
        return ctx -> {
            Access.require(ctx, role);
            handler.handle(ctx);
        };
    }
}
