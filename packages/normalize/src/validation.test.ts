import { exportRequest, nanos, span, T0_MS } from '../testdata/builder';
import * as genai from '../testdata/otel-genai';
import { normalizeExportRequest } from './index';

const ctx = { tenant: 'acme', receivedAtMs: 1 };
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const good = (spanId: string) => span({ traceId: TRACE, spanId, name: 'ok', startMs: 0, endMs: 10 });

function run(...spans: ReturnType<typeof span>[]) {
  return normalizeExportRequest(exportRequest({ resource: { 'service.name': 's' }, spans }), ctx);
}

describe('span validation', () => {
  it.each([
    ['too short', 'abc123', /invalid trace id "abc123": must be 32 hex characters/],
    ['all zero', '00000000000000000000000000000000', /invalid trace id .*not all zero/],
    ['not hex', 'zzzzf3577b34da6a3ce929d0e0e4736x', /invalid trace id/],
    ['empty', '', /invalid trace id ""/],
  ])('rejects a trace id that is %s and keeps the rest of the request', (_label, traceId, reason) => {
    const bad = span({ traceId, spanId: '1111111111111111', name: 'bad', startMs: 0, endMs: 1 });
    const result = run(good('aaaaaaaaaaaaaaa1'), bad, good('aaaaaaaaaaaaaaa2'));
    expect(result.events.map((e) => e.spanId)).toEqual(['aaaaaaaaaaaaaaa1', 'aaaaaaaaaaaaaaa2']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ traceId, spanId: '1111111111111111' });
    expect(result.rejected[0]?.reason).toMatch(reason);
  });

  it.each([
    ['too long', '11111111111111111'],
    ['all zero', '0000000000000000'],
    ['empty', ''],
  ])('rejects a span id that is %s', (_label, spanId) => {
    const result = run(good('aaaaaaaaaaaaaaa1'), span({ traceId: TRACE, spanId, name: 'bad', startMs: 0, endMs: 1 }));
    expect(result.events).toHaveLength(1);
    expect(result.rejected).toEqual([{ traceId: TRACE, spanId, reason: expect.stringMatching(/invalid span id .*16 hex/) }]);
  });

  it('rejects a span that ends well before it starts, and clamps small clock skew', () => {
    const backwards = span({ traceId: TRACE, spanId: 'bbbbbbbbbbbbbbb1', name: 'backwards', startMs: 5000, endMs: 1000 });
    const skewed = span({ traceId: TRACE, spanId: 'bbbbbbbbbbbbbbb2', name: 'skewed', startMs: 5000, endMs: 4800 });
    const result = run(backwards, skewed);
    expect(result.rejected).toEqual([
      { traceId: TRACE, spanId: 'bbbbbbbbbbbbbbb1', reason: 'span ends 4000 ms before it starts (tolerance 1000 ms)' },
    ]);
    expect(result.events.map((e) => [e.spanId, e.startTimeMs, e.endTimeMs])).toEqual([
      ['bbbbbbbbbbbbbbb2', T0_MS + 5000, T0_MS + 5000],
    ]);
  });

  it('rejects a span with no start time', () => {
    const zero = { ...good('ccccccccccccccc1'), startTimeUnixNano: 0n };
    expect(run(zero).rejected[0]?.reason).toMatch(/missing start time/);
  });

  it('converts unix nanoseconds to epoch milliseconds', () => {
    const precise = { ...good('ddddddddddddddd1'), startTimeUnixNano: nanos(T0_MS) + 999_999n, endTimeUnixNano: nanos(T0_MS + 7) + 1n };
    const [e] = run(precise).events;
    expect([e?.startTimeMs, e?.endTimeMs]).toEqual([T0_MS, T0_MS + 7]);
  });

  it('accepts upper-case ids and lower-cases them', () => {
    const upper = span({ traceId: TRACE.toUpperCase(), spanId: 'ABCDEF0123456789', parentSpanId: '0123456789ABCDEF', name: 'u', startMs: 0, endMs: 1 });
    const [e] = run(upper).events;
    expect([e?.traceId, e?.spanId, e?.parentSpanId]).toEqual([TRACE, 'abcdef0123456789', '0123456789abcdef']);
  });

  it('treats a malformed parent id as no parent rather than losing the span', () => {
    const orphan = span({ traceId: TRACE, spanId: 'eeeeeeeeeeeeeee1', parentSpanId: 'xyz', name: 'o', startMs: 0, endMs: 1 });
    const result = run(orphan);
    expect(result.rejected).toEqual([]);
    expect(result.events[0]?.parentSpanId).toBeUndefined();
  });

  it('keeps the first of two spans with the same ids and says why the second was refused', () => {
    const result = run(good('fffffffffffffff1'), good('fffffffffffffff1'));
    expect(result.events).toHaveLength(1);
    expect(result.rejected[0]?.reason).toMatch(/duplicate span/);
  });

  it('bounds and cleans a hostile id echoed in a rejection', () => {
    const hostile = span({ traceId: `\u0000\u001b[31m${'f'.repeat(10_000)}`, spanId: '1111111111111111', name: 'h', startMs: 0, endMs: 1 });
    const [rejected] = run(hostile).rejected;
    expect(rejected?.traceId.length).toBeLessThanOrEqual(65);
    expect(rejected?.traceId).not.toMatch(/[\u0000-\u001f]/);
    expect(rejected?.reason.length).toBeLessThan(200);
  });

  it('accepts an empty request', () => {
    expect(normalizeExportRequest({ resourceSpans: [] }, ctx)).toEqual({ events: [], rejected: [] });
  });
});

describe('status and classification details', () => {
  it('maps span status and keeps error.type and the status message', () => {
    const failed = span({
      ...{ traceId: TRACE, spanId: '9999999999999991', name: 'execute_tool crm.get_customer', startMs: 0, endMs: 1 },
      attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'crm.get_customer', 'error.type': 'TimeoutError' },
      status: 2,
      statusMessage: 'upstream timed out',
    });
    const [e] = run(failed).events;
    expect(e).toMatchObject({ status: 'error', kind: 'tool', toolName: 'crm.get_customer' });
    expect(e?.attributes).toMatchObject({ 'error.type': 'TimeoutError', 'status.message': 'upstream timed out' });
    expect(run(genai.root).events[0]?.status).toBe('unset');
  });
});
