// Drives verify-sandbox's vendor-flavour routes with the vendor's own Node.js SDK (@vonage/verify,
// Verify API v1), unchanged: only its apiHost option points at the sandbox. The expectations are
// the vendor's published Verify v1 spec (field names, string status codes, "YYYY-MM-DD HH:MM:SS"
// dates, lower-case event types), read through what the SDK returns to its callers.
//
// Usage: node vonage_sdk_flow.mjs http://127.0.0.1:PORT

import assert from 'node:assert/strict';
import process from 'node:process';

import { Auth } from '@vonage/auth';
import {
    CheckStatus,
    Command,
    SearchCheckStatus,
    SearchStatus,
    Verify,
    VerifyLanguages,
    VerifyWorkflows,
} from '@vonage/verify';

const baseUrl = (process.argv[2] || '').replace(/\/+$/, '');
if (!/^https?:\/\/[^/]+$/.test(baseUrl)) {
    console.error('usage: node vonage_sdk_flow.mjs http://127.0.0.1:PORT');
    process.exit(2);
}

const API_KEY = process.env.SANDBOX_API_KEY || 'sandbox-client';
const API_SECRET = process.env.SANDBOX_API_SECRET || 'sandbox-secret';

const REQUEST_ID = /^[0-9a-f]{32}$/;
const DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const MONEY = /^\d+\.\d{8}$/;

const verify = new Verify(new Auth({ apiKey: API_KEY, apiSecret: API_SECRET }), {
    apiHost: baseUrl,
    timeout: 10000,
});

// --- sandbox control routes (not part of the vendor API, so plain fetch) -----------------------

async function sandbox(method, path) {
    const response = await fetch(`${baseUrl}${path}`, { method });
    assert.equal(response.status, 200, `${method} ${path} answered HTTP ${response.status}`);
    return response.json();
}

async function messagesFor(number) {
    const list = await sandbox('GET', `/_sandbox/messages?number=${encodeURIComponent(number)}`);
    assert.ok(Array.isArray(list), 'messages is a list');
    return list;
}

async function pinFor(number, requestId) {
    const list = (await messagesFor(number)).filter((m) => m.request_id === requestId);
    assert.ok(list.length > 0, `a message was delivered for ${requestId}`);
    const last = list[list.length - 1];
    assert.match(last.code, /^\d{4,6}$/);
    assert.ok(last.text.includes(last.code), 'the delivered text carries the PIN');
    return last.code;
}

function wrongCodeFor(pin) {
    const digits = [...pin].map((d) => String((Number(d) + 1) % 10));
    return digits.join('');
}

async function advance(seconds) {
    await sandbox('POST', `/_sandbox/clock/advance?seconds=${seconds}`);
}

// The vendor's spec, search status 101: "this also occurs immediately after completion, wait 60
// seconds and try again". The sandbox keeps that minute (verify-sandbox --instant-search drops it).
async function searchAfterItsMinute(id) {
    const early = await verify.search(id);
    assert.equal(early.status, '101', JSON.stringify(early));
    assert.equal(early.errorText, 'No response found');
    await advance(59);
    assert.equal((await verify.search(id)).status, '101', 'still within the minute at 59 s');
    await advance(1);
    return verify.search(id);
}

function step(name) {
    console.log(`- ${name}`);
}

// --- the flow ----------------------------------------------------------------------------------

