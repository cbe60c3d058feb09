// The scanner's offline rules: the table of cases shared with the server's rules, then what only a device decides.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {decide, entryRefusal, insideOn, localParts} from '../../main/webapp/resources/js/scanner/offline-rules.mjs';

const table = JSON.parse(readFileSync(new URL('../../../../docs/admission-cases.json', import.meta.url), 'utf8'));

for (const c of table.cases) {
    test('shared case: ' + c.name, () => {
        const [day, time] = c.at.split('T');
        const refusal = entryRefusal({kind: c.badge.kind, days: c.badge.days, halls: c.badge.halls}, c.gateHall, c.doors,
            {day: day, time: time.slice(0, 5)});
        assert.equal(refusal, c.expect);
    });
}

const DAY = '2027-08-10';
const KEY = {
    badgeTypes: [{type: 'VISITOR', days: [DAY], halls: ['A']}, {type: 'PRESS', days: [DAY], halls: ['A']}],
    days: [{day: DAY, opens: '09:00:00', closes: '17:00:00'}]
};
const scan = (over) => Object.assign({kind: 'VISITOR', genuine: true, revoked: false, direction: 'IN', hall: 'A',
    gate: 'A-1', at: {day: DAY, time: '10:00'}}, over);

test('a genuine visitor badge in opening hours is admitted', () => {
    assert.deepEqual(decide(scan({}), KEY, undefined), {result: 'ADMITTED', reason: null});
});

test('a signature that could not be checked admits nobody', () => {
    assert.equal(decide(scan({genuine: null}), KEY, undefined).reason, 'UNCHECKED');
});

test('a forged signature is refused before anything else', () => {
    assert.equal(decide(scan({genuine: false, revoked: true}), KEY, undefined).reason, 'BAD_SIGNATURE');
});

test('a revoked badge is refused, even on the way out', () => {
    assert.equal(decide(scan({revoked: true, direction: 'OUT'}), KEY, undefined).reason, 'REVOKED');
});

test('a badge type the key does not list is not valid today', () => {
    assert.equal(decide(scan({kind: 'VIP'}), KEY, undefined).reason, 'NOT_VALID_TODAY');
});

test('a badge this device let in today is already inside, with when and where', () => {
    const since = {day: DAY, time: '09:30', gate: 'A-2'};
    assert.deepEqual(decide(scan({}), KEY, since), {result: 'DENIED', reason: 'ALREADY_INSIDE', insideSince: since});
});

test('an entry kept as a bare day, from an older page, still counts as inside', () => {
    assert.deepEqual(decide(scan({}), KEY, DAY), {result: 'DENIED', reason: 'ALREADY_INSIDE', insideSince: null});
});

test('an entry of another day does not count', () => {
    assert.equal(decide(scan({}), KEY, {day: '2027-08-09', time: '10:00', gate: 'A-1'}).result, 'ADMITTED');
});

test('the rules are said before already inside', () => {
    assert.equal(decide(scan({at: {day: DAY, time: '18:00'}}), KEY, {day: DAY, time: '10:00', gate: 'A-1'}).reason, 'EVENT_CLOSED');
});

test('an exit always passes and says whether the badge was inside', () => {
    assert.deepEqual(decide(scan({direction: 'OUT'}), KEY, {day: DAY, time: '10:00', gate: 'A-1'}),
        {result: 'ADMITTED', reason: null, wasInside: true});
    assert.equal(decide(scan({direction: 'OUT'}), KEY, undefined).wasInside, false);
});

test('the venue day and time are read in Asia/Ho_Chi_Minh', () => {
    assert.deepEqual(localParts(new Date('2027-08-09T17:30:00Z')), {day: DAY, time: '00:30'});
});

test('inside on a day: an entry object or a bare day', () => {
    assert.equal(insideOn({day: DAY}, DAY), true);
    assert.equal(insideOn(DAY, DAY), true);
    assert.equal(insideOn(undefined, DAY), false);
});
