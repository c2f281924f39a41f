import type { AgentEvent } from '@warden/core';
import { orderForPublish } from './publish-order';

function event(tenant: string, agentId: string, spanId: string, startTimeMs: number): AgentEvent {
  return {
    tenant,
    agentId,
    agentType: 't',
    sessionId: 's',
    sessionIdSource: 'trace',
    traceId: 'a'.repeat(32),
    spanId,
    kind: 'other',
    name: spanId,
    convention: 'unknown',
    startTimeMs,
    endTimeMs: startTimeMs + 1,
    status: 'unset',
    contents: [],
    resources: [],
    attributes: {},
  };
}

describe('orderForPublish', () => {
  test('keys by tenant/agent and sorts each key by start time', () => {
    const records = orderForPublish([
      event('acme', 'a', 'a3', 30),
      event('acme', 'b', 'b2', 20),
      event('acme', 'a', 'a1', 10),
      event('globex', 'a', 'g1', 5),
      event('acme', 'b', 'b1', 15),
      event('acme', 'a', 'a2', 20),
    ]);
    expect(records).toHaveLength(6);
    const byKey = (key: string) => records.filter((r) => r.key === key).map((r) => r.value.spanId);
    expect(byKey('acme/a')).toEqual(['a1', 'a2', 'a3']);
    expect(byKey('acme/b')).toEqual(['b1', 'b2']);
    // Same agent id, other tenant: its own key, never mixed in.
    expect(byKey('globex/a')).toEqual(['g1']);
  });

  test('spans that began at the same millisecond keep their request order', () => {
    const records = orderForPublish([event('t', 'a', 'x', 10), event('t', 'a', 'y', 10), event('t', 'a', 'w', 5), event('t', 'a', 'z', 10)]);
    expect(records.map((r) => r.value.spanId)).toEqual(['w', 'x', 'y', 'z']);
  });

  test('does not reorder the caller’s array', () => {
    const events = [event('t', 'a', 'late', 9), event('t', 'a', 'early', 1)];
    orderForPublish(events);
    expect(events.map((e) => e.spanId)).toEqual(['late', 'early']);
  });

  test('nothing in, nothing out', () => {
    expect(orderForPublish([])).toEqual([]);
  });
});
