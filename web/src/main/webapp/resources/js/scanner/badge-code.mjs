/*
 * A badge's code as the gate reads it (docs/BADGE-CODE.md): 104 bytes in base64url, a version, the event, the badge's
 * kind and an Ed25519 signature over the rest. Reading the bytes decides nothing: the signature is checked apart.
 */

/** The badge kinds in the code's numbering (1 = VISITOR). */
export const KINDS = ['VISITOR', 'EXHIBITOR_STAFF', 'ORGANIZER_STAFF', 'PRESS', 'VIP', 'CONTRACTOR'];

/** The bytes of a base64url text without padding, or null for anything else. */
export function b64url(text) {
    if (!/^[A-Za-z0-9_-]+$/.test(text)) { return null; }
    let s = text.replace(/-/g, '+').replace(/_/g, '/');
    while (s.length % 4) { s += '='; }
    try {
        const bin = atob(s);
        const out = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
        return out;
    } catch (e) {
        return null;
    }
}

export function hex(bytes) {
    return Array.prototype.map.call(bytes, (x) => ('0' + x.toString(16)).slice(-2)).join('');
}

/**
 * The badge a code stands for at event {@code eventId} (its UUID): {bytes, kind}, or null when the code is not one of
 * this event's badges in the known format (wrong length, version, sizes or event).
 */
export function readBadge(code, eventId) {
    const bytes = b64url(code || '');
    if (!eventId || !bytes || bytes.length !== 104 || bytes[0] !== 1 || bytes[1] !== 0 || bytes[2] !== 35
        || bytes[3] !== 0 || bytes[4] !== 64 || hex(bytes.subarray(5, 21)) !== eventId.replace(/-/g, '')) {
        return null;
    }
    return {bytes: bytes, kind: KINDS[bytes[39] - 1]};
}

/** What the signature covers: the version byte and the 35 bytes of content. */
export function signedPart(bytes) {
    const signed = new Uint8Array(36);
    signed[0] = bytes[0];
    signed.set(bytes.subarray(5, 40), 1);
    return signed;
}

/** The signature's 64 bytes. */
export function signatureOf(bytes) {
    return bytes.slice(40, 104);
}

/** The 32-byte Ed25519 key inside the event's SPKI key (base64), or null when it is not one. */
export function rawKey(publicKeyBase64) {
    const spki = Uint8Array.from(atob(publicKeyBase64), (c) => c.charCodeAt(0));
    return spki.length === 44 ? spki.subarray(12) : null; // a 12-byte header, then the key
}
