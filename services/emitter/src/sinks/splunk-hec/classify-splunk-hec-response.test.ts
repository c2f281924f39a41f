import type { DeliveryOutcome } from '../../delivery/delivery-target';
import { classifySplunkHecResponse } from './classify-splunk-hec-response';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const hec = (code: number, text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ text, code, ...extra });
const noHeaders = new Headers();

describe('classifySplunkHecResponse', () => {
  it.each<[string, number, string, DeliveryOutcome['kind']]>([
    ['success', 200, hec(0, 'Success'), 'delivered'],
    ['success with ackId', 200, hec(0, 'Success', { ackId: 3 }), 'delivered'],
    ['empty 200 (HEC-compatible receivers)', 200, '', 'delivered'],
    ['token disabled', 403, hec(1, 'Token disabled'), 'misconfigured'],
    ['token required', 401, hec(2, 'Token is required'), 'misconfigured'],
    ['invalid authorization', 401, hec(3, 'Invalid authorization'), 'misconfigured'],
    ['invalid token', 403, hec(4, 'Invalid token'), 'misconfigured'],
    ['no data', 400, hec(5, 'No data'), 'rejected'],
    ['invalid data format', 400, hec(6, 'Invalid data format', { 'invalid-event-number': 2 }), 'rejected'],
    ['incorrect index', 400, hec(7, 'Incorrect index', { 'invalid-event-number': 0 }), 'misconfigured'],
    ['internal error', 500, hec(8, 'Internal server error'), 'retry'],
    ['server busy', 503, hec(9, 'Server is busy'), 'retry'],
    ['channel missing', 400, hec(10, 'Data channel is missing'), 'misconfigured'],
    ['invalid channel', 400, hec(11, 'Invalid data channel'), 'misconfigured'],
    ['event field required', 400, hec(12, 'Event field is required', { 'invalid-event-number': 1 }), 'rejected'],
    ['event field blank', 400, hec(13, 'Event field cannot be blank', { 'invalid-event-number': 1 }), 'rejected'],
    ['ack disabled', 400, hec(14, 'ACK is disabled'), 'misconfigured'],
    ['indexed fields', 400, hec(15, 'Error in handling indexed fields'), 'misconfigured'],
    ['query-string auth', 400, hec(16, 'Query string authorization is not enabled'), 'misconfigured'],
    ['unhealthy queues', 503, hec(18, 'HEC is unhealthy, queues are full'), 'retry'],
    ['unhealthy ack', 503, hec(19, 'HEC is unhealthy, ack service unavailable'), 'retry'],
    ['unhealthy both', 503, hec(20, 'HEC is unhealthy, queues are full, ack service unavailable'), 'retry'],
    ['413 without a body', 413, '', 'too_large'],
    ['413 with a HEC body', 413, hec(6, 'Content too large'), 'too_large'],
    ['429', 429, '', 'retry'],
    ['408', 408, '', 'retry'],
    ['bare 401 from a proxy', 401, '<html>Unauthorized</html>', 'misconfigured'],
    ['bare 403', 403, '', 'misconfigured'],
    ['404 (HEC off or wrong path)', 404, hec(404, 'The requested URL was not found on this server.'), 'misconfigured'],
    ['405', 405, '', 'misconfigured'],
    ['410', 410, '', 'misconfigured'],
    ['bare 400', 400, 'Bad Request', 'rejected'],
    ['422', 422, '', 'rejected'],
    ['500 without a code', 500, '', 'retry'],
    ['502 from a load balancer', 502, '<html>Bad Gateway</html>', 'retry'],
    ['504', 504, '', 'retry'],
    ['501 (not a HEC)', 501, '', 'misconfigured'],
    ['301 redirect', 301, '', 'misconfigured'],
    ['200 from Splunk Web instead of HEC', 200, '<!doctype html><title>Splunk</title>', 'misconfigured'],
    ['200 with JSON that is not a HEC reply', 200, '{"ok":true}', 'misconfigured'],
    ['200 with an unknown code', 200, hec(99, 'Something'), 'misconfigured'],
    ['1xx', 101, '', 'misconfigured'],
  ])('%s (HTTP %d) → %s', (_case, status, body, kind) => {
    expect(classifySplunkHecResponse(status, noHeaders, body, NOW).kind).toBe(kind);
  });

  it('lets the HEC code win over a generic status', () => {
    // 400 alone would be "rejected"; code 7 says the config is wrong, not the record.
    expect(classifySplunkHecResponse(400, noHeaders, hec(7, 'Incorrect index'), NOW).kind).toBe('misconfigured');
    // A 503 carrying an auth code is an auth problem.
    expect(classifySplunkHecResponse(503, noHeaders, hec(4, 'Invalid token'), NOW).kind).toBe('misconfigured');
  });

  it.each<[string, number, Record<string, string>, number | undefined]>([
    ['429 with delay-seconds', 429, { 'retry-after': '7' }, 7_000],
    ['503 with delay-seconds', 503, { 'retry-after': '0' }, 0],
    ['429 with an HTTP date 30 s ahead', 429, { 'retry-after': new Date(NOW + 30_000).toUTCString() }, 30_000],
    ['429 with an HTTP date in the past', 429, { 'retry-after': new Date(NOW - 30_000).toUTCString() }, 0],
    ['429 with garbage', 429, { 'retry-after': 'soon' }, undefined],
    ['429 without the header', 429, {}, undefined],
  ])('%s → retryAfterMs %s', (_case, status, headers, retryAfterMs) => {
    const outcome = classifySplunkHecResponse(status, new Headers(headers), '', NOW);
    expect(outcome.kind).toBe('retry');
    expect(outcome.kind === 'retry' ? outcome.retryAfterMs : 'not retry').toBe(retryAfterMs);
  });

  it('honours Retry-After on a busy answer identified by its HEC code', () => {
    const outcome = classifySplunkHecResponse(503, new Headers({ 'retry-after': '12' }), hec(9, 'Server is busy'), NOW);
    expect(outcome).toEqual({ kind: 'retry', reason: expect.stringContaining('Splunk is busy'), retryAfterMs: 12_000 });
  });

  it('reasons name the status, the code, HEC text, the bad event and what to do', () => {
    const outcome = classifySplunkHecResponse(400, noHeaders, hec(6, 'Invalid data format', { 'invalid-event-number': 2 }), NOW);
    expect(outcome).toEqual({
      kind: 'rejected',
      reason: 'Splunk HEC answered HTTP 400 code 6 "Invalid data format" at event 2 of the batch: Splunk could not parse an event',
    });
    const index = classifySplunkHecResponse(400, noHeaders, hec(7, 'Incorrect index'), NOW);
    expect(index.kind !== 'delivered' && index.reason).toMatch(/splunk\.index is not in the token's allowed indexes/);
    const redirect = classifySplunkHecResponse(302, new Headers({ location: 'https://splunk-new:8088/services/collector/event' }), '', NOW);
    expect(redirect.kind !== 'delivered' && redirect.reason).toMatch(/to https:\/\/splunk-new:8088.*set splunk\.url to the final HEC address/);
  });

  it('truncates a long non-HEC body in the reason', () => {
    const outcome = classifySplunkHecResponse(502, noHeaders, 'x'.repeat(5_000), NOW);
    expect(outcome.kind !== 'delivered' && outcome.reason.length).toBeLessThan(300);
  });
});
