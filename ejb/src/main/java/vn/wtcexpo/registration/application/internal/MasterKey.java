package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's master key, which seals the events' private signing keys in the database (AES-256-GCM, the
 * event id as associated data, so a sealed key only opens for its own event). It lives in a file outside the
 * database and the source: {@code wtcexpo.badge.master-key-file}, by default {@code ~/.wtcexpo/badge-master.key}
 * of the account that runs Payara, made (readable by that account only) the first time it is needed. Every
 * server of a cluster needs the same file; losing it means the events' badges must be reissued.
 */
@ApplicationScoped
public class MasterKey {

    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "wtcexpo.badge.master-key-file")
    private java.util.Optional<String> configuredFile;

    private SecretKey key;

    @PostConstruct
    void load() {
        Path file = configuredFile.filter(f -> !f.isBlank()).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".wtcexpo", "badge-master.key"));
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (raw.length != 32) {
                throw new IllegalStateException("the badge master key in " + file + " is not 32 bytes of base64");
            }
            key = new SecretKeySpec(raw, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the badge master key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        try {
            Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warning("cannot restrict the permissions of " + file);
            }
            LOG.info("Made the badge master key " + file + ": keep it with the database's backups");
        } catch (FileAlreadyExistsException e) {
            // another thread or server made it first: read theirs
        }
    }

    /** Seals {@code secret} for {@code context}: base64 of nonce (12 bytes) and ciphertext with its tag. */
    public String seal(byte[] secret, String context) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** Opens what {@link #seal} sealed for the same context; an exception if it was altered or sealed by another key. */
    public byte[] open(String sealed, String context) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(all, 12, all.length - 12);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("this server's badge master key does not open the signing key of " + context
                    + " (was wtcexpo.badge.master-key-file changed or lost?)", e);
        }
    }
}
