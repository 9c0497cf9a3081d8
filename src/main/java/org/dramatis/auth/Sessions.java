package org.dramatis.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, in memory (a restart signs everyone out): a random id for the cookie, the account's name and a
 * CSRF token of the session's own. A session unused for longer than the idle timeout has ended.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One session; {@code csrf} is what its pages carry and its changes must send back. */
    public record Session(String id, String name, String csrf) {
    }

    private record Entry(Session session, Instant lastSeen) {
    }

    private final Clock clock;
    private final Duration idle;
    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    public Sessions(Clock clock, Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive, got " + idle);
        }
        this.clock = clock;
        this.idle = idle;
    }

    /** A new session for {@code name}, with fresh random id and CSRF token. */
    public Session start(String name) {
        expire();
        Session s = new Session(random(), name, random());
        sessions.put(s.id(), new Entry(s, clock.instant()));
        return s;
    }

    /** The live session with this id, now marked as used; empty when unknown or idle for too long. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entry e = sessions.computeIfPresent(id, (k, old) -> old.lastSeen().plus(idle).isAfter(now)
                ? new Entry(old.session(), now) : null);
        return e == null ? Optional.empty() : Optional.of(e.session());
    }

    /** Ends a session (logout). */
    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** The idle timeout, for the cookie's lifetime. */
    public Duration idle() {
        return idle;
    }

    private void expire() {
        Instant now = clock.instant();
        sessions.values().removeIf(e -> !e.lastSeen().plus(idle).isAfter(now));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
