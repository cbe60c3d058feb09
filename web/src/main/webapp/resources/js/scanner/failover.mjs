/*
 * A live scan behind the load balancer: when a server dies or the database is briefly away, the answer is a broken
 * connection or a 502/503/504. The scan is then sent again with the same nonce (the server records a nonce once and
 * answers a repeat with the first answer), to whichever server the balancer picks, for as long as a person at the
 * gate can wait (2 s); after that the device decides offline and keeps the scan, nonce and all, for the sync.
 */

/** Whether a failed request may be sent again: no answer at all, or the balancer's or a busy server's 5xx. */
export function retryable(error) {
    return !error.status || error.status === 502 || error.status === 503 || error.status === 504;
}

/**
 * Sends {@code body} with {@code api(method, path, body, timeoutMs)} until a server answers, within
 * {@code budgetMs}; resolves with the answer, rejects with the last failure (a refusal such as 400 or 401 at once).
 */
export function sendWithin(api, method, path, body, options) {
    const o = options || {};
    const budget = o.budgetMs || 2000;
    const pause = o.pauseMs === undefined ? 150 : o.pauseMs;
    const now = o.now || (() => Date.now());
    const sleep = o.sleep || ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const until = now() + budget;
    const attempt = () => api(method, path, body, Math.max(1, until - now())).catch((e) => {
        const left = until - now();
        if (!retryable(e) || left <= pause) {
            throw e;
        }
        return sleep(pause).then(attempt);
    });
    return attempt();
}
