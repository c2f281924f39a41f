import { InvalidInputError } from '@warden/core';
import { AGENT_TYPES } from './fleet';
import { ATTACK_INDICATORS } from './scenarios/indicators';
import { SCENARIO_IDS } from './scenarios/catalogue';
import type { SpanSpec } from './span-spec';
import { generateTraffic } from './traffic';
import type { TrafficOptions } from './traffic';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const OPTIONS: TrafficOptions = { seed: 'traffic-test', agentsPerType: 2, historySessions: 160, liveSessions: 40, scenarios: 'all', nowMs: NOW };
const traffic = generateTraffic(OPTIONS);

function spanText(s: SpanSpec): string {
  return `${s.name} ${JSON.stringify(s.attributes)} ${JSON.stringify(s.events)}`;
}

describe('generateTraffic', () => {
  it('is deterministic per seed and changes with the seed', () => {
    const again = generateTraffic(OPTIONS);
    expect(JSON.stringify(again)).toBe(JSON.stringify(traffic));
    const other = generateTraffic({ ...OPTIONS, seed: 'another-seed' });
    expect(other.sessions[0]?.sessionId).not.toBe(traffic.sessions[0]?.sessionId);
    expect(JSON.stringify(other.sessions.map((s) => s.spans))).not.toBe(JSON.stringify(traffic.sessions.map((s) => s.spans)));
  });

  it('builds the fleet: every type, unique instance ids, resource identity', () => {
    expect(traffic.fleet).toHaveLength(AGENT_TYPES.length * 2);
    expect(new Set(traffic.fleet.map((a) => a.agentId)).size).toBe(traffic.fleet.length);
    for (const a of traffic.fleet) {
      expect(a.agentId).toMatch(new RegExp(`^${a.agentType}-\\d+$`));
      expect(a.resource['service.name']).toBe(a.agentType);
      expect(a.resource['service.instance.id']).toBe(a.agentId);
      expect(a.resource['deployment.environment.name']).toBe('production');
    }
    const typesWithTraffic = new Set(traffic.sessions.filter((s) => s.phase === 'history').map((s) => s.agent.agentType));
    expect([...typesWithTraffic].sort()).toEqual([...AGENT_TYPES].sort());
  });

  it('counts sessions per phase as asked, attacks on top of the live ordinary sessions', () => {
    const benignHistory = traffic.sessions.filter((s) => s.phase === 'history' && s.scenario === 'benign');
    const benignLive = traffic.sessions.filter((s) => s.phase === 'live' && s.scenario === 'benign');
    expect(benignHistory).toHaveLength(160);
    expect(benignLive).toHaveLength(40);
    expect(traffic.spanCount).toBe(traffic.sessions.reduce((n, s) => n + s.spans.length, 0));
  });

  it('puts history in the past days and live sessions at the pace from nowMs, each ended before it is sent', () => {
    const history = traffic.sessions.filter((s) => s.phase === 'history');
    const live = traffic.sessions.filter((s) => s.phase === 'live');
    for (const s of history) {
      expect(s.startTimeMs).toBeGreaterThanOrEqual(NOW - 7 * 86_400_000);
      expect(s.endTimeMs).toBeLessThan(NOW);
      expect(s.sendAtMs).toBe(0);
    }
    for (let i = 1; i < history.length; i++) expect(history[i]!.startTimeMs).toBeGreaterThanOrEqual(history[i - 1]!.startTimeMs);
    live.forEach((s, i) => {
      expect(s.sendAtMs).toBe(NOW + (i + 1) * 1000);
      for (const span of s.spans) expect(span.endTimeMs).toBeLessThanOrEqual(s.sendAtMs);
      expect(s.sendAtMs - s.startTimeMs).toBeLessThan(120_000);
    });
    const fast = generateTraffic({ ...OPTIONS, liveSessionsPerSecond: 20 });
    const fastLive = fast.sessions.filter((s) => s.phase === 'live');
    expect(fastLive[1]!.sendAtMs - fastLive[0]!.sendAtMs).toBe(50);
  });

  it('ends every history session two default idle gaps of Warden before nowMs, whatever the hour', () => {
    // Warden's clock ends a quiet session 30 min after its last span; one still running then is
    // judged only as the clock catches up, after the live phase has begun. Busy hours put the
    // most sessions near the end of history.
    const late: string[] = [];
    for (let hour = 6; hour <= 20; hour++) {
      const nowMs = Date.UTC(2026, 10, 25, hour, 17);
      const day = generateTraffic({ ...OPTIONS, seed: 1, agentsPerType: 10, historySessions: 600, liveSessions: 1, nowMs });
      for (const s of day.sessions) {
        if (s.phase === 'history' && s.endTimeMs > nowMs - 30 * 60_000) late.push(`${new Date(nowMs).toISOString()}: ${s.sessionId} ends ${Math.round((nowMs - s.endTimeMs) / 1000)} s before now`);
      }
    }
    expect(late).toEqual([]);
  });

  it('gives every span well-formed ids, a parent in its own trace, and times inside its parent', () => {
    // Problems are collected rather than asserted one by one: tens of thousands of expects are slow.
    const problems: string[] = [];
    for (const session of traffic.sessions) {
      const byId = new Map(session.spans.map((s) => [s.spanId, s]));
      if (byId.size !== session.spans.length) problems.push(`${session.sessionId}: duplicate span ids`);
      const roots = session.spans.filter((s) => s.parentSpanId === undefined);
      if (roots.length !== session.traceIds.length) problems.push(`${session.sessionId}: ${roots.length} roots for ${session.traceIds.length} traces`);
      for (const span of session.spans) {
        if (!/^[0-9a-f]{32}$/.test(span.traceId) || !/^[0-9a-f]{16}$/.test(span.spanId)) problems.push(`${span.name}: bad ids`);
        if (span.endTimeMs < span.startTimeMs) problems.push(`${span.name}: ends before it starts`);
        if (span.parentSpanId === undefined) continue;
        const parent = byId.get(span.parentSpanId);
        if (parent === undefined) problems.push(`${span.name}: parent missing`);
        else if (parent.traceId !== span.traceId) problems.push(`${span.name}: parent in another trace`);
        else if (span.startTimeMs < parent.startTimeMs || span.endTimeMs > parent.endTimeMs) problems.push(`${span.name}: outside parent ${parent.name}`);
      }
    }
    expect(problems).toEqual([]);
    expect(traffic.spanCount).toBeGreaterThan(1000);
  });

  it('keeps one trace per turn, 1-4 turns per ordinary session, and unique session ids', () => {
    const benign = traffic.sessions.filter((s) => s.scenario === 'benign');
    const turns = new Set(benign.map((s) => s.traceIds.length));
    for (const n of turns) expect(n).toBeGreaterThanOrEqual(1);
    for (const n of turns) expect(n).toBeLessThanOrEqual(4);
    expect(turns.size).toBeGreaterThan(2);
    expect(new Set(traffic.sessions.map((s) => s.sessionId)).size).toBe(traffic.sessions.length);
  });

  it('labels every attack session with a span that exists in it, and never puts the label in a span', () => {
    const attacks = traffic.sessions.filter((s) => s.scenario !== 'benign');
    expect(traffic.labels).toHaveLength(attacks.length);
    for (const s of attacks) {
      const label = s.label!;
      expect(label.sessionId).toBe(s.sessionId);
      expect(label.agentId).toBe(s.agent.agentId);
      const span = s.spans.find((x) => x.spanId === label.trigger.spanId);
      expect(span).toBeDefined();
      expect(span!.traceId).toBe(label.trigger.traceId);
      expect(span!.endTimeMs).toBe(label.trigger.timeMs);
      for (const x of s.spans) expect(spanText(x)).not.toMatch(new RegExp(`${label.scenario}|${label.campaignId}`));
    }
    const triggered = new Set(traffic.labels.filter((l) => l.role === 'trigger').map((l) => l.scenario));
    expect([...triggered].sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it('keeps ordinary traffic free of every attack indicator', () => {
    const benign = traffic.sessions.filter((s) => s.scenario === 'benign');
    const text = benign.flatMap((s) => s.spans.map(spanText)).join('\n');
    for (const indicator of ATTACK_INDICATORS) expect(text.includes(indicator)).toBe(false);
    // ...while it does carry the harmless oddities the detectors must tolerate.
    expect(text).toContain('Please ignore the previous ticket');
    expect(benign.some((s) => s.spans.some((x) => x.status.code === 'error'))).toBe(true);
  });

  it('keeps history ordinary except for the slow leak, which needs hours of event time', () => {
    const attackHistory = traffic.sessions.filter((s) => s.phase === 'history' && s.scenario !== 'benign');
    expect(attackHistory.length).toBeGreaterThan(0);
    for (const s of attackHistory) expect(s.scenario).toBe('low_and_slow_leak');
    const none = generateTraffic({ ...OPTIONS, scenarios: [] });
    expect(none.labels).toHaveLength(0);
    expect(none.sessions.every((s) => s.scenario === 'benign')).toBe(true);
  });

  it('generates only the scenarios asked for', () => {
    const only = generateTraffic({ ...OPTIONS, scenarios: ['blast_radius'] });
    expect(new Set(only.labels.map((l) => l.scenario))).toEqual(new Set(['blast_radius']));
    expect(only.labels.map((l) => l.variant).sort()).toEqual(['buckets', 'tables']);
  });

  it('rejects bad options with a coded error that names each problem', () => {
    expect(() => generateTraffic({ ...OPTIONS, agentsPerType: 0 })).toThrow(InvalidInputError);
    try {
      generateTraffic({ ...OPTIONS, historySessions: -1, scenarios: ['nope' as never], liveSessionsPerSecond: 0 });
      throw new Error('expected a failure');
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidInputError);
      const e = err as InvalidInputError;
      expect(e.code).toBe('SIMULATOR_OPTIONS_INVALID');
      expect(e.message).toContain('historySessions');
      expect(e.message).toContain('unknown scenario "nope"');
      expect(e.message).toContain('liveSessionsPerSecond');
    }
  });
});
