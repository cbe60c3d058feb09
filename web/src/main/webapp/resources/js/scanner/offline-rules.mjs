/*
 * The gate's rules as an offline device applies them: the server's rules (vn.wtcexpo.gate.model.Admission and the
 * check-in service), in the same order, with what the device knows. Pure functions: no page, no storage, no clock
 * of their own; docs/admission-cases.json holds the cases the server's rules and these must answer alike.
 */

export const ZONE = 'Asia/Ho_Chi_Minh';

/** Press and VIP are let in this long before the doors open to visitors (Admission.EARLY_MINUTES). */
export const EARLY_MINUTES = 60;

/** The venue's day and time of {@code date}: {day: 'yyyy-mm-dd', time: 'hh:mm'}. */
export function localParts(date) {
    const parts = {};
    new Intl.DateTimeFormat('en-GB', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', hour12: false}).formatToParts(date).forEach((p) => { parts[p.type] = p.value; });
    return {day: parts.year + '-' + parts.month + '-' + parts.day, time: (parts.hour === '24' ? '00' : parts.hour) + ':' + parts.minute};
}

function minutes(hhmm) {
    return parseInt(hhmm.slice(0, 2), 10) * 60 + parseInt(hhmm.slice(3, 5), 10);
}

/**
 * Why an entry is refused, by the rules that do not depend on who is inside, in their order; null when it may pass.
 * {@code rights}: {kind, days: [...], halls: [...]} (the badge type's); {@code doors}: {published, opens, closes}
 * ('hh:mm' or 'hh:mm:ss', null on a day without hours); {@code at}: the venue's {day, time}.
 */
export function entryRefusal(rights, hall, doors, at) {
    if (!rights || rights.days.indexOf(at.day) < 0) { return 'NOT_VALID_TODAY'; }
    if (rights.halls.indexOf(hall) < 0) { return 'WRONG_ZONE'; }
    if (!doors.published || !withinHours(rights.kind, doors, at.time)) { return 'EVENT_CLOSED'; }
    return null;
}

function withinHours(kind, doors, time) {
    const publicEntry = kind === 'VISITOR' || kind === 'PRESS' || kind === 'VIP';
    if (!doors.opens || !doors.closes) { return !publicEntry; }
    const now = minutes(time);
    const opens = minutes(doors.opens);
    const closes = doors.closes.slice(0, 5) === '00:00' ? 1440 : minutes(doors.closes); // closes at midnight: 24:00
    if (kind === 'VISITOR') { return now >= opens && now < closes; }
    if (kind === 'PRESS' || kind === 'VIP') { return now >= opens - EARLY_MINUTES && now < closes; }
    return true;
}

/**
 * An offline scan decided: {result, reason, insideSince} where insideSince ({day, time, gate}) is given for an
 * ALREADY_INSIDE refusal. {@code scan}: {kind, genuine (true, false or null: could not check), revoked, direction,
 * hall, gate, at}; {@code key}: the event's badge key ({badgeTypes, days}); {@code inside}: code's entry on this device
 * ({day, time, gate}, a bare day from before, or undefined). A check that could not run never admits.
 */
export function decide(scan, key, inside) {
    if (scan.genuine === null) { return {result: 'DENIED', reason: 'UNCHECKED'}; }
    if (scan.genuine !== true) { return {result: 'DENIED', reason: 'BAD_SIGNATURE'}; }
    if (scan.revoked) { return {result: 'DENIED', reason: 'REVOKED'}; }
    const wasInside = insideOn(inside, scan.at.day);
    if (scan.direction === 'OUT') {
        return {result: 'ADMITTED', reason: null, wasInside: wasInside};
    }
    const type = (key.badgeTypes || []).filter((t) => t.type === scan.kind)[0];
    const day = (key.days || []).filter((d) => d.day === scan.at.day)[0];
    const rights = type ? {kind: scan.kind, days: type.days, halls: type.halls} : null;
    const doors = {published: true, opens: day && day.opens ? day.opens : null, closes: day && day.closes ? day.closes : null};
    const refusal = entryRefusal(rights, scan.hall, doors, scan.at);
    if (refusal) { return {result: 'DENIED', reason: refusal}; }
    if (wasInside) {
        return {result: 'DENIED', reason: 'ALREADY_INSIDE', insideSince: typeof inside === 'string' ? null : inside};
    }
    return {result: 'ADMITTED', reason: null};
}

/** Whether this device let the badge in on {@code day} and saw no exit since. */
export function insideOn(inside, day) {
    return !!inside && (typeof inside === 'string' ? inside === day : inside.day === day);
}
