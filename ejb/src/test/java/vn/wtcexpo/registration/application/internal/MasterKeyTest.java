package vn.wtcexpo.registration.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key that seals the events' signing keys. */
class MasterKeyTest {

    @TempDir
    Path dir;

    private static MasterKey from(Path file) throws Exception {
        MasterKey k = new MasterKey();
        var field = MasterKey.class.getDeclaredField("configuredFile");
        field.setAccessible(true);
        field.set(k, Optional.of(file.toString()));
        k.load();
        return k;
    }

    private static final byte[] SECRET = "an event's private signing key".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSealedKey_opensForItsOwnEvent() throws Exception {
        MasterKey k = from(dir.resolve("master.key"));
        assertArrayEquals(SECRET, k.open(k.seal(SECRET, "event-1"), "event-1"));
    }

    @Test
    void aSealedKey_doesNotOpenForAnotherEvent() throws Exception {
        MasterKey k = from(dir.resolve("master.key"));
        String sealed = k.seal(SECRET, "event-1");
        assertThrows(IllegalStateException.class, () -> k.open(sealed, "event-2"));
    }

    @Test
    void anAlteredSeal_doesNotOpen() throws Exception {
        MasterKey k = from(dir.resolve("master.key"));
        char[] sealed = k.seal(SECRET, "event-1").toCharArray();
        sealed[20] = sealed[20] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> k.open(new String(sealed), "event-1"));
    }

    @Test
    void twoSeals_ofOneSecret_differ() throws Exception {
        MasterKey k = from(dir.resolve("master.key"));
        assertNotEquals(k.seal(SECRET, "event-1"), k.seal(SECRET, "event-1"));
    }

    @Test
    void everyServerWithTheSameFile_opensTheOthersSeals() throws Exception {
        Path file = dir.resolve("shared.key");
        String sealed = from(file).seal(SECRET, "event-1");
        assertArrayEquals(SECRET, from(file).open(sealed, "event-1"));
    }

    @Test
    void anotherKey_doesNotOpenTheSeal() throws Exception {
        String sealed = from(dir.resolve("one.key")).seal(SECRET, "event-1");
        assertThrows(IllegalStateException.class, () -> from(dir.resolve("two.key")).open(sealed, "event-1"));
    }

    @Test
    void aNewKeyFile_isReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("sub").resolve("master.key");
        from(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).strip().length() == 44);
    }

    @Test
    void aKeyFileOfTheWrongSize_isRefused() throws Exception {
        Path file = dir.resolve("short.key");
        Files.writeString(file, "c2hvcnQ=\n");
        assertThrows(IllegalStateException.class, () -> from(file));
    }
}
