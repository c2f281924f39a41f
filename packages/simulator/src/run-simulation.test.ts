import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HrTime } from '@opentelemetry/api';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { WardenError } from '@warden/core';
import type { ScenarioLabel } from './labels';
import { runSimulation } from './run-simulation';
import type { SimulationOptions, SimulationProgress } from './run-simulation';
import { generateTraffic } from './traffic';

const NOW = Date.UTC(2026, 10, 21, 12);

/** Keeps what it received after shutdown (the SDK's own one forgets on shutdown). */
class KeepingExporter extends InMemorySpanExporter {
  override shutdown(): Promise<void> {
    this._stopped = true;
    return Promise.resolve();
  }
}

function hrToMs(t: HrTime): number {
  return t[0] * 1000 + t[1] / 1e6;
}

function fakeClock(): Pick<SimulationOptions, 'nowMs' | 'sleep'> & { slept: number[] } {
  let now = NOW;
  const slept: number[] = [];
  return {
    slept,
    nowMs: () => now,
    sleep: (ms: number) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('runSimulation through the OpenTelemetry SDK', () => {
  const base = { endpoint: 'localhost:4317', protocol: 'grpc', seed: 'run', agentsPerType: 1, historySessions: 40, liveSessions: 8, scenarios: ['content_injection_send', 'memory_poisoning'] } as const;

  it('exports exactly the generated spans, with their ids, times, attributes and per-agent resource', async () => {
    const exporters = new Map<string, KeepingExporter>();
    const clock = fakeClock();
    const progress: SimulationProgress[] = [];
    const labelsFile = join(mkdtempSync(join(tmpdir(), 'warden-sim-')), 'labels.jsonl');
    const report = await runSimulation({
      ...base,
      ...clock,
      labelsFile,
      onProgress: (p) => progress.push(p),
      exporterFactory: (agent) => {
        const e = new KeepingExporter();
        exporters.set(agent.agentId, e);
        return e;
      },
    });

    const expected = generateTraffic({ seed: 'run', agentsPerType: 1, historySessions: 40, liveSessions: 8, scenarios: ['content_injection_send', 'memory_poisoning'], nowMs: NOW });
    const specs = new Map(expected.sessions.flatMap((s) => s.spans.map((span) => [span.spanId, { span, agentId: s.agent.agentId }] as const)));
    const exported: { span: ReadableSpan; agentId: string }[] = [];
    for (const [agentId, e] of exporters) for (const span of e.getFinishedSpans()) exported.push({ span, agentId });

    expect(exported).toHaveLength(expected.spanCount);
    expect(report.spansSent).toBe(expected.spanCount);
    expect(report.spansExported).toBe(expected.spanCount);
    expect(report.sessionsSent).toBe(expected.sessions.length);
    expect(report.aborted).toBe(false);
    expect(report.endpoint).toBe('http://localhost:4317');

    const problems: string[] = [];
    for (const { span, agentId } of exported) {
      const want = specs.get(span.spanContext().spanId);
      if (want === undefined) {
        problems.push(`unexpected span ${span.name}`);
        continue;
      }
      const s = want.span;
      if (want.agentId !== agentId) problems.push(`${s.name} exported by ${agentId}, generated for ${want.agentId}`);
      if (span.spanContext().traceId !== s.traceId) problems.push(`${s.name}: trace id`);
      if (span.parentSpanContext?.spanId !== s.parentSpanId) problems.push(`${s.name}: parent`);
      if (span.name !== s.name) problems.push(`${s.name}: name ${span.name}`);
      if (Math.abs(hrToMs(span.startTime) - s.startTimeMs) > 0.001 || Math.abs(hrToMs(span.endTime) - s.endTimeMs) > 0.001) problems.push(`${s.name}: times`);
      if (JSON.stringify(span.attributes) !== JSON.stringify(s.attributes)) problems.push(`${s.name}: attributes`);
      if (span.instrumentationScope.name !== s.scope.name) problems.push(`${s.name}: scope`);
      if (span.resource.attributes['service.instance.id'] !== agentId || span.resource.attributes['service.name'] !== agentId.replace(/-\d+$/, '')) problems.push(`${s.name}: resource`);
      if (span.droppedAttributesCount !== 0) problems.push(`${s.name}: dropped attributes`);
    }
    expect(problems).toEqual([]);
    const kinds = new Set(exported.map((e) => e.span.kind));
    expect(kinds).toEqual(new Set([SpanKind.INTERNAL, SpanKind.CLIENT]));
    const errored = exported.filter((e) => e.span.status.code === 2);
    for (const e of errored) expect(e.span.events.map((ev) => ev.name)).toContain('exception');

    // Labels: returned, and written as JSON Lines naming spans that were really exported.
    expect(report.labels).toEqual(expected.labels);
    const lines = readFileSync(labelsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ScenarioLabel);
    expect(lines).toEqual(expected.labels);
    const exportedIds = new Set(exported.map((e) => e.span.spanContext().spanId));
    for (const l of lines) expect(exportedIds.has(l.trigger.spanId)).toBe(true);

    // Progress and pacing: history first, then live sessions one second apart, then done.
    const phases = progress.map((p) => p.phase);
    expect(phases.indexOf('live')).toBeGreaterThan(phases.lastIndexOf('history'));
    expect(phases.slice(-2)).toEqual(['flushing', 'done']);
    expect(progress[progress.length - 1]!.spansExported).toBe(expected.spanCount);
    expect(progress[progress.length - 1]!.sessionsSent).toBe(expected.sessions.length);
    const liveCount = expected.sessions.filter((s) => s.phase === 'live').length;
    expect(clock.slept).toHaveLength(liveCount);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBe(liveCount * 1000);
  });

  it('calls digest at each history day boundary and before live, with everything sent so far exported', async () => {
    const exporters: KeepingExporter[] = [];
    const progress: SimulationProgress[] = [];
    const atDigest: { exported: number; sent: number }[] = [];
    const report = await runSimulation({
      ...base,
      ...fakeClock(),
      onProgress: (p) => progress.push(p),
      exporterFactory: () => {
        const e = new KeepingExporter();
        exporters.push(e);
        return e;
      },
      digest: async () => {
        atDigest.push({ exported: exporters.reduce((n, e) => n + e.getFinishedSpans().length, 0), sent: progress.at(-1)!.spansSent });
      },
    });
    const traffic = generateTraffic({ seed: base.seed, nowMs: NOW, agentsPerType: 1, historySessions: 40, liveSessions: 8, scenarios: base.scenarios });
    const historyDays = new Set(traffic.sessions.filter((x) => x.phase === 'history').map((x) => Math.floor(x.startTimeMs / 86_400_000)));
    // One call between consecutive history days, and one before live.
    expect(atDigest).toHaveLength(historyDays.size);
    for (const d of atDigest) expect(d.exported).toBe(d.sent);
    const historySpans = progress.filter((p) => p.phase === 'history').at(-1)!.spansSent;
    expect(atDigest.at(-1)!.sent).toBe(historySpans);
    expect(report.sessionsSent).toBe(traffic.sessions.length);
  });

  it('moves the whole live phase later, spans and labels alike, when history took longer than scripted', async () => {
    const exporters: KeepingExporter[] = [];
    const clock = fakeClock();
    const report = await runSimulation({
      ...base,
      nowMs: clock.nowMs,
      sleep: clock.sleep,
      exporterFactory: () => {
        const e = new KeepingExporter();
        exporters.push(e);
        return e;
      },
      // Each pause costs 5 s of (fake) wall clock, as the demo's waits for Warden do.
      digest: () => clock.sleep!(5_000),
    });
    const traffic = generateTraffic({ seed: base.seed, nowMs: NOW, agentsPerType: 1, historySessions: 40, liveSessions: 8, scenarios: base.scenarios });
    const pauses = new Set(traffic.sessions.filter((x) => x.phase === 'history').map((x) => Math.floor(x.startTimeMs / 86_400_000))).size;
    const firstLive = traffic.sessions.find((x) => x.phase === 'live')!;
    const shift = NOW + pauses * 5_000 - firstLive.sendAtMs;
    expect(shift).toBeGreaterThan(0);
    const sent = new Map(exporters.flatMap((e) => e.getFinishedSpans()).map((sp) => [sp.spanContext().spanId, sp] as const));
    for (const session of traffic.sessions) {
      const spec = session.spans[0]!;
      const got = sent.get(spec.spanId)!;
      expect(Math.round(hrToMs(got.startTime))).toBe(spec.startTimeMs + (session.phase === 'live' ? shift : 0));
    }
    for (const label of report.labels) {
      const original = traffic.sessions.find((x) => x.sessionId === label.sessionId)!.label!;
      expect(label.trigger.timeMs).toBe(original.trigger.timeMs + (label.phase === 'live' ? shift : 0));
    }
  });

  it('stops after the current session when aborted, and reports what was delivered', async () => {
    const controller = new AbortController();
    const report = await runSimulation({
      ...base,
      ...fakeClock(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.sessionsSent === 5) controller.abort();
      },
      exporterFactory: () => new KeepingExporter(),
    });
    expect(report.aborted).toBe(true);
    expect(report.sessionsSent).toBe(5);
    expect(report.spansExported).toBe(report.spansSent);
  });

  it('tells onDelivered each acknowledged span once, at the clock time of its acknowledgement, trigger spans included', async () => {
    const exporters: KeepingExporter[] = [];
    const clock = fakeClock();
    const delivered = new Map<string, number>();
    let repeats = 0;
    const report = await runSimulation({
      ...base,
      ...clock,
      exporterFactory: () => {
        const e = new KeepingExporter();
        exporters.push(e);
        return e;
      },
      onDelivered: (spans, atMs) => {
        for (const { traceId, spanId } of spans) {
          if (delivered.has(`${traceId}/${spanId}`)) repeats += 1;
          delivered.set(`${traceId}/${spanId}`, atMs);
        }
      },
    });
    const exported = exporters.flatMap((e) => e.getFinishedSpans()).map((sp) => `${sp.spanContext().traceId}/${sp.spanContext().spanId}`);
    expect([delivered.size, repeats]).toEqual([report.spansExported, 0]);
    expect([...delivered.keys()].sort()).toEqual(exported.sort());
    // A live trigger is acknowledged once its session is sent, which is when the scripted clock reached it, not before.
    const live = report.labels.filter((l) => l.phase === 'live');
    expect(live.length).toBeGreaterThan(0);
    for (const l of live) {
      const at = delivered.get(`${l.trigger.traceId}/${l.trigger.spanId}`);
      expect(at).toBeDefined();
      expect(at!).toBeGreaterThanOrEqual(l.trigger.timeMs);
    }
  });

  it('tells onDelivered nothing about spans the collector refused', async () => {
    const port = await freePort();
    const delivered: string[] = [];
    const run = runSimulation({
      ...base,
      endpoint: `127.0.0.1:${port}`,
      historySessions: 3,
      liveSessions: 0,
      scenarios: [],
      exportTimeoutMs: 1500,
      ...fakeClock(),
      onDelivered: (spans) => delivered.push(...spans.map((x) => x.spanId)),
    });
    await expect(run).rejects.toMatchObject({ code: 'SIMULATOR_EXPORT_FAILED' });
    expect(delivered).toEqual([]);
  });

  it('fails with a clear, coded error when nothing listens at the gRPC endpoint', async () => {
    const port = await freePort();
    const started = Date.now();
    const run = runSimulation({ ...base, endpoint: `127.0.0.1:${port}`, historySessions: 3, liveSessions: 0, scenarios: [], exportTimeoutMs: 1500, ...fakeClock() });
    await expect(run).rejects.toBeInstanceOf(WardenError);
    await run.catch((err: WardenError) => {
      expect(err.code).toBe('SIMULATOR_EXPORT_FAILED');
      expect(err.message).toContain(`http://127.0.0.1:${port}`);
      expect(err.message).toContain('is listening');
      expect(err.retriable).toBe(true);
    });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('fails the same way over OTLP/HTTP protobuf', async () => {
    const port = await freePort();
    const run = runSimulation({ ...base, protocol: 'http/protobuf', endpoint: `127.0.0.1:${port}`, historySessions: 3, liveSessions: 0, scenarios: [], exportTimeoutMs: 1500, ...fakeClock() });
    await expect(run).rejects.toMatchObject({ code: 'SIMULATOR_EXPORT_FAILED' });
  });

  it('rejects an unusable endpoint before sending anything', async () => {
    await expect(runSimulation({ ...base, endpoint: 'ftp://nowhere', exporterFactory: () => new KeepingExporter() })).rejects.toMatchObject({ code: 'SIMULATOR_ENDPOINT_INVALID' });
  });
});
