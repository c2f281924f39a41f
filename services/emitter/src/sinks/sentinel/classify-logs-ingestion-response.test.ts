import { classifyLogsIngestionResponse, classifyLogsIngestionTransportError } from './classify-logs-ingestion-response';

const headers = (h: Record<string, string> = {}) => new Headers(h);
const azureError = (code: string, message: string) => JSON.stringify({ error: { code, message } });

describe('classifyLogsIngestionResponse', () => {
  it('204 (and any 2xx) is delivered', () => {
    expect(classifyLogsIngestionResponse(204, headers(), '')).toEqual({ kind: 'delivered' });
    expect(classifyLogsIngestionResponse(200, headers(), '{}')).toEqual({ kind: 'delivered' });
  });

  it('400 rejects the rows, quoting x-ms-error-code and the service message', () => {
    const outcome = classifyLogsIngestionResponse(400, headers({ 'x-ms-error-code': 'InvalidPayload' }), azureError('InvalidPayload', 'Row 3: column "Foo" is not declared'));
    expect(outcome).toEqual({
      kind: 'rejected',
      reason: 'the service refused the rows (HTTP 400, x-ms-error-code=InvalidPayload, Row 3: column "Foo" is not declared); they do not match the DCR stream declaration or are malformed',
    });
  });

  it('401 on a cached token retries (the caller refreshes); on a fresh token it is misconfigured', () => {
    const h = headers({ 'x-ms-error-code': 'InvalidToken' });
    const cached = classifyLogsIngestionResponse(401, h, '', { tokenWasFresh: false });
    expect(cached).toEqual({ kind: 'retry', reason: expect.stringContaining('HTTP 401, x-ms-error-code=InvalidToken') });
    expect(cached).not.toHaveProperty('retryAfterMs');
    const fresh = classifyLogsIngestionResponse(401, h, '', { tokenWasFresh: true });
    expect(fresh).toEqual({ kind: 'misconfigured', reason: expect.stringContaining('check that sentinel.scope is the audience') });
    expect(classifyLogsIngestionResponse(401, h, '').kind).toBe('retry');
  });

  it('403 names the missing role; 404 names the endpoint, DCR and stream settings', () => {
    const forbidden = classifyLogsIngestionResponse(403, headers({ 'x-ms-error-code': 'OperationFailed' }), '');
    expect(forbidden.kind).toBe('misconfigured');
    expect(forbidden).toHaveProperty('reason', expect.stringContaining('HTTP 403, x-ms-error-code=OperationFailed'));
    expect(forbidden).toHaveProperty('reason', expect.stringContaining('"Monitoring Metrics Publisher" role on the data collection rule'));
    const notFound = classifyLogsIngestionResponse(404, headers({ 'x-ms-error-code': 'NotFound' }), '');
    expect(notFound.kind).toBe('misconfigured');
    expect(notFound).toHaveProperty('reason', expect.stringMatching(/sentinel\.endpoint.*sentinel\.dcrImmutableId.*sentinel\.streamName/));
  });

  it('413 is too_large', () => {
    expect(classifyLogsIngestionResponse(413, headers({ 'x-ms-error-code': 'ContentLengthLimitExceeded' }), '')).toEqual({
      kind: 'too_large',
      reason: 'request body over the 1 MB limit (HTTP 413, x-ms-error-code=ContentLengthLimitExceeded)',
    });
  });

  it('429 and 5xx retry, honouring Retry-After in seconds, milliseconds or as a date', () => {
    expect(classifyLogsIngestionResponse(429, headers({ 'retry-after': '7', 'x-ms-error-code': 'TooManyRequests' }), '')).toEqual({
      kind: 'retry',
      reason: 'throttled by the DCR limits (HTTP 429, x-ms-error-code=TooManyRequests)',
      retryAfterMs: 7000,
    });
    expect(classifyLogsIngestionResponse(429, headers({ 'retry-after-ms': '1500', 'retry-after': '7' }), '')).toHaveProperty('retryAfterMs', 1500);
    const nowMs = Date.parse('2026-01-01T00:00:00Z');
    expect(classifyLogsIngestionResponse(503, headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), '', { nowMs })).toHaveProperty('retryAfterMs', 30_000);
    expect(classifyLogsIngestionResponse(503, headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), '')).not.toHaveProperty('retryAfterMs');
    expect(classifyLogsIngestionResponse(500, headers(), 'oops')).toEqual({ kind: 'retry', reason: 'the service failed (HTTP 500, oops)' });
    expect(classifyLogsIngestionResponse(408, headers(), '').kind).toBe('retry');
    expect(classifyLogsIngestionResponse(429, headers({ 'retry-after': '999999' }), '')).toHaveProperty('retryAfterMs', 3_600_000);
    expect(classifyLogsIngestionResponse(429, headers({ 'retry-after': '-1' }), '')).not.toHaveProperty('retryAfterMs');
  });

  it('anything else keeps the records (misconfigured), never dead-letters them', () => {
    for (const status of [301, 405, 410, 415, 501]) {
      expect(classifyLogsIngestionResponse(status, headers(), '').kind).toBe('misconfigured');
    }
  });

  it('shortens long or non-JSON bodies', () => {
    const outcome = classifyLogsIngestionResponse(502, headers(), `<html>\n  <body>${'x'.repeat(1000)}</body></html>`);
    expect(outcome).toHaveProperty('reason', expect.stringMatching(/^the service failed \(HTTP 502, <html> <body>x+…\)$/));
    expect((outcome as { reason: string }).reason.length).toBeLessThan(400);
  });
});

describe('classifyLogsIngestionTransportError', () => {
  const fetchFailed = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

  it('retries connection failures, timeouts and shutdown aborts', () => {
    expect(classifyLogsIngestionTransportError(fetchFailed('ECONNREFUSED'))).toEqual({ kind: 'retry', reason: 'request failed: ECONNREFUSED' });
    expect(classifyLogsIngestionTransportError(new Error('x'), { timedOutAfterMs: 30_000 })).toEqual({
      kind: 'retry',
      reason: 'no response within 30000 ms (sentinel.timeoutMs)',
    });
    expect(classifyLogsIngestionTransportError(new Error('x'), { aborted: true })).toEqual({ kind: 'retry', reason: 'request aborted (shutting down)' });
  });

  it('treats an unknown host or a bad certificate as configuration', () => {
    expect(classifyLogsIngestionTransportError(fetchFailed('ENOTFOUND')).kind).toBe('misconfigured');
    expect(classifyLogsIngestionTransportError(fetchFailed('ERR_TLS_CERT_ALTNAME_INVALID')).kind).toBe('misconfigured');
    expect(classifyLogsIngestionTransportError(fetchFailed('DEPTH_ZERO_SELF_SIGNED_CERT')).kind).toBe('misconfigured');
  });
});
