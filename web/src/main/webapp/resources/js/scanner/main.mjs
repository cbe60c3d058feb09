/*
 * The gate scanner: a paired device's page. The camera scans continuously, a handheld scanner types into the code
 * field; each scan is answered full-screen with a sound, and the next one is ready without a tap. When the network
 * drops, the page decides on its own (offline-rules.mjs) with the event's public key, the revocation list and what
 * this device admitted, queues the scans with their nonces (sync-queue.mjs), and sends them when it is back; a scan
 * the server decided otherwise is shown as a conflict. Nothing here trusts the page: the server decides every scan
 * it receives again.
 */
import {connect} from './api.mjs';
import {readBadge} from './badge-code.mjs';
import {Camera} from './camera.mjs';
import {Leads} from './leads.mjs';
import {decide, localParts} from './offline-rules.mjs';
import {retryable, sendWithin} from './failover.mjs';
import {SyncQueue} from './sync-queue.mjs';
import {canVerify, verify} from './verifier.mjs';

const root = document.getElementById('scanner');
const ctx = root.getAttribute('data-context') || '';
const lang = root.getAttribute('data-lang') || 'vi';
const T = {};
Array.prototype.forEach.call(document.querySelectorAll('#texts li'), (li) => {
    T[li.getAttribute('data-key')] = li.textContent;
});
const $ = (id) => document.getElementById(id);
const KEPT = ['token', 'me', 'key', 'revoked', 'revokedSince', 'inside', 'queue', 'gate'];
const store = {
    get(k, d) {
        try {
            const v = localStorage.getItem('wtcScanner.' + k);
            return v === null ? d : JSON.parse(v);
        } catch (e) {
            return d;
        }
    },
    set(k, v) {
        try {
            localStorage.setItem('wtcScanner.' + k, JSON.stringify(v));
        } catch (e) { /* storage full: the queue stays in memory */ }
    },
    forget(keys) {
        keys.forEach((k) => localStorage.removeItem('wtcScanner.' + k));
    }
};

// --- pairing: the token arrives in the address's fragment (never sent to a server) and is kept here
const paired = /[#&]device=([A-Za-z0-9_-]{10,100})/.exec(location.hash);
if (paired) {
    if (store.get('token', null) !== paired[1]) {
        store.forget(KEPT.filter((k) => k !== 'token' && k !== 'gate'));
    }
    store.set('token', paired[1]);
    history.replaceState(null, '', location.pathname + location.search);
}
const token = store.get('token', null);

if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(ctx + '/scanner-sw.js').catch(() => { /* works online without it */ });
}

const api = connect(ctx, () => token, lang);
let me = store.get('me', null);
let key = store.get('key', null);
const revoked = store.get('revoked', []);
/** Who this device let in and is inside now: code → {day, time, gate} (a day alone, from before). */
const inside = store.get('inside', {});
const queue = new SyncQueue(store.get('queue', []), (items) => store.set('queue', items));
let direction = 'IN';
let online = true;
let busy = false;
let lastCode = null;
let lastAt = 0;

function setOnline(value) {
    online = value;
    const s = $('netState');
    s.textContent = value ? T.online : T.offline;
    s.className = 'net-state ' + (value ? 'online' : 'offline');
    showQueue();
}

function showQueue() {
    const q = $('queueState');
    if (queue.length) {
        q.hidden = false;
        q.textContent = T.queued.replace('{0}', queue.length);
    } else {
        q.hidden = true;
    }
}

// --- what the device needs to work offline: its event, gates, key and revocation list

function refresh() {
    return api('GET', '/devices/me').then((data) => {
        me = data;
        store.set('me', me);
        setOnline(true);
        if (leadMode()) {
            return null;
        }
        return Promise.all([
            api('GET', '/events/' + me.device.event + '/badge-key').then((k) => { key = k; store.set('key', k); showVerifier(); }),
            refreshRevocations()
        ]);
    }, (e) => {
        if (e.status === 401 || e.status === 403) {
            unpaired(true);
            throw e;
        }
        setOnline(false);
    });
}

function refreshRevocations() {
    if (!me || leadMode()) { return Promise.resolve(); }
    let since = store.get('revokedSince', null);
    return api('GET', '/events/' + me.device.event + '/revocations' + (since ? '?since=' + encodeURIComponent(since) : ''))
        .then((list) => {
            list.forEach((r) => {
                if (revoked.indexOf(r.code) < 0) { revoked.push(r.code); }
                if (!since || r.revokedAt > since) { since = r.revokedAt; }
            });
            store.set('revoked', revoked);
            if (since) { store.set('revokedSince', since); }
        });
}

