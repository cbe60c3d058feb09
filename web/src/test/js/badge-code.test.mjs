// Reading a badge's code: only this event's badges in the known format get as far as the signature check.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {b64url, readBadge, signedPart} from '../../main/webapp/resources/js/scanner/badge-code.mjs';

const EVENT = '0f8e2c1a-5b7d-4e3f-9a1b-2c3d4e5f6a7b';

function code(mutate) {
    const b = new Uint8Array(104);
    b.set([1, 0, 35, 0, 64]);
    const hex = EVENT.replace(/-/g, '');
    for (let i = 0; i < 16; i++) { b[5 + i] = parseInt(hex.substr(i * 2, 2), 16); }
    b[39] = 4; // PRESS
    if (mutate) { mutate(b); }
    return Buffer.from(b).toString('base64url');
}

test('a code of this event in the known format is read with its kind', () => {
    const badge = readBadge(code(), EVENT);
    assert.equal(badge.kind, 'PRESS');
    assert.equal(badge.bytes.length, 104);
});

test('another event\'s code is not read', () => {
    assert.equal(readBadge(code(), 'ffffffff-5b7d-4e3f-9a1b-2c3d4e5f6a7b'), null);
});

test('another version is not read', () => {
    assert.equal(readBadge(code((b) => { b[0] = 2; }), EVENT), null);
});

test('a code cut short is not read', () => {
    assert.equal(readBadge(code().slice(0, 100), EVENT), null);
});

test('characters outside base64url are not read', () => {
    assert.equal(b64url('abc+/='), null);
    assert.equal(readBadge('<script>', EVENT), null);
});

test('the signature covers the version and the content', () => {
    const bytes = b64url(code());
    const signed = signedPart(bytes);
    assert.equal(signed.length, 36);
    assert.equal(signed[0], 1);
    assert.equal(signed[35], bytes[39]);
});
