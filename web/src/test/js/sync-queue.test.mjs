// The queue of scans decided offline: sent in order, kept when the server cannot take them now.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {SyncQueue} from '../../main/webapp/resources/js/scanner/sync-queue.mjs';

function recorder() {
    const seen = [];
    return {seen, on: {
        sent: () => seen.push('sent'), conflict: (i, a) => seen.push('conflict ' + i.code + ' ' + a.result),
        offline: () => seen.push('offline'), unpaired: () => seen.push('unpaired'),
        refused: (i, e) => seen.push('refused ' + i.code + ' ' + e.status)}};
}
const failing = (status) => () => Promise.reject(Object.assign(new Error('x'), status ? {status} : {}));

test('every item is sent in order and the queue empties', async () => {
    const saved = [];
    const q = new SyncQueue([{code: 'a'}, {code: 'b'}], (items) => saved.push(items.length));
    const sent = [];
    const r = recorder();
    await q.drain((item) => { sent.push(item.code); return Promise.resolve({result: 'ADMITTED'}); }, r.on);
    assert.deepEqual(sent, ['a', 'b']);
    assert.equal(q.length, 0);
    assert.deepEqual(saved, [1, 0]);
});

test('an answer the server decided otherwise is a conflict', async () => {
    const q = new SyncQueue([{code: 'a'}]);
    const r = recorder();
    await q.drain(() => Promise.resolve({result: 'DENIED', conflict: true}), r.on);
    assert.deepEqual(r.seen, ['sent', 'conflict a DENIED']);
});

test('without a network the item stays for later', async () => {
    const q = new SyncQueue([{code: 'a'}]);
    const r = recorder();
    await q.drain(failing(null), r.on);
    assert.equal(q.length, 1);
    assert.deepEqual(r.seen, ['offline']);
});

test('a busy server keeps the item for later', async () => {
    for (const status of [429, 503]) {
        const q = new SyncQueue([{code: 'a'}]);
        await q.drain(failing(status), recorder().on);
        assert.equal(q.length, 1);
    }
});

test('a device no longer paired stops and keeps its items', async () => {
    const q = new SyncQueue([{code: 'a'}]);
    const r = recorder();
    await q.drain(failing(401), r.on);
    assert.equal(q.length, 1);
    assert.deepEqual(r.seen, ['unpaired']);
});

test('an item refused as a request leaves the queue as a conflict and the next is sent', async () => {
    const q = new SyncQueue([{code: 'a'}, {code: 'b'}]);
    const r = recorder();
    let first = true;
    await q.drain(() => {
        if (first) { first = false; return failing(400)(); }
        return Promise.resolve({result: 'ADMITTED'});
    }, r.on);
    assert.equal(q.length, 0);
    assert.deepEqual(r.seen, ['refused a 400', 'sent']);
});

test('one drain at a time', async () => {
    const q = new SyncQueue([{code: 'a'}]);
    let calls = 0;
    let release;
    const pending = q.drain(() => { calls++; return new Promise((res) => { release = res; }); }, recorder().on);
    await q.drain(() => { calls++; return Promise.resolve({}); }, recorder().on);
    release({});
    await pending;
    assert.equal(calls, 1);
});
