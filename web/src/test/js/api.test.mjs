// The scanner's API calls: the device's token, the page's language, and refusals told apart from a lost network.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {connect} from '../../main/webapp/resources/js/scanner/api.mjs';

function reply(status, body, headers) {
    return Promise.resolve({ok: status < 400, status, text: () => Promise.resolve(body),
        headers: {get: (h) => (headers || {})[h] || null}});
}

test('a call carries the device token and the language, and answers the JSON', async () => {
    let seen = null;
    const api = connect('/ctx', () => 'tok', 'en', (url, init) => { seen = {url, init}; return reply(200, '{"a":1}'); });
    assert.deepEqual(await api('POST', '/checkins', {code: 'x'}), {a: 1});
    assert.equal(seen.url, '/ctx/api/checkins');
    assert.equal(seen.init.headers.Authorization, 'Bearer tok');
    assert.equal(seen.init.headers['Accept-Language'], 'en');
    assert.equal(seen.init.body, '{"code":"x"}');
});

test('a refusal carries its status, its body and when to come back', async () => {
    const api = connect('', () => 't', 'vi', () => reply(503, '{"error":"BUSY"}', {'Retry-After': '2'}));
    await assert.rejects(api('GET', '/devices/me'), (e) => e.status === 503 && e.body.error === 'BUSY' && e.retryAfter === 2);
});

test('a lost network has no status', async () => {
    const api = connect('', () => 't', 'vi', () => Promise.reject(new TypeError('Failed to fetch')));
    await assert.rejects(api('GET', '/devices/me'), (e) => e.status === undefined);
});

test('an empty or broken body is read as nothing', async () => {
    const api = connect('', () => 't', 'vi', () => reply(200, 'not json'));
    assert.equal(await api('GET', '/x'), null);
});