function unpaired(revokedDevice) {
    $('ready').hidden = true;
    $('unpaired').hidden = false;
    if (revokedDevice) {
        $('unpaired').querySelector('p').textContent = T.revokedDevice;
    }
    camera.stop();
}

function fillGates() {
    if (leadMode()) {
        document.querySelector('.scanner-controls').hidden = true;
        const title = me.eventName ? (me.eventName[lang] || me.eventName.vi) : '';
        $('eventName').textContent = T.leadsTitle + ' · ' + title;
        return;
    }
    const sel = $('gate');
    const chosen = store.get('gate', null);
    sel.innerHTML = '';
    (me.gates || []).forEach((g) => {
        const o = document.createElement('option');
        o.value = g.code;
        o.textContent = g.code + ' → ' + T.hall + ' ' + g.hall + ' · ' + T['dir' + g.direction];
        if (g.code === chosen) { o.selected = true; }
        sel.appendChild(o);
    });
    if (!chosen) {
        const entry = (me.gates || []).filter((g) => g.direction !== 'OUT')[0];
        if (entry) { sel.value = entry.code; }
    }
    $('eventName').textContent = me.eventName ? (me.eventName[lang] || me.eventName.vi) : '';
    gateChanged();
}

function currentGate() {
    const code = $('gate').value;
    return (me && me.gates || []).filter((g) => g.code === code)[0];
}

function gateChanged() {
    const g = currentGate();
    if (!g) { return; }
    store.set('gate', g.code);
    const both = g.direction === 'BOTH';
    $('directionGroup').hidden = !both;
    // a two-way gate starts on its default, in; an exit is chosen for one scan at a time
    setDirection(both ? 'IN' : g.direction);
}

function setDirection(d) {
    direction = d;
    store.set('direction', d);
    ['dirIn', 'dirOut'].forEach((id) => {
        const b = $(id);
        const on = b.getAttribute('data-direction') === d;
        b.className = 'dir' + (on ? ' active' : '');
        b.setAttribute('aria-checked', on ? 'true' : 'false');
    });
}

function leadMode() {
    return me && me.device && me.device.mode === 'LEADS';
}

// --- a scan

function nonce() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, (x) => ('0' + x.toString(16)).slice(-2)).join('');
}

function scan(text) {
    const code = (text || '').trim();
    const now = Date.now();
    if (!code || busy || !me) { return; }
    if (code === lastCode && now - lastAt < 4000) { return; } // the camera sees one badge many times
    lastCode = code;
    lastAt = now;
    if (leadMode()) {
        busy = true;
        leads.scan(code);
        return;
    }
    const g = currentGate();
    if (!g) { return; }
    busy = true;
    const item = {code: code, gate: g.code, direction: direction, nonce: nonce(), scannedAt: new Date().toISOString()};
    // a live scan is decided by the server's clock: only a scan sent later (from the queue) says when it happened
    const live = {code: item.code, gate: item.gate, direction: item.direction, nonce: item.nonce};
    // behind the load balancer: sent again with the same nonce while a server fails over, for 2 s at most
    sendWithin(api, 'POST', '/checkins', live).then((answer) => {
        setOnline(true);
        remember(answer, item);
        show(answer, null);
    }, (e) => {
        if (e.status === 401 || e.status === 403) {
            busy = false;
            unpaired(true);
            return;
        }
        if (!retryable(e)) {
            show({result: 'DENIED', reason: null, message: (e.body && e.body.message) || T.refused}, null);
            return;
        }
        setOnline(false);
        decideOffline(item, g).then((answer) => {
            if (!answer.unchecked) {
                item.offlineResult = answer.result; // else the server decides it alone when it arrives
            }
            queue.push(item);
            showQueue();
            show(answer, T.decidedOffline);
        });
    });
}

/** What this device admitted, so that it can tell "already inside" on its own while offline. */
function remember(answer, item) {
    if (answer.result !== 'ADMITTED') { return; }
    if (item.direction === 'IN') {
        const at = localParts(new Date());
        inside[item.code] = {day: at.day, time: at.time, gate: item.gate};
    } else {
        delete inside[item.code];
    }
    store.set('inside', inside);
}

