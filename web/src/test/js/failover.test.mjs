import {test} from 'node:test';
import assert from 'node:assert/strict';
import {retryable, sendWithin} from '../../main/webapp/resources/js/scanner/failover.mjs';

/** A clock the test moves: each attempt takes {@code costMs}, each pause moves it too. */
function world(answers, costMs) {
    let t = 0;
    const sent = [];
    const api = (method, path, body, timeoutMs) => {
        sent.push({body: body, timeoutMs: timeoutMs});
        t += costMs;
        const next = answers.shift();
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    };
    return {api: api, sent: sent, options: {now: () => t, sleep: (ms) => { t += ms; return Promise.resolve(); }}};
}

function failure(status) {
    const e = new Error(status ? 'HTTP ' + status : 'network');
    if (status) { e.status = status; }
    return e;
}

test('a broken connection and a 502 are sent again, with the same nonce, until a server answers', async () => {
    const w = world([failure(), failure(502), {result: 'ADMITTED'}], 100);
    const scan = {code: 'c', gate: 'A-IN', direction: 'IN', nonce: 'n-1'};
    const answer = await sendWithin(w.api, 'POST', '/checkins', scan, w.options);
    assert.equal(answer.result, 'ADMITTED');
    assert.equal(w.sent.length, 3);
    assert.ok(w.sent.every((s) => s.body.nonce === 'n-1'));
});

test('a refusal is not sent again', async () => {
    for (const status of [400, 401, 403, 404, 409, 429]) {
        const w = world([failure(status), {result: 'ADMITTED'}], 10);
        await assert.rejects(sendWithin(w.api, 'POST', '/checkins', {}, w.options), (e) => e.status === status);
        assert.equal(w.sent.length, 1, 'status ' + status);
    }
});

test('after two seconds without an answer the device goes offline with the last failure', async () => {
    const w = world(Array.from({length: 50}, () => failure(503)), 300);
    await assert.rejects(sendWithin(w.api, 'POST', '/checkins', {}, w.options), (e) => e.status === 503);
    assert.ok(w.sent.length >= 2 && w.sent.length <= 5, 'attempts: ' + w.sent.length);
    assert.ok(w.sent.every((s) => s.timeoutMs <= 2000), 'no attempt may wait past the budget');
});

test('each attempt waits only for what is left of the budget', async () => {
    const w = world([failure(), {result: 'ADMITTED'}], 900);
    await sendWithin(w.api, 'POST', '/checkins', {}, w.options);
    assert.equal(w.sent[0].timeoutMs, 2000);
    assert.equal(w.sent[1].timeoutMs, 2000 - 900 - 150);
});

test('what may be sent again', () => {
    assert.ok(retryable(failure()));
    assert.ok(retryable(failure(502)) && retryable(failure(503)) && retryable(failure(504)));
    assert.ok(!retryable(failure(500)) && !retryable(failure(401)) && !retryable(failure(409)));
});
