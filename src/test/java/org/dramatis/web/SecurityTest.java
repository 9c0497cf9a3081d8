package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.auth.Accounts;
import org.dramatis.auth.Role;
import org.dramatis.auth.TestClock;
import org.dramatis.graph.AccountRepository;
import org.dramatis.graph.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * The security suite of a workbench with accounts, on both stores. The routes come from the server's own route table,
 * so a route added later is checked too: every change refuses an anonymous request, a role below the route's, a
 * missing or wrong CSRF token and a foreign Origin or Referer; every page and read refuses an anonymous request; only
 * the sign-in form is open to anyone. Passwords appear neither in the logs nor in the store, and sessions expire.
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class SecurityTest {
    private static final String PASSWORD = "Tr0ub4dor&3 horse staple";
    private static final Duration IDLE = Duration.ofMinutes(20);

    @Parameter
    TestStores.Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private TestStore store;
    private Accounts accounts;
    private WebServer server;
    private String base;

    @BeforeEach
    void start() {
        store = TestStore.create(kind, dir);
        accounts = new Accounts(new AccountRepository(store.db));
        for (Role role : Role.values()) {
            accounts.add(role.word(), role, PASSWORD.toCharArray());
        }
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions,
                new FakeCorrector(), null, null, null, accounts), new WebServer.Options(IDLE, false, clock));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
        store.db.close();
    }

    private List<RouteTable.Route> changes() {
        List<RouteTable.Route> out = server.routes().stream().filter(r -> !r.method().equals("get")).toList();
        assertThat(out).as("the route table lists the changes").extracting(RouteTable.Route::path)
                .contains("/api/decisions/merge", "/api/claims/verdict", "/api/ingest", "/logout", "/login");
        return out;
    }

    private HttpResponse<String> send(RouteTable.Route route, String cookie, String csrf, String origin, String referer)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + route.path().replace("{id}", "1")))
                .header("Content-Type", "application/json").method(route.method().toUpperCase(),
                        HttpRequest.BodyPublishers.ofString("{}"));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header(WebServer.CSRF_HEADER, csrf);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (referer != null) {
            b.header("Referer", referer);
        }
        return Desk.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyChange_refusesAnonymousLowerRolesBadTokensAndForeignOrigins() throws Exception {
        Desk admin = Desk.signIn(base, "admin", PASSWORD);
        for (RouteTable.Route route : changes()) {
            String what = route.method() + " " + route.path();
            if (route.role() == null) {
                assertThat(route.path()).as("only the sign-in form is open to anyone").isEqualTo("/login");
            } else {
                HttpResponse<String> anonymous = send(route, null, server.csrfToken(), null, null);
                assertThat(anonymous.statusCode()).as(what + " anonymous").isEqualTo(401);
                for (Role lower : Role.values()) {
                    if (!lower.allows(route.role())) {
                        Desk desk = Desk.signIn(base, lower.word(), PASSWORD);
                        HttpResponse<String> res = send(route, desk.cookie, desk.csrf, null, null);
                        assertThat(res.statusCode()).as(what + " as " + lower.word()).isEqualTo(403);
                        assertThat(res.body()).contains("needs the " + route.role().word() + " role");
                    }
                }
            }
            String cookie = route.role() == null ? null : admin.cookie;
            String token = route.role() == null ? server.csrfToken() : admin.csrf;
            assertThat(send(route, cookie, null, null, null).statusCode()).as(what + " without CSRF").isEqualTo(403);
            HttpResponse<String> wrong = send(route, cookie, token + "x", null, null);
            assertThat(wrong.statusCode()).as(what + " wrong CSRF").isEqualTo(403);
            assertThat(wrong.body()).contains("CSRF");
            if (route.role() != null) {
                assertThat(send(route, cookie, server.csrfToken(), null, null).statusCode())
                        .as(what + " with the server's token instead of the session's").isEqualTo(403);
            }
            assertThat(send(route, cookie, token, "https://evil.example", null).statusCode()).as(what + " Origin")
                    .isEqualTo(403);
            assertThat(send(route, cookie, token, null, "https://evil.example/page").statusCode()).as(what + " Referer")
                    .isEqualTo(403);
            HttpResponse<String> passed = send(route, cookie, token, base, null);
            if (route.role() == null) {
                assertThat(passed.body()).as(what + " reaches the form's check").contains("Wrong name or password");
            } else if (!route.path().equals("/logout")) {
                assertThat(passed.statusCode()).as(what + " allowed: the checks can pass").isNotIn(401, 403);
            }
        }
    }

    @Test
    void everyPageAndRead_refusesAnAnonymousRequest() throws Exception {
        for (RouteTable.Route route : server.routes()) {
            if (!route.method().equals("get") || route.path().equals("/login")) {
                continue;
            }
            HttpResponse<String> res = Desk.HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + route.path().replace("{id}", "1"))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).as(route.path()).isEqualTo(route.path().startsWith("/api/") ? 401 : 302);
        }
        Desk viewer = Desk.signIn(base, "viewer", PASSWORD);
        assertThat(viewer.get("/ingest").statusCode()).as("the upload page is an admin's").isEqualTo(403);
    }

    @Test
    void aPassword_neverAppearsInTheLogsNorInTheStore() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("org.dramatis");
        Level before = ours.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        ours.setLevel(Level.DEBUG);
        try {
            accounts.add("newcomer", Role.ANALYST, (PASSWORD + " 2").toCharArray());
            Desk.signIn(base, "analyst", PASSWORD);
            for (int i = 0; i < 6; i++) {
                Desk.login(base, "viewer", PASSWORD + " wrong " + i);
            }
            Desk.login(base, "nobody", PASSWORD);
            accounts.newToken("analyst");
        } finally {
            root.detachAppender(logs);
            ours.setLevel(before);
        }
        for (ILoggingEvent e : logs.list) {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain(PASSWORD);
        }
        List<String> cells = new ArrayList<>();
        store.db.read(c -> {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("account");
            for (String table : tables) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from " + table)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            cells.add(String.valueOf(rs.getObject(i)));
                        }
                    }
                }
            }
            return null;
        });
        assertThat(cells).noneMatch(v -> v.contains(PASSWORD) || v.contains("horse staple"));
    }

    @Test
    void sessionsExpire_afterTheIdleTimeout() throws Exception {
        Desk analyst = Desk.signIn(base, "analyst", PASSWORD);
        clock.advance(IDLE.minusMinutes(1));
        assertThat(analyst.get("/api/stats").statusCode()).isEqualTo(200);
        clock.advance(IDLE);
        assertThat(analyst.get("/api/stats").statusCode()).isEqualTo(401);
        assertThat(analyst.post("/api/claims/verdict", "{\"table\":\"fact_claim\",\"ids\":[1],\"confirmed\":true}")
                .statusCode()).isEqualTo(401);
        assertThat(analyst.get("/").statusCode()).as("to the sign-in form").isEqualTo(302);
    }
}