/** The same rules as the server, in the same order, with what this device knows; what it lets in is remembered. */
function decideOffline(item, gate) {
    const badge = key ? readBadge(item.code, key.event) : null;
    if (!badge) {
        return Promise.resolve({result: 'DENIED', reason: 'UNKNOWN_CODE', message: T.UNKNOWN_CODE, badge: null});
    }
    return verify(badge.bytes, key).then((genuine) => {
        const at = localParts(new Date(item.scannedAt));
        const d = decide({kind: badge.kind, genuine: genuine, revoked: revoked.indexOf(item.code) >= 0,
            direction: item.direction, hall: gate.hall, gate: gate.code, at: at}, key, inside[item.code]);
        if (d.reason === 'UNCHECKED') {
            return {result: 'DENIED', reason: 'UNCHECKED', unchecked: true, message: T.unchecked, badge: null};
        }
        const shown = d.reason === 'BAD_SIGNATURE' ? null : {type: badge.kind};
        if (item.direction === 'OUT' && d.result === 'ADMITTED') {
            delete inside[item.code];
            store.set('inside', inside);
            return {result: 'ADMITTED', reason: null, message: d.wasInside ? T.exit : T.exitNotInside, badge: shown};
        }
        if (d.result === 'ADMITTED') {
            inside[item.code] = {day: at.day, time: at.time, gate: gate.code};
            store.set('inside', inside);
            return {result: 'ADMITTED', reason: null, message: T.admitted, badge: shown};
        }
        const refusal = {result: 'DENIED', reason: d.reason, message: T[d.reason], badge: shown};
        if (d.insideSince && d.insideSince.time) {
            refusal.message = T.ALREADY_INSIDE_SINCE.replace('{0}', d.insideSince.time).replace('{1}', d.insideSince.gate);
        }
        return refusal;
    });
}

function showVerifier() {
    canVerify(key).then((can) => { $('noVerifier').hidden = can; });
}

// --- the answer, full screen, with a sound

let audio = null;

function beep(ok) {
    try {
        audio = audio || new (window.AudioContext || window.webkitAudioContext)();
        if (audio.state === 'suspended') { audio.resume(); }
        const tones = ok ? [[880, 0, 0.12], [1320, 0.12, 0.12]] : [[220, 0, 0.25], [180, 0.3, 0.35]];
        tones.forEach((t) => {
            const o = audio.createOscillator();
            const g = audio.createGain();
            o.type = ok ? 'sine' : 'square';
            o.frequency.value = t[0];
            g.gain.value = 0.2;
            o.connect(g);
            g.connect(audio.destination);
            o.start(audio.currentTime + t[1]);
            o.stop(audio.currentTime + t[1] + t[2]);
        });
    } catch (e) { /* no sound on this device */ }
}

const ANSWER_MS = 3000;
let hideTimer = null;
let readyTimer = null;

function show(answer, note) {
    const ok = answer.result === 'ADMITTED';
    if (answer.unchecked) { note = T.queued.replace('{0}', queue.length); }
    const a = $('answer');
    a.className = 'answer ' + (ok ? 'answer-ok' : 'answer-no');
    $('answerTitle').textContent = answer.message || (ok ? T.admitted : T[answer.reason] || T.refused);
    const b = answer.badge || {};
    $('answerHolder').textContent = b.holder || '';
    $('answerCompany').textContent = b.company || '';
    $('answerType').textContent = b.type ? (T[b.type] || b.type) : '';
    $('answerNote').textContent = note || (answer.replayed ? T.replayed : '');
    a.hidden = false;
    a.setAttribute('data-result', answer.result);
    a.setAttribute('data-reason', answer.reason || '');
    beep(ok);
    addRecent(answer);
    // the next badge can be scanned after a moment; the answer stays until it is replaced by the next one,
    // and at least ANSWER_MS when nobody follows, long enough to read at a busy door
    clearTimeout(hideTimer);
    clearTimeout(readyTimer);
    readyTimer = setTimeout(release, 900);
    hideTimer = setTimeout(ready, ANSWER_MS);
    // after an exit on a two-way gate, the choice goes back to the gate's default (in)
    const g = currentGate();
    if (g && g.direction === 'BOTH' && direction === 'OUT' && !leadMode()) {
        setDirection('IN');
    }
}

