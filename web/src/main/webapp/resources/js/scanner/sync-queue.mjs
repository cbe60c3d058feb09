/*
 * The scans decided offline, kept on the device and sent in order once the network is back. The server decides each
 * again; what it decided otherwise comes back as a conflict. A scan refused as a request (400, 404, 409) can never
 * be stored and leaves the queue as a conflict; a busy server (429, 503) or no network keeps it for later; a device
 * no longer paired (401, 403) stops.
 */

export class SyncQueue {

    /** {@code kept}: the items kept before; {@code save(items)} keeps them (local storage). */
    constructor(kept, save) {
        this.items = Array.isArray(kept) ? kept : [];
        this.save = save || (() => {});
        this.syncing = false;
    }

    get length() { return this.items.length; }

    push(item) {
        this.items.push(item);
        this.save(this.items);
    }

    /**
     * Sends the items one by one with {@code send(item)} (a promise of the server's answer), telling {@code on}:
     * sent(), conflict(item, answer), offline(), unpaired(), refused(item, error). Resolves when it stops.
     */
    drain(send, on) {
        if (this.syncing || !this.items.length) { return Promise.resolve(); }
        this.syncing = true;
        const item = this.items[0];
        return send(item).then((answer) => {
            this.items.shift();
            this.save(this.items);
            this.syncing = false;
            on.sent();
            if (answer && answer.conflict) { on.conflict(item, answer); }
            return this.drain(send, on);
        }, (e) => {
            this.syncing = false;
            if (!e.status) { on.offline(); return null; }
            if (e.status === 401 || e.status === 403) { on.unpaired(); return null; }
            if (e.status === 429 || e.status === 503) { return null; } // later
            this.items.shift();
            this.save(this.items);
            on.refused(item, e);
            return this.drain(send, on);
        });
    }
}
