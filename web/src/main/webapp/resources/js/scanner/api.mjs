/*
 * The application's API as the scanner calls it: the device's token as a bearer, the page's language, JSON both ways,
 * and a time limit. A refusal carries its status, body and Retry-After; a network failure has no status.
 */

/** A caller of {@code ctx}/api for the device {@code token()}; {@code fetcher} is the browser's fetch unless given. */
export function connect(ctx, token, lang, fetcher) {
    const send = fetcher || ((url, init) => fetch(url, init));
    return function api(method, path, body, timeoutMs) {
        const controller = typeof AbortController === 'function' ? new AbortController() : null;
        const timer = controller ? setTimeout(() => controller.abort(), timeoutMs || 5000) : null;
        return send(ctx + '/api' + path, {
            method: method,
            headers: {'Authorization': 'Bearer ' + token(), 'Accept-Language': lang, 'Content-Type': 'application/json',
                'Accept': 'application/json'},
            body: body ? JSON.stringify(body) : undefined,
            cache: 'no-store',
            signal: controller ? controller.signal : undefined
        }).then((r) => {
            if (timer) { clearTimeout(timer); }
            return r.text().then((text) => {
                let json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                if (!r.ok) {
                    const err = new Error('HTTP ' + r.status);
                    err.status = r.status;
                    err.body = json;
                    err.retryAfter = parseInt(r.headers.get('Retry-After') || '0', 10);
                    throw err;
                }
                return json;
            });
        }, (e) => {
            if (timer) { clearTimeout(timer); }
            throw e; // network: no status
        });
    };
}
