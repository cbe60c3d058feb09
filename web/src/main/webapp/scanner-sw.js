/*
 * Keeps the gate scanner working without a network once it was opened: the page, its script, its decoder and its
 * style are answered from the network when it is there (and kept), else from what was kept. Nothing else of the
 * application is touched: every other request goes to the network as usual, and the API is never cached.
 */
var CACHE = 'wtc-scanner-v4';
var base = self.location.pathname.replace(/\/scanner-sw\.js$/, '');
var MODULES = ['main', 'api', 'badge-code', 'camera', 'leads', 'offline-rules', 'sync-queue', 'verifier', 'failover']
    .map(function (m) { return '/resources/js/scanner/' + m + '.mjs'; });
var SHELL = ['/scanner.xhtml', '/resources/vendor/jsqr/jsQR.js',
    '/resources/vendor/tweetnacl/nacl-fast.min.js', '/resources/css/scanner.css',
    '/resources/favicon.svg'].concat(MODULES).map(function (p) { return base + p; });

self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }).then(function () {
        return self.skipWaiting();
    }));
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
    }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
    var url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || SHELL.indexOf(url.pathname) < 0) {
        return;
    }
    var kept = url.pathname; // the page is kept without its query: any language switch shows the last one kept
    event.respondWith(fetch(event.request).then(function (response) {
        if (response.ok) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) { cache.put(kept, copy); });
        }
        return response;
    }).catch(function () {
        return caches.match(kept).then(function (hit) { return hit || Response.error(); });
    }));
});
