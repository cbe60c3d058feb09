/*
 * The gate scanner: a paired device's page. The camera scans continuously (jsQR, served by this application),
 * a handheld scanner types into the code field; each scan is answered full-screen with a sound, and the next one
 * is ready without a tap. When the network drops, the page decides on its own with the event's public key, the
 * revocation list and what this device admitted, queues the scans with their nonces, and sends them when it is
 * back; a scan the server decided otherwise is shown as a conflict. Nothing here trusts the page: the server
 * decides every scan it receives again.
 */
(function () {
    'use strict';

    var root = document.getElementById('scanner');
    var ctx = root.getAttribute('data-context') || '';
    var lang = root.getAttribute('data-lang') || 'vi';
    var KINDS = ['VISITOR', 'EXHIBITOR_STAFF', 'ORGANIZER_STAFF', 'PRESS', 'VIP', 'CONTRACTOR'];
    var ZONE = 'Asia/Ho_Chi_Minh';
    var T = {};
    Array.prototype.forEach.call(document.querySelectorAll('#texts li'), function (li) {
        T[li.getAttribute('data-key')] = li.textContent;
    });

    var $ = function (id) { return document.getElementById(id); };
    var store = {
        get: function (k, d) {
            try {
                var v = localStorage.getItem('wtcScanner.' + k);
                return v === null ? d : JSON.parse(v);
            } catch (e) {
                return d;
            }
        },
        set: function (k, v) {
            try {
                localStorage.setItem('wtcScanner.' + k, JSON.stringify(v));
            } catch (e) { /* storage full: the queue stays in memory */ }
        }
    };

    // --- pairing: the token arrives in the address's fragment (never sent to a server) and is kept here
    var m = /[#&]device=([A-Za-z0-9_-]{10,100})/.exec(location.hash);
    if (m) {
        if (store.get('token', null) !== m[1]) {
            ['me', 'key', 'revoked', 'revokedSince', 'inside', 'queue'].forEach(function (k) { localStorage.removeItem('wtcScanner.' + k); });
        }
        store.set('token', m[1]);
        history.replaceState(null, '', location.pathname + location.search);
    }
    var token = store.get('token', null);

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(ctx + '/scanner-sw.js').catch(function () { /* works online without it */ });
    }

    var me = store.get('me', null);
    var key = store.get('key', null);
    var revoked = store.get('revoked', []);
    /** Who this device let in and is inside now: code → {day, time, gate} (a day alone, from before). */
    var inside = store.get('inside', {});
    function insideOn(code, day) {
        var i = inside[code];
        return !!i && (typeof i === 'string' ? i === day : i.day === day);
    }
    var queue = store.get('queue', []);
    var conflicts = [];
    var direction = 'IN';
    var online = true;
    var busy = false;
    var lastCode = null;
    var lastAt = 0;

    function api(method, path, body, timeoutMs) {
        var controller = window.AbortController ? new AbortController() : null;
        var timer = controller ? setTimeout(function () { controller.abort(); }, timeoutMs || 5000) : null;
        return fetch(ctx + '/api' + path, {
            method: method,
            headers: {'Authorization': 'Bearer ' + token, 'Accept-Language': lang, 'Content-Type': 'application/json',
                'Accept': 'application/json'},
            body: body ? JSON.stringify(body) : undefined,
            cache: 'no-store',
            signal: controller ? controller.signal : undefined
        }).then(function (r) {
            if (timer) { clearTimeout(timer); }
            return r.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                if (!r.ok) {
                    var err = new Error('HTTP ' + r.status);
                    err.status = r.status;
                    err.body = json;
                    err.retryAfter = parseInt(r.headers.get('Retry-After') || '0', 10);
                    throw err;
                }
                return json;
            });
        }, function (e) {
            if (timer) { clearTimeout(timer); }
            throw e; // network: no status
        });
    }

    function setOnline(value) {
        online = value;
        var s = $('netState');
        s.textContent = value ? T.online : T.offline;
        s.className = 'net-state ' + (value ? 'online' : 'offline');
        showQueue();
    }

    function showQueue() {
        var q = $('queueState');
        if (queue.length) {
            q.hidden = false;
            q.textContent = T.queued.replace('{0}', queue.length);
        } else {
            q.hidden = true;
        }
    }

    // --- what the device needs to work offline: its event, gates, key and revocation list

    function refresh() {
        return api('GET', '/devices/me').then(function (data) {
            me = data;
            store.set('me', me);
            setOnline(true);
            if (leadMode()) {
                return null;
            }
            return Promise.all([
                api('GET', '/events/' + me.device.event + '/badge-key').then(function (k) { key = k; store.set('key', k); showVerifier(); }),
                refreshRevocations()
            ]);
        }, function (e) {
            if (e.status === 401 || e.status === 403) {
                unpaired(true);
                throw e;
            }
            setOnline(false);
        });
    }

    function refreshRevocations() {
        if (!me || leadMode()) { return Promise.resolve(); }
        var since = store.get('revokedSince', null);
        return api('GET', '/events/' + me.device.event + '/revocations' + (since ? '?since=' + encodeURIComponent(since) : ''))
            .then(function (list) {
                list.forEach(function (r) {
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
        stopCamera();
    }

    function fillGates() {
        if (leadMode()) {
            document.querySelector('.scanner-controls').hidden = true;
            var title = me.eventName ? (me.eventName[lang] || me.eventName.vi) : '';
            $('eventName').textContent = T.leadsTitle + ' · ' + title;
            return;
        }
        var sel = $('gate');
        var chosen = store.get('gate', null);
        sel.innerHTML = '';
        (me.gates || []).forEach(function (g) {
            var o = document.createElement('option');
            o.value = g.code;
            o.textContent = g.code + ' → ' + T.hall + ' ' + g.hall + ' · ' + T['dir' + g.direction];
            if (g.code === chosen) { o.selected = true; }
            sel.appendChild(o);
        });
        if (!chosen) {
            var entry = (me.gates || []).filter(function (g) { return g.direction !== 'OUT'; })[0];
            if (entry) { sel.value = entry.code; }
        }
        var name = me.eventName ? (me.eventName[lang] || me.eventName.vi) : '';
        $('eventName').textContent = name;
        gateChanged();
    }

    function currentGate() {
        var code = $('gate').value;
        return (me && me.gates || []).filter(function (g) { return g.code === code; })[0];
    }

    function gateChanged() {
        var g = currentGate();
        if (!g) { return; }
        store.set('gate', g.code);
        var both = g.direction === 'BOTH';
        $('directionGroup').hidden = !both;
        // a two-way gate starts on its default, in; an exit is chosen for one scan at a time
        setDirection(both ? 'IN' : g.direction);
    }

    function setDirection(d) {
        direction = d;
        store.set('direction', d);
        ['dirIn', 'dirOut'].forEach(function (id) {
            var b = $(id);
            var on = b.getAttribute('data-direction') === d;
            b.className = 'dir' + (on ? ' active' : '');
            b.setAttribute('aria-checked', on ? 'true' : 'false');
        });
    }

    function leadMode() {
        return me && me.device && me.device.mode === 'LEADS';
    }

    // --- lead retrieval: a badge scanned at the booth becomes a lead, rated and noted here

    var lead = null;
    var rating = null;

    function scanLead(code) {
        busy = true;
        api('POST', '/leads', {code: code}, 5000).then(function (l) {
            setOnline(true);
            showLead(l);
        }, function (e) {
            if (e.status === 401 || e.status === 403) {
                busy = false;
                unpaired(true);
                return;
            }
            if (!e.status) {
                setOnline(false);
            }
            show({result: 'DENIED', reason: null, message: e.status ? ((e.body && e.body.message) || T.refused) : T.leadOffline}, null);
        });
    }

    function showLead(l) {
        lead = l;
        $('leadName').textContent = l.consent ? l.fullName : T.noConsent;
        $('leadCompany').textContent = l.consent ? [l.company, l.jobTitle].filter(Boolean).join(' · ') : (T[l.type] || '');
        $('leadAgain').hidden = !(l.rating || l.notes);
        $('leadNotes').value = l.notes || '';
        $('leadStatus').textContent = '';
        setRating(l.rating || null);
        $('leadPanel').hidden = false;
        beep(true);
        $('leadName').focus();
    }

    function setRating(r) {
        rating = r;
        Array.prototype.forEach.call(document.querySelectorAll('.star'), function (b) {
            b.setAttribute('aria-pressed', String(parseInt(b.getAttribute('data-rating'), 10) === r));
        });
    }

    function saveLead() {
        if (!lead) { return; }
        api('PUT', '/leads/' + lead.id, {rating: rating, notes: $('leadNotes').value}, 5000).then(function (l) {
            lead = l;
            $('leadStatus').textContent = T.leadSaved;
        }, function (e) {
            $('leadStatus').textContent = e.status ? ((e.body && e.body.message) || T.refused) : T.leadOffline;
        });
    }

    function nextLead() {
        $('leadPanel').hidden = true;
        lead = null;
        lastAt = Date.now(); // the badge still in front of the camera is not read again at once
        ready();
    }

    // --- a scan

    function nonce() {
        if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
        var b = new Uint8Array(16);
        crypto.getRandomValues(b);
        return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
    }

    function scan(text) {
        var code = (text || '').trim();
        var now = Date.now();
        if (!code || busy || !me) { return; }
        if (code === lastCode && now - lastAt < 4000) { return; } // the camera sees one badge many times
        lastCode = code;
        lastAt = now;
        if (leadMode()) {
            scanLead(code);
            return;
        }
        var g = currentGate();
        if (!g) { return; }
        busy = true;
        var item = {code: code, gate: g.code, direction: direction, nonce: nonce(), scannedAt: new Date().toISOString()};
        // a live scan is decided by the server's clock: only a scan sent later (from the queue) says when it happened
        var live = {code: item.code, gate: item.gate, direction: item.direction, nonce: item.nonce};
        api('POST', '/checkins', live, 4000).then(function (answer) {
            setOnline(true);
            remember(answer, item);
            show(answer, null);
        }, function (e) {
            if (e.status === 401 || e.status === 403) {
                busy = false;
                unpaired(true);
                return;
            }
            if (e.status) {
                show({result: 'DENIED', reason: null, message: (e.body && e.body.message) || T.refused}, null);
                return;
            }
            setOnline(false);
            decideOffline(item, g).then(function (answer) {
                if (!answer.unchecked) {
                    item.offlineResult = answer.result; // else the server decides it alone when it arrives
                }
                queue.push(item);
                store.set('queue', queue);
                showQueue();
                show(answer, T.decidedOffline);
            });
        });
    }

    /** What this device admitted, so that it can tell "already inside" on its own while offline. */
    function remember(answer, item) {
        if (answer.result !== 'ADMITTED') { return; }
        if (item.direction === 'IN') {
            var at = localParts(new Date());
            inside[item.code] = {day: at.day, time: at.time, gate: item.gate};
        } else {
            delete inside[item.code];
        }
        store.set('inside', inside);
    }

    function localParts(date) {
        var parts = {};
        new Intl.DateTimeFormat('en-GB', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit', hour12: false}).formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
        return {day: parts.year + '-' + parts.month + '-' + parts.day, time: (parts.hour === '24' ? '00' : parts.hour) + ':' + parts.minute};
    }

    function today() {
        return localParts(new Date()).day;
    }

    function b64url(text) {
        if (!/^[A-Za-z0-9_-]+$/.test(text)) { return null; }
        var s = text.replace(/-/g, '+').replace(/_/g, '/');
        while (s.length % 4) { s += '='; }
        try {
            var bin = atob(s);
            var out = new Uint8Array(bin.length);
            for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
            return out;
        } catch (e) {
            return null;
        }
    }

    function hex(bytes) {
        return Array.prototype.map.call(bytes, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
    }

    // --- the signature of a code, checked on this device: TweetNaCl (served with the page) or WebCrypto's Ed25519.
    // Anything but a proven "genuine" is refused: a check that cannot run never admits.

    function rawKey() {
        var spki = Uint8Array.from(atob(key.publicKey), function (c) { return c.charCodeAt(0); });
        return spki.length === 44 ? spki.subarray(12) : null; // Ed25519 SPKI: a 12-byte header, then the 32-byte key
    }

    function signedPart(bytes) {
        var signed = new Uint8Array(36);
        signed[0] = bytes[0];
        signed.set(bytes.subarray(5, 40), 1);
        return signed;
    }

    /** Whether this page can check a signature at all: its own verifier loaded, or WebCrypto with Ed25519. */
    function canVerify() {
        if (window.nacl && nacl.sign && nacl.sign.detached && nacl.sign.detached.verify) {
            return Promise.resolve(true);
        }
        if (!key || !window.crypto || !crypto.subtle) { return Promise.resolve(false); }
        var spki = Uint8Array.from(atob(key.publicKey), function (c) { return c.charCodeAt(0); });
        return crypto.subtle.importKey('spki', spki, {name: 'Ed25519'}, false, ['verify'])
            .then(function () { return true; }, function () { return false; });
    }

    /** true: genuine; false: forged; null: this page could not check it (then nothing is decided here). */
    function verify(bytes) {
        if (!key) { return Promise.resolve(null); }
        var pk = rawKey();
        if (!pk) { return Promise.resolve(false); }
        if (window.nacl && nacl.sign && nacl.sign.detached && nacl.sign.detached.verify) {
            try {
                return Promise.resolve(nacl.sign.detached.verify(signedPart(bytes), bytes.slice(40, 104), pk) === true);
            } catch (e) {
                return Promise.resolve(false);
            }
        }
        if (!window.crypto || !crypto.subtle) { return Promise.resolve(null); }
        var spki = Uint8Array.from(atob(key.publicKey), function (c) { return c.charCodeAt(0); });
        return crypto.subtle.importKey('spki', spki, {name: 'Ed25519'}, false, ['verify'])
            .then(function (k) { return crypto.subtle.verify({name: 'Ed25519'}, k, bytes.subarray(40, 104), signedPart(bytes)); })
            .then(function (ok) { return ok === true; }, function () { return null; });
    }

    function showVerifier() {
        canVerify().then(function (can) { $('noVerifier').hidden = can; });
    }

    /** The same rules as the server, in the same order, with what this device knows. */
    function decideOffline(item, gate) {
        var deny = function (reason, kind) {
            return {result: 'DENIED', reason: reason, message: T[reason], badge: kind ? {type: kind} : null};
        };
        var bytes = b64url(item.code);
        if (!key || !bytes || bytes.length !== 104 || bytes[0] !== 1 || bytes[1] !== 0 || bytes[2] !== 35
            || bytes[3] !== 0 || bytes[4] !== 64 || hex(bytes.subarray(5, 21)) !== key.event.replace(/-/g, '')) {
            return Promise.resolve(deny('UNKNOWN_CODE'));
        }
        var kind = KINDS[bytes[39] - 1];
        return verify(bytes).then(function (genuine) {
            if (genuine === null) {
                return {result: 'DENIED', reason: 'UNCHECKED', unchecked: true, message: T.unchecked, badge: null};
            }
            if (genuine !== true) { return deny('BAD_SIGNATURE'); }
            if (revoked.indexOf(item.code) >= 0) { return deny('REVOKED', kind); }
            var at = localParts(new Date(item.scannedAt));
            if (item.direction === 'OUT') {
                var was = insideOn(item.code, at.day);
                delete inside[item.code];
                store.set('inside', inside);
                return {result: 'ADMITTED', reason: null, message: was ? T.exit : T.exitNotInside, badge: {type: kind}};
            }
            var type = (key.badgeTypes || []).filter(function (t) { return t.type === kind; })[0];
            if (!type || type.days.indexOf(at.day) < 0) { return deny('NOT_VALID_TODAY', kind); }
            if (type.halls.indexOf(gate.hall) < 0) { return deny('WRONG_ZONE', kind); }
            var day = (key.days || []).filter(function (d) { return d.day === at.day; })[0];
            var opens = day && day.opens ? day.opens.slice(0, 5) : null;
            var closes = day && day.closes ? day.closes.slice(0, 5) : null;
            if (closes === '00:00') { closes = '24:00'; } // a day that closes at midnight
            var early = opens ? shift(opens, -60) : null;
            var open = kind === 'VISITOR' ? (opens && at.time >= opens && at.time < closes)
                : (kind === 'PRESS' || kind === 'VIP') ? (early && at.time >= early && at.time < closes) : true;
            if (!open) { return deny('EVENT_CLOSED', kind); }
            if (insideOn(item.code, at.day)) {
                var since = inside[item.code];
                var refusal = deny('ALREADY_INSIDE', kind);
                if (since.time) {
                    refusal.message = T.ALREADY_INSIDE_SINCE.replace('{0}', since.time).replace('{1}', since.gate);
                }
                return refusal;
            }
            inside[item.code] = {day: at.day, time: at.time, gate: gate.code};
            store.set('inside', inside);
            return {result: 'ADMITTED', reason: null, message: T.admitted, badge: {type: kind}};
        });
    }

    function shift(hhmm, minutes) {
        var t = parseInt(hhmm.slice(0, 2), 10) * 60 + parseInt(hhmm.slice(3, 5), 10) + minutes;
        t = Math.max(0, t);
        return ('0' + Math.floor(t / 60)).slice(-2) + ':' + ('0' + (t % 60)).slice(-2);
    }

    // --- the answer, full screen, with a sound

    var audio = null;

    function beep(ok) {
        try {
            audio = audio || new (window.AudioContext || window.webkitAudioContext)();
            if (audio.state === 'suspended') { audio.resume(); }
            var tones = ok ? [[880, 0, 0.12], [1320, 0.12, 0.12]] : [[220, 0, 0.25], [180, 0.3, 0.35]];
            tones.forEach(function (t) {
                var o = audio.createOscillator();
                var g = audio.createGain();
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

    var hideTimer = null;

    function show(answer, note) {
        var ok = answer.result === 'ADMITTED';
        if (answer.unchecked) { note = T.queued.replace('{0}', queue.length); }
        var a = $('answer');
        a.className = 'answer ' + (ok ? 'answer-ok' : 'answer-no');
        $('answerTitle').textContent = answer.message || (ok ? T.admitted : T[answer.reason] || T.refused);
        var b = answer.badge || {};
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
        var g = currentGate();
        if (g && g.direction === 'BOTH' && direction === 'OUT' && !leadMode()) {
            setDirection('IN');
        }
    }

    var ANSWER_MS = 3000;
    var readyTimer = null;

    /** Ready for the next scan; the answer stays on the screen until it is replaced or its time is up. */
    function release() {
        busy = false;
        var input = $('code');
        input.value = '';
        // not while a handheld scanner is typing outside the field: the code would arrive split in two
        if (document.activeElement !== input && !stream && Date.now() - burstAt > 1000) { input.focus(); }
    }

    function ready() {
        $('answer').hidden = true;
        release();
    }

    function addRecent(answer) {
        var li = document.createElement('li');
        li.className = answer.result === 'ADMITTED' ? 'ok' : 'no';
        var time = localParts(new Date()).time;
        var who = answer.badge && answer.badge.holder ? answer.badge.holder + ' · ' : '';
        li.textContent = time + ' · ' + who + (answer.message || '');
        var list = $('recent');
        list.insertBefore(li, list.firstChild);
        while (list.children.length > 8) { list.removeChild(list.lastChild); }
    }

    // --- sending what was decided offline

    var syncing = false;

    function sync() {
        if (syncing || !queue.length || !token) { return; }
        syncing = true;
        var item = queue[0];
        api('POST', '/checkins', item, 8000).then(function (answer) {
            setOnline(true);
            queue.shift();
            store.set('queue', queue);
            showQueue();
            if (answer.conflict) { addConflict(item, answer); }
            syncing = false;
            sync();
        }, function (e) {
            syncing = false;
            if (!e.status) { setOnline(false); return; }
            if (e.status === 401 || e.status === 403) { unpaired(true); return; }
            if (e.status === 429 || e.status === 503) { return; } // later
            queue.shift(); // refused as a request (400, 404, 409): it can never be stored
            store.set('queue', queue);
            showQueue();
            addConflict(item, {result: 'DENIED', message: (e.body && e.body.message) || T.refused});
            sync();
        });
    }

    function addConflict(item, answer) {
        conflicts.unshift({item: item, answer: answer});
        $('conflictBox').hidden = false;
        var li = document.createElement('li');
        var time = localParts(new Date(item.scannedAt)).time;
        var who = answer.badge && answer.badge.holder ? answer.badge.holder + ' · ' : '';
        li.textContent = time + ' · ' + item.gate + ' · ' + who + T.conflict + ' ' + (answer.message || '');
        $('conflicts').insertBefore(li, $('conflicts').firstChild);
    }

    // --- camera

    var stream = null;
    var canvas = document.createElement('canvas');
    var canvasContext = canvas.getContext('2d', {willReadFrequently: true});

    function startCamera() {
        if (!window.isSecureContext) {
            // browsers give the camera only to https:// pages (and localhost): say so in one line, not "a problem"
            $('httpsNote').hidden = false;
            $('startCamera').hidden = true;
            return;
        }
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            $('cameraProblem').hidden = false;
            return;
        }
        navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment', width: {ideal: 1280}, height: {ideal: 720}},
            audio: false}).then(function (s) {
            stream = s;
            var video = $('video');
            video.srcObject = s;
            video.setAttribute('playsinline', 'playsinline');
            return video.play();
        }).then(function () {
            $('startCamera').hidden = true;
            $('cameraProblem').hidden = true;
            frame();
        }).catch(function () {
            $('startCamera').hidden = false;
            $('cameraProblem').hidden = false;
        });
    }

    function stopCamera() {
        if (stream) {
            stream.getTracks().forEach(function (t) { t.stop(); });
            stream = null;
        }
    }

    function frame() {
        if (!stream) { return; }
        var video = $('video');
        if (!busy && video.readyState >= 2 && video.videoWidth) {
            var scale = Math.min(1, 800 / video.videoWidth);
            var w = Math.round(video.videoWidth * scale);
            var h = Math.round(video.videoHeight * scale);
            canvas.width = w;
            canvas.height = h;
            canvasContext.drawImage(video, 0, 0, w, h);
            var found = window.jsQR ? jsQR(canvasContext.getImageData(0, 0, w, h).data, w, h, {inversionAttempts: 'dontInvert'}) : null;
            if (found && found.data) { scan(found.data); }
        }
        setTimeout(frame, 100);
    }

    // --- start

    $('gate').addEventListener('change', gateChanged);
    $('dirIn').addEventListener('click', function () { setDirection('IN'); });
    $('dirOut').addEventListener('click', function () { setDirection('OUT'); });
    $('startCamera').addEventListener('click', startCamera);
    $('answer').addEventListener('click', function () { clearTimeout(hideTimer); ready(); });
    $('manual').addEventListener('submit', function (e) {
        e.preventDefault();
        lastCode = null; // a code typed or scanned by hand is always meant
        scan($('code').value);
    });
    Array.prototype.forEach.call(document.querySelectorAll('.star'), function (b) {
        b.addEventListener('click', function () {
            var r = parseInt(b.getAttribute('data-rating'), 10);
            setRating(rating === r ? null : r);
        });
    });
    $('leadSave').addEventListener('click', saveLead);
    $('leadNext').addEventListener('click', nextLead);
    $('forget').addEventListener('click', function () {
        ['token', 'me', 'key', 'revoked', 'revokedSince', 'inside', 'queue', 'gate'].forEach(function (k) {
            localStorage.removeItem('wtcScanner.' + k);
        });
        location.reload();
    });
    // A handheld scanner types the code fast and ends with Enter, wherever the focus is: keys typed in a quick burst
    // outside any field are taken as a scan (a person typing in a lead's notes keeps their text). Quick on average:
    // a phone busy for a moment may hold one key back a few hundred milliseconds, and the code must still arrive
    // whole, never as its tail; a person typing (several keys a second at best) is far slower than a scanner.
    var burst = '';
    var burstStart = 0;
    var burstAt = 0;
    document.addEventListener('keydown', function (e) {
        var t = e.target;
        if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) {
            return;
        }
        var now = Date.now();
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

    window.addEventListener('online', function () { refresh(); sync(); });
    window.addEventListener('offline', function () { setOnline(false); });

    if (!token) {
        unpaired(false);
        return;
    }
    $('ready').hidden = false;
    $('code').focus(); // the first badge of a handheld scanner lands in its field, with no tap first
    if (me) { fillGates(); }
    if (key) { showVerifier(); }
    showQueue();
    refresh().then(function () {
        if (me) { fillGates(); }
        sync();
    }, function () { /* offline: what was kept is used */ });
    setInterval(function () { if (online) { refreshRevocations().catch(function () { setOnline(false); }); } }, 60000);
    setInterval(sync, 5000);
    startCamera();
})();
