package vn.wtcexpo.registration.model;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The text in a badge's QR code: opaque, signed and versioned, never a database id. Version 1, in bytes:
 * <pre>
 *   version (1 byte, 0x01) · payload length (2 bytes, big-endian) · signature length (2 bytes)
 *   · payload · Ed25519 signature of (version byte + payload)
 *   payload = event id (16 bytes, the UUID) · secret (16 random bytes) · serial (2 bytes) · badge kind (1 byte)
 * </pre>
 * written as base64url without padding (139 characters). A gate verifies it offline with the event's public
 * key; where the badge admits (days, halls) comes with the key, per badge kind. The format is described for
 * gate makers in {@code docs/BADGE-CODE.md}.
 */
public final class BadgeCode {

    public static final int VERSION = 1;
    static final int PAYLOAD_LENGTH = 16 + 16 + 2 + 1;
    static final int SIGNATURE_LENGTH = 64;
    static final int LENGTH = 5 + PAYLOAD_LENGTH + SIGNATURE_LENGTH;
    private static final BadgeKind[] KINDS = {null, BadgeKind.VISITOR, BadgeKind.EXHIBITOR_STAFF,
        BadgeKind.ORGANIZER_STAFF, BadgeKind.PRESS, BadgeKind.VIP, BadgeKind.CONTRACTOR};

    private final UUID eventId;
    private final byte[] secret;
    private final int serial;
    private final BadgeKind kind;
    private final byte[] signed;
    private final byte[] signature;

    private BadgeCode(UUID eventId, byte[] secret, int serial, BadgeKind kind, byte[] signed, byte[] signature) {
        this.eventId = eventId;
        this.secret = secret;
        this.serial = serial;
        this.kind = kind;
        this.signed = signed;
        this.signature = signature;
    }

    /** The code of a badge, signed with the event's private key. */
    public static String sign(UUID eventId, byte[] secret, int serial, BadgeKind kind, PrivateKey key) {
        if (secret.length != 16 || serial < 1 || serial > 0xffff) {
            throw new IllegalArgumentException("secret of 16 bytes and serial 1..65535");
        }
        ByteBuffer signed = ByteBuffer.allocate(1 + PAYLOAD_LENGTH);
        signed.put((byte) VERSION);
        signed.putLong(eventId.getMostSignificantBits()).putLong(eventId.getLeastSignificantBits());
        signed.put(secret);
        signed.putShort((short) serial);
        signed.put((byte) kindCode(kind));
        byte[] sig;
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(signed.array());
            sig = s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        out.put((byte) VERSION).putShort((short) PAYLOAD_LENGTH).putShort((short) sig.length);
        out.put(signed.array(), 1, PAYLOAD_LENGTH).put(sig);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    }

    /**
     * Reads a code without trusting it: empty unless it has exactly this format (any other version, length,
     * alphabet or a non-canonical spelling is refused). The signature is checked by {@link #verifiedBy}.
     */
    public static Optional<BadgeCode> parse(String text) {
        if (text == null || text.length() > 400) {
            return Optional.empty();
        }
        String t = text.strip();
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // one spelling per code: unused trailing bits or padding would make another text of the same bytes
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(t)) {
            return Optional.empty();
        }
        if (bytes.length != LENGTH || bytes[0] != VERSION) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.get();
        int payloadLength = in.getShort() & 0xffff;
        int signatureLength = in.getShort() & 0xffff;
        if (payloadLength != PAYLOAD_LENGTH || signatureLength != SIGNATURE_LENGTH) {
            return Optional.empty();
        }
        UUID event = new UUID(in.getLong(), in.getLong());
        byte[] secret = new byte[16];
        in.get(secret);
        int serial = in.getShort() & 0xffff;
        int kindCode = in.get() & 0xff;
        if (kindCode < 1 || kindCode >= KINDS.length || serial < 1) {
            return Optional.empty();
        }
        byte[] signed = new byte[1 + PAYLOAD_LENGTH];
        signed[0] = (byte) VERSION;
        System.arraycopy(bytes, 5, signed, 1, PAYLOAD_LENGTH);
        byte[] sig = Arrays.copyOfRange(bytes, 5 + PAYLOAD_LENGTH, LENGTH);
        return Optional.of(new BadgeCode(event, secret, serial, KINDS[kindCode], signed, sig));
    }

    /** Whether the event key signed exactly this code. */
    public boolean verifiedBy(PublicKey key) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(signed);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static int kindCode(BadgeKind kind) {
        for (int i = 1; i < KINDS.length; i++) {
            if (KINDS[i] == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException("no code for " + kind);
    }

    public UUID eventId() { return eventId; }
    public byte[] secret() { return secret.clone(); }
    public String secretText() { return Base64.getUrlEncoder().withoutPadding().encodeToString(secret); }
    public int serial() { return serial; }
    public BadgeKind kind() { return kind; }
}
