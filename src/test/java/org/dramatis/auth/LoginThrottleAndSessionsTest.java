package org.dramatis.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The lock-out after repeated failures and the idle end of sessions, on a clock the test moves. */
class LoginThrottleAndSessionsTest {
    @Test
    void fiveFailures_lockTheNameForFifteenMinutes_andOnlyThatName() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            throttle.failed("omar");
        }
        assertThat(throttle.lockedFor("omar")).isEmpty();
        throttle.failed("omar");
        assertThat(throttle.lockedFor("omar")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("amira")).isEmpty();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedFor("omar")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("omar")).isEmpty();
    }

    @Test
    void aSuccess_clearsTheCount() {
        LoginThrottle throttle = new LoginThrottle(new TestClock(), 5, Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            throttle.failed("omar");
        }
        throttle.succeeded("omar");
        throttle.failed("omar");
        assertThat(throttle.lockedFor("omar")).isEmpty();
    }

    @Test
    void aSession_endsAfterTheIdleTimeout_butUseKeepsItAlive() {
        TestClock clock = new TestClock();
        Sessions sessions = new Sessions(clock, Duration.ofMinutes(30));
        Sessions.Session s = sessions.start("omar");
        assertThat(s.csrf()).isNotEqualTo(s.id()).hasSizeGreaterThan(40);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).contains(s);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).as("used 29 minutes ago").contains(s);
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(s.id())).isEmpty();
        Sessions.Session t = sessions.start("omar");
        sessions.end(t.id());
        assertThat(sessions.find(t.id())).isEmpty();
    }
}
