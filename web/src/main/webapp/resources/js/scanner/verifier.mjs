/*
 * A badge's signature checked on this device: TweetNaCl (served with the page, window.nacl) or WebCrypto's Ed25519.
 * Anything but a proven "genuine" is refused: a check that cannot run never admits.
 */
import {rawKey, signatureOf, signedPart} from './badge-code.mjs';

function nacl() {
    const n = globalThis.nacl;
    return n && n.sign && n.sign.detached && n.sign.detached.verify ? n : null;
}

function spki(key) {
    return Uint8Array.from(atob(key.publicKey), (c) => c.charCodeAt(0));
}

/** Whether this page can check a signature at all: its own verifier loaded, or WebCrypto with Ed25519. */
export function canVerify(key) {
    if (nacl()) { return Promise.resolve(true); }
    if (!key || !globalThis.crypto || !crypto.subtle) { return Promise.resolve(false); }
    return crypto.subtle.importKey('spki', spki(key), {name: 'Ed25519'}, false, ['verify'])
        .then(() => true, () => false);
}

/** true: genuine; false: forged; null: this page could not check it (then nothing is decided here). */
export function verify(bytes, key) {
    if (!key) { return Promise.resolve(null); }
    const pk = rawKey(key.publicKey);
    if (!pk) { return Promise.resolve(false); }
    const n = nacl();
    if (n) {
        try {
            return Promise.resolve(n.sign.detached.verify(signedPart(bytes), signatureOf(bytes), pk) === true);
        } catch (e) {
            return Promise.resolve(false);
        }
    }
    if (!globalThis.crypto || !crypto.subtle) { return Promise.resolve(null); }
    return crypto.subtle.importKey('spki', spki(key), {name: 'Ed25519'}, false, ['verify'])
        .then((k) => crypto.subtle.verify({name: 'Ed25519'}, k, bytes.subarray(40, 104), signedPart(bytes)))
        .then((ok) => ok === true, () => null);
}