/** Ready for the next scan; the answer stays on the screen until it is replaced or its time is up. */
function release() {
    busy = false;
    const input = $('code');
    input.value = '';
    // not while a handheld scanner is typing outside the field: the code would arrive split in two
    if (document.activeElement !== input && !camera.running && Date.now() - burstAt > 1000) { input.focus(); }
}

function ready() {
    $('answer').hidden = true;
    release();
}

function addRecent(answer) {
    const li = document.createElement('li');
    li.className = answer.result === 'ADMITTED' ? 'ok' : 'no';
    const who = answer.badge && answer.badge.holder ? answer.badge.holder + ' · ' : '';
    li.textContent = localParts(new Date()).time + ' · ' + who + (answer.message || '');
    const list = $('recent');
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 8) { list.removeChild(list.lastChild); }
}

// --- sending what was decided offline

function sync() {
    if (!token) { return; }
    queue.drain((item) => api('POST', '/checkins', item, 8000), {
        sent() { setOnline(true); showQueue(); },
        conflict: addConflict,
        offline() { setOnline(false); },
        unpaired() { unpaired(true); },
        refused(item, e) {
            showQueue();
            addConflict(item, {result: 'DENIED', message: (e.body && e.body.message) || T.refused});
        }
    });
}

function addConflict(item, answer) {
    $('conflictBox').hidden = false;
    const li = document.createElement('li');
    const time = localParts(new Date(item.scannedAt)).time;
    const who = answer.badge && answer.badge.holder ? answer.badge.holder + ' · ' : '';
    li.textContent = time + ' · ' + item.gate + ' · ' + who + T.conflict + ' ' + (answer.message || '');
    $('conflicts').insertBefore(li, $('conflicts').firstChild);
}

// --- start

const camera = new Camera($, scan, () => busy);
const leads = new Leads({$, T, api, show: (answer) => show(answer, null), beep, setOnline,
    unpaired: () => unpaired(true), settled: () => { busy = false; },
    ready: () => { lastAt = Date.now(); ready(); }}); // the badge still in front of the camera is not read again at once

$('gate').addEventListener('change', gateChanged);
$('dirIn').addEventListener('click', () => setDirection('IN'));
$('dirOut').addEventListener('click', () => setDirection('OUT'));
$('startCamera').addEventListener('click', () => camera.start());
$('answer').addEventListener('click', () => { clearTimeout(hideTimer); ready(); });
$('manual').addEventListener('submit', (e) => {
    e.preventDefault();
    lastCode = null; // a code typed or scanned by hand is always meant
    scan($('code').value);
});
$('forget').addEventListener('click', () => {
    store.forget(KEPT);
    location.reload();
});
// A handheld scanner types the code fast and ends with Enter, wherever the focus is: keys typed in a quick burst
// outside any field are taken as a scan (a person typing in a lead's notes keeps their text). Quick on average:
// a phone busy for a moment may hold one key back a few hundred milliseconds, and the code must still arrive
// whole, never as its tail; a person typing (several keys a second at best) is far slower than a scanner.
let burst = '';
let burstStart = 0;
let burstAt = 0;
document.addEventListener('keydown', (e) => {
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) {
        return;
    }
    const now = Date.now();
    if (now - burstAt > 1000) { burst = ''; burstStart = now; }
    burstAt = now;
    if (e.key === 'Enter') {
        if (burst.length >= 8 && (now - burstStart) / burst.length < 100) {
            e.preventDefault();
            lastCode = null;
            scan(burst);
        }
        burst = '';
        burstStart = now;
    } else if (e.key && e.key.length === 1) {
        burst += e.key;
    }
});

window.addEventListener('online', () => { refresh(); sync(); });
window.addEventListener('offline', () => setOnline(false));

if (!token) {
    unpaired(false);
} else {
    $('ready').hidden = false;
    $('code').focus(); // the first badge of a handheld scanner lands in its field, with no tap first
    if (me) { fillGates(); }
    if (key) { showVerifier(); }
    showQueue();
    refresh().then(() => {
        if (me) { fillGates(); }
        sync();
    }, () => { /* offline: what was kept is used */ });
    setInterval(() => { if (online) { refreshRevocations().catch(() => setOnline(false)); } }, 60000);
    setInterval(sync, 5000);
    camera.start();
}