async function main() {
    await sandbox('POST', '/_sandbox/reset');

    step('bad credentials are refused with status 4');
    {
        const intruder = new Verify(new Auth({ apiKey: API_KEY, apiSecret: 'not-the-secret' }), {
            apiHost: baseUrl,
        });
        const result = await intruder.start({ number: '447700900199', brand: 'VerifyDesk' });
        assert.equal(result.status, CheckStatus.INVALID_CREDENTIALS, JSON.stringify(result));
        // The spec's own examples word this "Bad credentials" and "Invalid credentials were
        // provided", so only the code is held to.
        assert.equal(typeof result.errorText, 'string');
        assert.equal((await messagesFor('447700900199')).length, 0, 'nothing was delivered');
    }

    // 1. start, read the PIN, a wrong check, the right check, search.
    const numberA = '447700900101';
    step('start a verification');
    const started = await verify.start({ number: numberA, brand: 'VerifyDesk' });
    assert.equal(started.status, '0', JSON.stringify(started));
    assert.match(started.requestId, REQUEST_ID);
    assert.equal(started.errorText, undefined);
    const idA = started.requestId;

    const pinA = await pinFor(numberA, idA);
    assert.equal(pinA.length, 4, 'the default code length is 4');
    const messagesA = await messagesFor(numberA);
    assert.equal(messagesA.length, 1);
    assert.equal(messagesA[0].channel, 'sms', 'workflow 1 starts with an SMS');

    step('a second start for the same number is refused with status 10');
    {
        const again = await verify.start({ number: numberA, brand: 'VerifyDesk' });
        assert.equal(again.status, CheckStatus.CONCURRENT_VERIFICATIONS);
        assert.equal(again.requestId, idA);
        assert.equal(typeof again.errorText, 'string');
    }

    step('a wrong code gives status 16');
    const wrong = wrongCodeFor(pinA);
    const mismatch = await verify.check(idA, wrong);
    assert.equal(mismatch.status, CheckStatus.CODE_MISMATCH, JSON.stringify(mismatch));
    assert.equal(mismatch.requestId, idA);
    assert.equal(mismatch.errorText, 'The code inserted does not match the expected value');

    step('the right code gives status 0');
    const checked = await verify.check(idA, pinA);
    assert.equal(checked.status, CheckStatus.SUCCESS, JSON.stringify(checked));
    assert.equal(checked.requestId, idA);
    assert.match(checked.eventId, /^[0-9A-F]+$/);
    assert.match(checked.price, MONEY);
    assert.equal(checked.currency, 'EUR');
    assert.match(checked.estimatedPriceMessagesSent, MONEY);
    assert.equal(checked.errorText, undefined);

    step('a check after success gives status 6');
    {
        const late = await verify.check(idA, pinA);
        assert.equal(late.status, CheckStatus.FAILED_TO_PROCESS);
        assert.equal(typeof late.errorText, 'string');
    }

    step('search: 101 for a minute after completion, then SUCCESS with its checks and events');
    const foundA = await searchAfterItsMinute(idA);
    assert.equal(foundA.requestId, idA);
    assert.equal(foundA.status, SearchStatus.SUCCESS, JSON.stringify(foundA));
    assert.equal(foundA.number, numberA);
    assert.match(foundA.accountId, /^[0-9a-f]{8}$/);
    assert.equal(typeof foundA.senderId, 'string');
    assert.match(foundA.dateSubmitted, DATE);
    assert.match(foundA.dateFinalized, DATE);
    assert.match(foundA.firstEventDate, DATE);
    assert.match(foundA.lastEventDate, DATE);
    assert.match(foundA.price, MONEY);
    assert.equal(foundA.currency, 'EUR');
    assert.match(foundA.estimatedPriceMessagesSent, MONEY);
    assert.ok(Array.isArray(foundA.checks), 'checks is a list');
    assert.equal(foundA.checks.length, 2);
    assert.deepEqual(
        foundA.checks.map((c) => [c.code, c.status]),
        [
            [wrong, SearchCheckStatus.INVALID],
            [pinA, SearchCheckStatus.VALID],
        ],
    );
    for (const c of foundA.checks) {
        assert.match(c.dateReceived, DATE);
        assert.equal(typeof c.ipAddress, 'string');
    }
    assert.ok(Array.isArray(foundA.events), 'events is a list');
    assert.equal(foundA.events.length, 1);
    // The spec writes event types in lower case ("sms", "tts"); the SDK passes them through.
    assert.equal(foundA.events[0].type, 'sms');
    assert.equal(foundA.events[0].id, checked.eventId);

    // 2. a second verification, 31 s later a cancel, then search shows CANCELLED.
    const numberB = '447700900102';
    step('start a second verification');
    const startedB = await verify.start({ number: numberB, brand: 'VerifyDesk' });
    assert.equal(startedB.status, '0', JSON.stringify(startedB));
    const idB = startedB.requestId;
    assert.match(idB, REQUEST_ID);
    assert.notEqual(idB, idA);

    step('cancel within 30 s is refused with status 19');
    {
        const early = await verify.cancel(idB);
        assert.equal(early.status, CheckStatus.DELIVERY_FAILED, JSON.stringify(early));
        assert.match(early.errorText, /30 seconds/);
    }

    step('advance the clock 31 s and cancel');
    await sandbox('POST', '/_sandbox/clock/advance?seconds=31');
    const cancelled = await verify.cancel(idB);
    assert.deepEqual(cancelled, { status: '0', command: Command.CANCEL });

    step('search: 101 for a minute after the cancel, then CANCELLED');
    const foundB = await searchAfterItsMinute(idB);
    assert.equal(foundB.requestId, idB);
    assert.equal(foundB.status, SearchStatus.CANCELLED, JSON.stringify(foundB));
    assert.match(foundB.dateFinalized, DATE);
    assert.deepEqual(foundB.checks, []);
    assert.equal(foundB.events.length, 1);

    step('a check on a cancelled request gives status 6');
    {
        const pinB = await pinFor(numberB, idB);
        const late = await verify.check(idB, pinB);
        assert.equal(late.status, CheckStatus.FAILED_TO_PROCESS);
    }

    // 3. a third verification with options, then trigger the next event.
    const numberC = '447700900103';
    step('start a third verification with options');
    const startedC = await verify.start({
        number: numberC,
        brand: 'VerifyDesk',
        senderId: 'VerifyDesk',
        codeLength: 6,
        lg: VerifyLanguages.ENGLISH_UK,
        workflowId: VerifyWorkflows.SMS_TTS,
        pinExpiry: 240,
        nextEventWait: 120,
    });
    assert.equal(startedC.status, '0', JSON.stringify(startedC));
    const idC = startedC.requestId;
    assert.match(idC, REQUEST_ID);
    const pinC = await pinFor(numberC, idC);
    assert.equal(pinC.length, 6, 'codeLength reached the sandbox');

    step('trigger the next event');
    const triggered = await verify.trigger(idC);
    assert.deepEqual(triggered, { status: '0', command: Command.TRIGGER_NEXT_EVENT });
    const messagesC = await messagesFor(numberC);
    assert.deepEqual(
        messagesC.map((m) => m.channel),
        ['sms', 'tts'],
        'workflow 5 is SMS then a call',
    );

    step('no events are left after the last one');
    {
        const none = await verify.trigger(idC);
        assert.equal(none.status, CheckStatus.DELIVERY_FAILED, JSON.stringify(none));
        assert.equal(typeof none.errorText, 'string');
    }

    step('search: IN PROGRESS with both events');
    const foundC = await verify.search(idC);
    assert.equal(foundC.status, SearchStatus.IN_PROGRESS, JSON.stringify(foundC));
    assert.equal(foundC.senderId, 'VerifyDesk', 'senderId reached the sandbox');
    assert.deepEqual(
        foundC.events.map((e) => e.type),
        ['sms', 'tts'],
    );
    assert.equal(foundC.dateFinalized, undefined);

    // 4. several ids in one search. The SDK's search() takes one id; the spec's way to ask for
    //    several is a repeated `request_ids` query parameter, sent here through the SDK's own
    //    request pipeline (auth, headers, response decoding) and key transformer.
    step('search several ids at once');
    const url = new URL(`${verify.config.apiHost}/verify/search/json`);
    for (const id of [idA, idB, idC])
        url.searchParams.append('request_ids', id);
    const response = await verify.sendGetRequest(url.toString());
    assert.equal(response.status, 200);
    const many = Verify.transformers.camelCaseObjectKeys(response.data, true, true);
    assert.ok(Array.isArray(many.verificationRequests), JSON.stringify(many));
    assert.deepEqual(
        many.verificationRequests.map((r) => [r.requestId, r.status]),
        [
            [idA, SearchStatus.SUCCESS],
            [idB, SearchStatus.CANCELLED],
            [idC, SearchStatus.IN_PROGRESS],
        ],
    );
    assert.equal(many.verificationRequests[0].checks.length, 2);
    assert.equal(many.verificationRequests[2].events.length, 2);

    step('search of an unknown id gives status 101');
    {
        const unknown = await verify.search('0123456789abcdef0123456789abcdef');
        assert.equal(unknown.status, '101', JSON.stringify(unknown));
        assert.equal(unknown.errorText, 'No response found');
    }

    // 5. workflow 4's timing, from the vendor's guide "Workflows and Events": SMS, 120 s, SMS.
    const numberD = '447700900104';
    step('workflow 4: the second SMS 120 s after the first');
    {
        const started = await verify.start({
            number: numberD,
            brand: 'VerifyDesk',
            workflowId: VerifyWorkflows.SMS_SMS,
        });
        assert.equal(started.status, '0', JSON.stringify(started));
        await advance(119);
        assert.equal((await messagesFor(numberD)).length, 1, 'nothing more at 119 s');
        await advance(1);
        const list = await messagesFor(numberD);
        assert.deepEqual(
            list.map((m) => m.channel),
            ['sms', 'sms'],
        );
        assert.equal(Date.parse(list[1].at) - Date.parse(list[0].at), 120000);
        const found = await verify.search(started.requestId);
        assert.deepEqual(
            found.events.map((e) => e.type),
            ['sms', 'sms'],
        );
    }

    // 6. PSD2 through the SDK's own call: start() without a brand goes to /verify/psd2/json.
    const numberE = '447700900105';
    step('PSD2: a payment confirmation naming payee and amount');
    {
        const started = await verify.start({ number: numberE, payee: 'Acme Inc', amount: 48 });
        assert.equal(started.status, '0', JSON.stringify(started));
        assert.match(started.requestId, REQUEST_ID);
        const [message] = await messagesFor(numberE);
        assert.ok(message, 'the PSD2 message reached the sandbox phone');
        assert.ok(message.text.includes('Acme Inc'), message.text);
        assert.ok(message.text.includes('48.00'), message.text);
        const checkedE = await verify.check(started.requestId, await pinFor(numberE, started.requestId));
        assert.equal(checkedE.status, CheckStatus.SUCCESS, JSON.stringify(checkedE));

        const tooLong = await verify.start({ number: numberE, payee: 'A payee of 19 chars', amount: 1 });
        assert.equal(tooLong.status, CheckStatus.INVALID_PARAM, JSON.stringify(tooLong));
        // PSD2 has its own language list: en-us is not on it.
        const english = await verify.start({
            number: numberE,
            payee: 'Acme Inc',
            amount: 1,
            lg: VerifyLanguages.ENGLISH_US,
        });
        assert.equal(english.status, CheckStatus.INVALID_PARAM, JSON.stringify(english));
    }

    // 7. throttling: "more than the maximum of 30 requests per second" is status 1. A fresh second
    //    of virtual time first, then 40 searches at once.
    step('throttling: at most 30 calls in a second, then status 1');
    {
        await advance(1);
        const unknownId = 'fedcba9876543210fedcba9876543210';
        const results = await Promise.all(
            Array.from({ length: 40 }, () => verify.search(unknownId)),
        );
        const throttled = results.filter((r) => r.status === CheckStatus.THROTTLED);
        const answered = results.filter((r) => r.status === '101');
        assert.equal(throttled.length + answered.length, 40, JSON.stringify(results));
        assert.ok(answered.length <= 30, `${answered.length} calls were answered in one second`);
        assert.ok(throttled.length >= 10, `${throttled.length} calls were throttled`);
        assert.equal(throttled[0].errorText, 'Throttled');
        await advance(1);
        assert.equal((await verify.search(unknownId)).status, '101', 'a second later it answers');
    }

    console.log('vendor SDK flow: all checks passed');
}

main().catch((error) => {
    console.error('vendor SDK flow FAILED');
    console.error(error);
    process.exit(1);
});
