package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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

/** Sign-in, sessions, cookies, API tokens and the lock-out on a workbench with accounts, on both stores. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class SignInTest {
    static final String PASSWORD = "a long enough secret";

    @Parameter
    TestStores.Kind kind;

    @TempDir
    Path dir;

    private TestStore store;
    private Accounts accounts;
    private final TestClock clock = new TestClock();
    private WebServer server;
    private String base;

    @BeforeEach
    void start() {
        store = TestStore.create(kind, dir);
        accounts = new Accounts(new AccountRepository(store.db));
        accounts.add("amira", Role.ADMIN, PASSWORD.toCharArray());
        accounts.add("omar", Role.ANALYST, PASSWORD.toCharArray());
        accounts.add("vera", Role.VIEWER, PASSWORD.toCharArray());
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions,
                new FakeCorrector(), null, null, null, accounts), new WebServer.Options(Duration.ofMinutes(30), false, clock));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
        store.db.close();
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return Desk.HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymous_pagesLeadToTheSignInForm_andTheApiAnswers401() throws Exception {
        HttpResponse<String> page = anonymous("/actors/1?x=1");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).contains("/login?next=%2Factors%2F1%3Fx%3D1");
        HttpResponse<String> api = anonymous("/api/stats");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("sign in first");
        assertThat(anonymous("/login").body()).contains("id=\"login-password\"");
        assertThat(anonymous("/static/app.js").statusCode()).isEqualTo(200);
    }

    @Test
    void signIn_setsAStrictHttpOnlyCookie_andTheSessionHasItsOwnCsrfToken() throws Exception {
        HttpResponse<String> res = Desk.login(base, "omar", PASSWORD);
        assertThat(res.statusCode()).isEqualTo(303);
        assertThat(res.headers().firstValue("Location")).contains("/");
        assertThat(res.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .startsWith(Access.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure"));
        Desk omar = Desk.signIn(base, "omar", PASSWORD);
        assertThat(omar.csrf).isNotEqualTo(server.csrfToken());
        assertThat(omar.get("/").body()).contains("omar (analyst)").contains("action=\"/logout\"");
        assertThat(omar.get("/api/stats").statusCode()).isEqualTo(200);
    }

    @Test
    void behindTls_theCookieIsSecure() throws Exception {
        String page = anonymous("/login").body();
        String token = page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> res = Desk.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + Desk.enc(token) + "&name=omar&password="
                        + Desk.enc(PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("; Secure"));
    }

    @Test
    void fiveWrongPasswords_lockTheAccountForFifteenMinutes_evenAgainstTheRightOne() throws Exception {
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> res = Desk.login(base, "omar", "wrong password " + i);
            assertThat(res.statusCode()).isEqualTo(401);
            assertThat(res.body()).contains("Wrong name or password").doesNotContain("wrong password " + i);
        }
        assertThat(Desk.login(base, "omar", "wrong again").statusCode()).isEqualTo(429);
        HttpResponse<String> locked = Desk.login(base, "omar", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("try again in 15 minutes");
        assertThat(Desk.login(base, "amira", PASSWORD).statusCode()).as("another account").isEqualTo(303);
        clock.advance(Duration.ofMinutes(15));
        assertThat(Desk.login(base, "omar", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void aSession_endsAtSignOut() throws Exception {
        Desk again = Desk.signIn(base, "omar", PASSWORD);
        HttpResponse<String> out = Desk.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Cookie", again.cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + Desk.enc(again.csrf))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Max-Age=0"));
        assertThat(again.get("/api/stats").statusCode()).isEqualTo(401);
    }

    @Test
    void aRemovedAccountOrChangedRole_takesEffectAtTheNextRequest() throws Exception {
        Desk vera = Desk.signIn(base, "vera", PASSWORD);
        assertThat(vera.post("/api/claims/verdict", "{\"table\":\"fact_claim\",\"ids\":[1],\"confirmed\":true}")
                .statusCode()).isEqualTo(403);
        accounts.setRole("vera", Role.ANALYST);
        assertThat(vera.post("/api/claims/verdict", "{\"table\":\"fact_claim\",\"ids\":[1],\"confirmed\":true}")
                .statusCode()).isEqualTo(200);
        accounts.remove("vera");
        assertThat(vera.get("/api/stats").statusCode()).isEqualTo(401);
    }

    @Test
    void anApiToken_actsWithItsAccountsRole_withoutCsrf() throws Exception {
        String token = accounts.newToken("omar");
        HttpResponse<String> ok = Desk.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/claims/verdict"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"table\":\"fact_claim\",\"ids\":[1],\"confirmed\":true}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        HttpResponse<String> bad = Desk.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/stats"))
                .header("Authorization", "Bearer " + token + "x").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).contains("unknown API token").doesNotContain(token);
    }

    @Test
    void anAddressOthersReach_needsAnAdminAccount() {
        TestStore other = TestStore.create(kind, dir.resolve("other"));
        try {
            WebServer exposed = new WebServer(new WebServices(other.graph, other.events, other.entities, other.decisions,
                    new FakeCorrector(), null, null, null, new Accounts(new AccountRepository(other.db))));
            assertThatThrownBy(() -> exposed.start("0.0.0.0", 0)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("dramatis users add NAME --role admin");
        } finally {
            other.db.close();
        }
    }
}
