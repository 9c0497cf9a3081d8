package org.dramatis.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock-out after repeated failures: after {@code maxFailures} wrong passwords in a row for one account name, that
 * name is refused, even with the right password, until {@code lockout} has passed. Kept in memory: a restart forgets it.
 */
public final class LoginThrottle {
    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** How long {@code name} stays locked out, or empty when it may try. */
    public Optional<Duration> lockedFor(String name) {
        Failures f = failures.get(key(name));
        if (f == null || f.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        if (left.isNegative() || left.isZero()) {
            failures.remove(key(name));
            return Optional.empty();
        }
        return Optional.of(left);
    }

    /** Counts a wrong password; the one that reaches the limit locks the name. */
    public void failed(String name) {
        failures.compute(key(name), (k, f) -> {
            int count = (f == null ? 0 : f.count()) + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
    }

    /** A successful login clears the count. */
    public void succeeded(String name) {
        failures.remove(key(name));
    }

    private static String key(String name) {
        return name == null ? "" : name;
    }
}
