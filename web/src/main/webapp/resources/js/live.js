/* The live dashboard listens on its web socket and refreshes itself (refreshLive) when the server says its event's
   gates scanned; it reconnects after a drop and catches up on every (re)connection. */
(function () {
    'use strict';
    var holder = document.getElementById('liveSocket');
    if (!holder || !window.WebSocket) { return; }
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + holder.getAttribute('data-url');
    var wait = 1000;
    function connect() {
        var socket = new WebSocket(url);
        socket.onopen = function () {
            wait = 1000;
            document.body.setAttribute('data-live', 'open');
            if (window.refreshLive) { window.refreshLive(); }
        };
        socket.onmessage = function () {
            if (window.refreshLive) { window.refreshLive(); }
        };
        socket.onclose = function () {
            document.body.removeAttribute('data-live');
            setTimeout(connect, wait);
            wait = Math.min(wait * 2, 30000);
        };
    }
    connect();
})();
