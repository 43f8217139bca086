package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed logins per address, on a clock the test moves by hand. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(5), clock);

    @Test
    void refusesAnAddressAfterItsFailuresUntilTheWindowHasPassed() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.retryAfter("10.0.0.1"));
            throttle.failed("10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }
        assertEquals(Duration.ofSeconds(270), throttle.retryAfter("10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.retryAfter("10.0.0.2"), "other addresses are not affected");
        clock.advance(Duration.ofSeconds(271));
        assertEquals(Duration.ZERO, throttle.retryAfter("10.0.0.1"), "the first failure has left the window");
    }

    @Test
    void forgetsTheFailuresOfAnAddressThatLogsIn() {
        throttle.failed("10.0.0.1");
        throttle.failed("10.0.0.1");
        throttle.succeeded("10.0.0.1");
        throttle.failed("10.0.0.1");
        throttle.failed("10.0.0.1");
        assertEquals(Duration.ZERO, throttle.retryAfter("10.0.0.1"));
    }

    @Test
    void recognisesMalformedBasicCredentials() {
        assertEquals(false, ThrottledBasicAuthenticator.readable("Basic %%%not-base64%%%"));
        assertEquals(true, ThrottledBasicAuthenticator.readable("Basic YWRtaW46cHc="));
        assertEquals(true, ThrottledBasicAuthenticator.readable("Basic"));
        assertEquals(true, ThrottledBasicAuthenticator.readable("Bearer abc"));
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
