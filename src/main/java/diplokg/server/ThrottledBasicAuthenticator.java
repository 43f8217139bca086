package diplokg.server;

import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's HTTP Basic authentication with two changes for the login-only services:
 * <ul>
 * <li>a malformed {@code Authorization: Basic} header (credentials that are not base64) is a failed login, answered
 * 401 with the usual challenge and one log line; Jetty's own authenticator lets the decoder's exception escape,
 * which the server answered 500 with a stack trace in the log for every such request;</li>
 * <li>failed logins are counted per client address by a {@link LoginThrottle}; an address past its limit gets 429
 * with {@code Retry-After} (seconds) and its credentials are not even checked until the window has passed.</li>
 * </ul>
 * Requests without credentials are challenged (401) and not counted: a browser's first request has none. Public
 * paths are not affected: Jetty only asks them for a user when the application reads it, and then a malformed or
 * throttled login is simply no user.
 */
final class ThrottledBasicAuthenticator extends BasicAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledBasicAuthenticator.class);
    private static final int TOO_MANY_REQUESTS = 429;

    private final LoginThrottle throttle;

    ThrottledBasicAuthenticator(LoginThrottle throttle) {
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    @Override
    public AuthenticationState validateRequest(Request request, Response response, Callback callback)
            throws ServerAuthException {
        String credentials = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (callback == Callback.NOT_CALLED) {
            // Deferred authentication of a path that needs no login (Jetty asks when the principal is read): no
            // response may be sent, and nothing is at stake, so nothing is counted either.
            return credentials == null || !readable(credentials) ? null
                    : super.validateRequest(request, response, callback);
        }
        String address = Request.getRemoteAddr(request);
        Duration wait = throttle.retryAfter(address);
        if (!wait.isZero() && !wait.isNegative()) {
            LOG.info("Login refused for {} on {}: too many failed logins, retry in {} s", address,
                    request.getHttpURI().getPath(), wait.toSeconds() + 1);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(wait.toSeconds() + 1));
            return AuthenticationState.writeError(request, response, callback, TOO_MANY_REQUESTS);
        }
        if (credentials == null) {
            return super.validateRequest(request, response, callback);
        }
        if (!readable(credentials)) {
            LOG.info("Login failed for {} on {}: malformed Authorization header", address,
                    request.getHttpURI().getPath());
            throttle.failed(address);
            return challenge(request, response, callback);
        }
        // Counted as failed before the answer is written, and cleared on success: a client reading the 401 may send
        // its next attempt before this thread goes on, and that attempt must already see this failure.
        throttle.failed(address);
        AuthenticationState state = super.validateRequest(request, response, callback);
        if (state instanceof AuthenticationState.Succeeded) {
            throttle.succeeded(address);
        }
        return state;
    }

    /** False for Basic credentials that are not base64; other schemes are left to Jetty (a challenge). */
    static boolean readable(String header) {
        String[] parts = header.strip().split("\\s+", 2);
        if (!parts[0].toLowerCase(Locale.ROOT).equals("basic") || parts.length < 2) {
            return true;
        }
        try {
            Base64.getDecoder().decode(parts[1]);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private AuthenticationState challenge(Request request, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"" + getLoginService().getName() + "\"");
        Response.writeError(request, response, callback, 401);
        return AuthenticationState.CHALLENGE;
    }
}
