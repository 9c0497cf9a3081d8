package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person at a workbench with accounts, for tests: signs in through the form as a browser does and then sends its
 * session cookie, and its CSRF token on changes. Redirects are not followed, so tests see them.
 */
final class Desk {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    final String base;
    final String cookie;
    final String csrf;

    private Desk(String base, String cookie, String csrf) {
        this.base = base;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    /** Signs in; fails the test when the workbench does not accept the password. */
    static Desk signIn(String base, String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> res = login(base, name, password);
        assertThat(res.statusCode()).as("sign-in of " + name + ": " + res.body()).isEqualTo(303);
        String setCookie = res.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = META.matcher(home.body());
        assertThat(m.find()).as(home.body()).isTrue();
        return new Desk(base, cookie, m.group(1));
    }

    /** Posts the sign-in form with the form's own token, as a browser would. */
    static HttpResponse<String> login(String base, String name, String password) throws IOException, InterruptedException {
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        String form = "csrf=" + enc(m.group(1)) + "&name=" + enc(name) + "&password=" + enc(password) + "&next=%2F";
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST with the session cookie and CSRF header. */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/json").header(WebServer.CSRF_HEADER, csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
