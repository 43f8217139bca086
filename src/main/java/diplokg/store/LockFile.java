package diplokg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.sys.Names;

/**
 * TDB2's lock file of a store folder, read to learn which process holds the store.
 *
 * <p>Design decision: TDB2 refuses a store held by another process with a {@code DBOpEnvException}, a type it also
 * uses for other failures of the database environment, and names the holder only inside its message text. The lock
 * file is the structured source of the same fact: TDB2 writes the process id of the holder into it when it takes
 * the lock (Jena's {@code ProcessFileLock}), and reads it back for its own message. Reading it here, and asking the
 * operating system whether that process is alive, tells a lock apart from other failures without parsing a message.
 */
final class LockFile {

    private LockFile() {
    }

    /**
     * The process id of a live process other than this one that the lock file of the store in {@code folder} names;
     * empty when there is no such file, it names no process, or it names this process or a finished one.
     */
    static OptionalLong otherHolder(Path folder) {
        Path file = Path.of(Location.create(folder).getPath(Names.TDB_LOCK_FILE));
        try {
            long pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
            boolean other = pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isPresent();
            return other ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            // No readable process id: whatever failed, it cannot be attributed to a holder.
            return OptionalLong.empty();
        }
    }
}
