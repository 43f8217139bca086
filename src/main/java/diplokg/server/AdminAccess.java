package diplokg.server;

import diplokg.DiplokgException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;

/**
 * Who may use the services of the configuration that require a login ({@code fuseki:allowedUsers}, the
 * read-write {@code /kg-admin}). Credentials never live in the repository: they come from the environment, as a
 * password ({@value #PASSWORD_VARIABLE}, for the user {@value #USER_VARIABLE} or {@value #DEFAULT_USER}) or as a
 * Jetty password file outside the repository ({@value #PASSWORD_FILE_VARIABLE}, lines {@code user: password}).
 * With neither, {@link #NONE}: the server leaves those services out, so they do not exist at all.
 */
public sealed interface AdminAccess {

    String PASSWORD_VARIABLE = "DIPLOKG_ADMIN_PASSWORD";
    String USER_VARIABLE = "DIPLOKG_ADMIN_USER";
    String PASSWORD_FILE_VARIABLE = "DIPLOKG_ADMIN_PASSWORD_FILE";
    String DEFAULT_USER = "admin";
    String REALM = "diplokg";

    /** No credentials: services that need a login are not served. */
    AdminAccess NONE = new None();

    /** No credentials. */
    record None() implements AdminAccess {
    }

    /** One user and its password. */
    record Password(String user, String password) implements AdminAccess {

        public Password {
            Objects.requireNonNull(user, "user");
            if (password == null || password.isBlank()) {
                throw new DiplokgException(PASSWORD_VARIABLE + " is set but blank; give a password or unset it");
            }
        }

        @Override
        public String toString() {
            return "Password[user=" + user + ", password=***]";
        }
    }

    /** A Jetty password file. */
    record PasswordFile(Path file) implements AdminAccess {

        public PasswordFile {
            if (!Files.isReadable(file)) {
                throw new DiplokgException(file + ": admin password file not found or not readable ("
                        + PASSWORD_FILE_VARIABLE + ")");
            }
        }
    }

    /** The access the environment {@code env} configures (a password file wins over a password). */
    static AdminAccess fromEnvironment(Map<String, String> env) {
        String file = env.get(PASSWORD_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            return new PasswordFile(Path.of(file));
        }
        String password = env.get(PASSWORD_VARIABLE);
        if (password != null) {
            return new Password(env.getOrDefault(USER_VARIABLE, DEFAULT_USER), password);
        }
        return NONE;
    }

    /**
     * The Jetty security handler (HTTP Basic) checking these credentials; Fuseki adds the protected paths. Failed
     * logins are throttled per client address ({@link LoginThrottle#standard()}: 429 after 10 in five minutes) and a
     * malformed {@code Authorization} header is a 401 ({@link ThrottledBasicAuthenticator}).
     */
    default ConstraintSecurityHandler securityHandler() {
        UserStore users;
        if (this instanceof Password p) {
            users = JettySecurityLib.makeUserStore(p.user(), p.password());
        } else if (this instanceof PasswordFile f) {
            users = JettySecurityLib.makeUserStore(f.file().toString());
        } else {
            throw new IllegalStateException("no admin credentials");
        }
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        handler.setAuthenticator(new ThrottledBasicAuthenticator(LoginThrottle.standard()));
        return handler;
    }
}
