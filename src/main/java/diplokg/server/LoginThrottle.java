package diplokg.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per client address: after {@code maxFailures} failures within {@code window}, an address is refused
 * until the oldest of them is older than {@code window}. Guessing the admin password then costs a window per
 * {@code maxFailures} guesses (10 per five minutes by default: 2,880 a day) instead of the 300 a second the server
 * answered without it.
 *
 * <p>Memory is bounded: at most {@value #MAX_ADDRESSES} addresses are tracked; past that the address whose first
 * tracked failure is the oldest is forgotten. A success clears its address. Thread-safe.
 */
final class LoginThrottle {

    static final int DEFAULT_MAX_FAILURES = 10;
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures and window must be positive: " + maxFailures + ", "
                    + window);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** The default throttle: {@value #DEFAULT_MAX_FAILURES} failures per five minutes. */
    static LoginThrottle standard() {
        return new LoginThrottle(DEFAULT_MAX_FAILURES, DEFAULT_WINDOW, Clock.systemUTC());
    }

    /** How long {@code address} must wait before its next attempt; zero when it may try now. */
    synchronized Duration retryAfter(String address) {
        Deque<Instant> recent = recent(address);
        if (recent == null || recent.size() < maxFailures) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), recent.peekFirst().plus(window));
    }

    /** Records a failed login from {@code address}. */
    synchronized void failed(String address) {
        Deque<Instant> recent = recent(address);
        if (recent == null) {
            if (failures.size() >= MAX_ADDRESSES) {
                Iterator<String> oldest = failures.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            recent = new ArrayDeque<>();
            failures.put(address, recent);
        }
        recent.addLast(clock.instant());
        while (recent.size() > maxFailures) {
            recent.removeFirst();
        }
    }

    /** Forgets the failures of {@code address}, which has just logged in. */
    synchronized void succeeded(String address) {
        failures.remove(address);
    }

    /** The failures of {@code address} still inside the window, or null when there are none. */
    private Deque<Instant> recent(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return null;
        }
        Instant since = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(address);
            return null;
        }
        return recent;
    }
}
