package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.DiplokgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAccessTest {

    @TempDir
    Path folder;

    @Test
    void hasNoAccessWhenTheEnvironmentSetsNoCredentials() {
        assertEquals(AdminAccess.NONE, AdminAccess.fromEnvironment(Map.of("PATH", "/bin")));
    }

    @Test
    void readsThePasswordAndOptionalUserFromTheEnvironment() {
        assertEquals(new AdminAccess.Password("admin", "s3cret"),
                AdminAccess.fromEnvironment(Map.of(AdminAccess.PASSWORD_VARIABLE, "s3cret")));
        assertEquals(new AdminAccess.Password("maintainer", "s3cret"), AdminAccess.fromEnvironment(Map.of(
                AdminAccess.PASSWORD_VARIABLE, "s3cret", AdminAccess.USER_VARIABLE, "maintainer")));
    }

    @Test
    void prefersAPasswordFileAndRefusesOneThatIsMissing() throws IOException {
        Path file = Files.writeString(folder.resolve("passwords"), "admin: pw\n");
        assertEquals(new AdminAccess.PasswordFile(file), AdminAccess.fromEnvironment(Map.of(
                AdminAccess.PASSWORD_FILE_VARIABLE, file.toString(), AdminAccess.PASSWORD_VARIABLE, "other")));
        DiplokgException e = assertThrows(DiplokgException.class, () -> AdminAccess.fromEnvironment(
                Map.of(AdminAccess.PASSWORD_FILE_VARIABLE, folder.resolve("missing").toString())));
        assertTrue(e.getMessage().contains("admin password file not found"), e.getMessage());
    }

    @Test
    void refusesABlankPasswordInsteadOfServingWithAnEmptyOne() {
        assertThrows(DiplokgException.class,
                () -> AdminAccess.fromEnvironment(Map.of(AdminAccess.PASSWORD_VARIABLE, " ")));
    }

    @Test
    void neverPrintsThePassword() {
        assertFalse(new AdminAccess.Password("admin", "s3cret").toString().contains("s3cret"));
    }
}
