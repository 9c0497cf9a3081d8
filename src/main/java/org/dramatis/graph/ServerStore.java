package org.dramatis.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.model.DramatisException;

/**
 * Where a PostgreSQL store is: {@code postgresql://HOST:PORT/DB?user=U} (also {@code postgres://} or a JDBC URL
 * {@code jdbc:postgresql://...}), read from {@code --db} or {@code DRAMATIS_DB}. The password comes from the URL
 * ({@code ?password=P} or {@code U:P@HOST}) or else from {@code PGPASSWORD}; other query parameters go to the driver
 * as they are ({@code sslmode=require}, {@code currentSchema=s}).
 *
 * @param jdbcUrl the driver's URL, without user or password
 * @param user the role to log in as, or null for the driver's default
 * @param password the password, or null for none (trust, peer or a {@code .pgpass} file)
 */
public record ServerStore(String jdbcUrl, String user, String password) {
    public static final String PASSWORD_ENV = "PGPASSWORD";

    public ServerStore {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new DramatisException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
    }

    /** Whether {@code text} names a server store rather than a data directory. */
    public static boolean isUrl(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://")
                || text.startsWith("jdbc:postgresql:"));
    }

    /**
     * Reads {@code url} with the password from {@code PGPASSWORD} when the URL has none.
     *
     * @throws DramatisException naming the URL (its password left out) and what is wrong with it
     */
    public static ServerStore parse(String url) {
        return parse(url, System.getenv(PASSWORD_ENV));
    }

    static ServerStore parse(String url, String envPassword) {
        if (!isUrl(url)) {
            throw new DramatisException("database URL " + url + " is not a PostgreSQL URL:"
                    + " give postgresql://HOST:PORT/DATABASE?user=NAME");
        }
        String plain = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        URI uri;
        try {
            uri = new URI(plain);
        } catch (URISyntaxException e) {
            throw new DramatisException("database URL " + hidden(url) + " cannot be read: " + e.getReason(), e);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new DramatisException("database URL " + hidden(url) + " names no database: give postgresql://HOST:PORT/DATABASE");
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length == 2 ? decode(parts[1]) : null;
        }
        List<String> rest = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length == 2 ? decode(kv[1]) : "";
                switch (kv[0]) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> rest.add(pair);
                }
            }
        }
        if (password == null && envPassword != null && !envPassword.isEmpty()) {
            password = envPassword;
        }
        String jdbc = "jdbc:postgresql://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path
                + (rest.isEmpty() ? "" : "?" + String.join("&", rest));
        return new ServerStore(jdbc, user, password);
    }

    /** The store as the user can be shown it: the URL with the user and without any password. */
    @Override
    public String toString() {
        return jdbcUrl.substring("jdbc:".length()) + (user == null ? "" : (jdbcUrl.contains("?") ? "&" : "?") + "user=" + user);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** {@code url} with any password replaced, for messages. */
    private static String hidden(String url) {
        return url.replaceAll("password=[^&]*", "password=***").replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
    }
}
