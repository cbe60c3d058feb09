/*
 * Lead retrieval: a badge scanned at the booth becomes a lead of the exhibitor's company, rated and noted here. Only
 * online: a lead is the company's record of a person, never kept on the device.
 */

export class Leads {

    /**
     * {@code page}: {$, T, api, show(answer), beep(ok), setOnline(value), unpaired(), ready(), settled()} where
     * settled() lets the next scan in and ready() puts the page back for it.
     */
    constructor(page) {
        this.page = page;
        this.lead = null;
        this.rating = null;
        const $ = page.$;
        Array.prototype.forEach.call(document.querySelectorAll('.star'), (b) => {
            b.addEventListener('click', () => {
                const r = parseInt(b.getAttribute('data-rating'), 10);
                this.setRating(this.rating === r ? null : r);
            });
        });
        $('leadSave').addEventListener('click', () => this.save());
        $('leadNext').addEventListener('click', () => this.next());
    }

    scan(code) {
        const p = this.page;
        p.api('POST', '/leads', {code: code}, 5000).then((l) => {
            p.setOnline(true);
            this.showLead(l);
        }, (e) => {
            if (e.status === 401 || e.status === 403) {
                p.settled();
                p.unpaired();
                return;
            }
            if (!e.status) {
                p.setOnline(false);
            }
            p.show({result: 'DENIED', reason: null, message: e.status ? ((e.body && e.body.message) || p.T.refused) : p.T.leadOffline});
        });
    }

    showLead(l) {
        const {$, T} = this.page;
        this.lead = l;
        $('leadName').textContent = l.consent ? l.fullName : T.noConsent;
        $('leadCompany').textContent = l.consent ? [l.company, l.jobTitle].filter(Boolean).join(' · ') : (T[l.type] || '');
        $('leadAgain').hidden = !(l.rating || l.notes);
        $('leadNotes').value = l.notes || '';
        $('leadStatus').textContent = '';
        this.setRating(l.rating || null);
        $('leadPanel').hidden = false;
        this.page.beep(true);
        $('leadName').focus();
    }

    setRating(r) {
        this.rating = r;
        Array.prototype.forEach.call(document.querySelectorAll('.star'), (b) => {
            b.setAttribute('aria-pressed', String(parseInt(b.getAttribute('data-rating'), 10) === r));
        });
    }

    save() {
        const {$, T, api} = this.page;
        if (!this.lead) { return; }
        api('PUT', '/leads/' + this.lead.id, {rating: this.rating, notes: $('leadNotes').value}, 5000).then((l) => {
            this.lead = l;
            $('leadStatus').textContent = T.leadSaved;
        }, (e) => {
            $('leadStatus').textContent = e.status ? ((e.body && e.body.message) || T.refused) : T.leadOffline;
        });
    }

    next() {
        this.page.$('leadPanel').hidden = true;
        this.lead = null;
        this.page.ready();
    }
}
