/**
 * One replay of the labelled corpus for one seed against one Warden: a week of ordinary history,
 * digested day by day, then the live phase with the scenarios mixed in, all over OTLP gRPC with
 * the official exporter; the findings file is followed throughout.
 */
import {
  corpusOfVariant,
  deliveryLog,
  generateTraffic,
  runSimulation,
  type SimulationOptions,
  type TrafficOptions,
} from '@warden/simulator';
import { explainReplay, type ExplainedSession } from './detection-eval-explain';
import { parseFindingLines } from './detection-eval-findings';
import { countReplay, sessionOutcomes, type DetectionCounts, type ReplayObservation, type SentSession } from './detection-eval-metrics';
import type { Corpus, DetectionEvalOptions } from './detection-eval-options';
import { FileTail } from './detection-eval-tail';
import { untilSettled, type WardenTarget } from './detection-eval-target';
import { waitUntil } from './local-http';
import { progress } from './progress';
import { quantileBetween } from './prometheus';

const DAY_MS = 86_400_000;
/** Longer than the baseline's 1 s tick, so a quiet spell means it found nothing more to close. */
const DIGEST_QUIET_MS = 1_500;
const DIGEST_TIMEOUT_MS = 30_000;
/** Findings of the last live sessions travel scorer → emitter → file after the last span. */
const FINAL_QUIET_MS = 2_000;
const FINAL_TIMEOUT_MS = 60_000;
const EXPORT_TIMEOUT_MS = 10_000;

export interface ReplayResult {
  readonly corpus: Corpus;
  readonly seed: number;
  readonly counts: DetectionCounts;
  readonly sessionsSent: number;
  readonly spansSent: number;
  readonly findingRecords: number;
  readonly seconds: number;
  /** Warden's own histogram (receiver accepting the span → finding delivered), over the live phase. */
  readonly wardenTimeToDetect: { readonly p50Ms: number; readonly p99Ms: number } | null;
  /** Days after which Warden was still busy when the harness gave up waiting and went on. */
  readonly digestTimeouts: number;
  /** False when the findings were still moving when the harness stopped waiting for them. */
  readonly settled: boolean;
  /** Each labelled session's worst severities by its story, and ordinary sessions counted by theirs (see sessionOutcomes). */
  readonly outcomes: Record<string, string>;
  /** The sessions counted against Warden (benign at Medium+, triggers outside their band) with the rules behind them. */
  readonly explained: readonly ExplainedSession[];
}

export async function replayCorpus(target: WardenTarget, opts: DetectionEvalOptions, corpus: Corpus, seed: number, tag: string): Promise<ReplayResult> {
  const startedMs = Date.now();
  const tail = await FileTail.follow(target.alertsFile);
  try {
    const delivered = deliveryLog();
    let day = 0;
    let digestTimeouts = 0;
    let beforeLive: string[] = [];
    let phase = 'history';
    const status = (text: string) => progress(`${tag} ${text} · ${tail.lines().length} finding records`);

    const simulation: SimulationOptions = {
      endpoint: target.endpoint,
      protocol: 'grpc',
      seed,
      agentsPerType: opts.agentsPerType,
      historySessions: opts.historySessions,
      liveSessions: opts.liveSessions,
      liveSessionsPerSecond: opts.liveSessionsPerSecond,
      scenarios: 'all',
      corpus,
      exportTimeoutMs: EXPORT_TIMEOUT_MS,
      // Warden's findings file says when a finding was written but not when its trigger span
      // arrived, so detection is timed from the harness's side: from the export's acknowledgement.
      onDelivered: delivered.record,
      // As in `warden demo`: real history arrives a day at a time and is learned long before the
      // next; the replay compresses a week into seconds, so Warden gets to digest each day.
      digest: async () => {
        day += 1;
        const settled = await untilSettled(target, { quietMs: DIGEST_QUIET_MS, timeoutMs: DIGEST_TIMEOUT_MS, allJudged: true }, (s) =>
          status(`learning history day ${day}: ${s.queued} queued, ${s.scored}/${s.accepted} spans scored, ${s.openSessions} sessions open`),
        );
        if (!settled) digestTimeouts += 1;
        // The last digest comes just before the first live session.
        beforeLive = await target.scrape();
      },
      onProgress: (p) => {
        phase = p.phase;
        status(`${p.phase}: ${p.sessionsSent}/${p.sessionsTotal} sessions, ${p.spansExported} spans exported`);
      },
    };
    const report = await runSimulation(simulation);

    status('waiting for the last findings');
    const settled = await untilSettled(target, { quietMs: FINAL_QUIET_MS, timeoutMs: FINAL_TIMEOUT_MS }, (s) => status(`${phase}: ${s.queued} queued, ${s.scored}/${s.accepted} spans scored`));
    await waitUntil(() => tail.caughtUp(), `the findings file ${target.alertsFile} to be read to its end`, 10_000);
    const final = await target.scrape();

    const sessions = sentSessions(simulation, report.startedAtMs, report.labels.map((l) => l.sessionId), corpus);
    const findings = parseFindingLines(tail.lines());
    const observation: ReplayObservation = { sessions, findings, exportedAtMs: delivered.atMs };
    const p50 = quantileBetween(beforeLive, final, 'warden_time_to_detect_seconds', 0.5);
    const p99 = quantileBetween(beforeLive, final, 'warden_time_to_detect_seconds', 0.99);
    return {
      corpus,
      seed,
      counts: countReplay(observation),
      outcomes: sessionOutcomes(observation),
      explained: explainReplay(observation),
      sessionsSent: report.sessionsSent,
      spansSent: report.spansSent,
      findingRecords: tail.lines().length,
      seconds: Math.round((Date.now() - startedMs) / 100) / 10,
      wardenTimeToDetect: p50 === undefined || p99 === undefined ? null : { p50Ms: Math.round(p50 * 1000), p99Ms: Math.round(p99 * 1000) },
      digestTimeouts,
      settled,
    };
  } finally {
    await tail.stop();
  }
}

/**
 * Every session the replay sent, with its agent, phase and label. The simulator reports only the
 * labelled ones; its traffic is a pure function of the options and the start time, so the same
 * generation gives the ordinary sessions too. Checked against the labels actually sent, so a
 * simulator that generated differently fails loudly instead of skewing the figures.
 */
function sentSessions(sim: SimulationOptions, startedAtMs: number, sentLabelIds: readonly string[], corpus: Corpus): SentSession[] {
  const traffic: TrafficOptions = {
    seed: sim.seed,
    agentsPerType: sim.agentsPerType,
    historySessions: sim.historySessions,
    liveSessions: sim.liveSessions,
    scenarios: sim.scenarios,
    nowMs: startedAtMs,
    ...(sim.liveSessionsPerSecond === undefined ? {} : { liveSessionsPerSecond: sim.liveSessionsPerSecond }),
    corpus,
  };
  const generated = generateTraffic(traffic);
  const labelled = generated.sessions.filter((s) => s.label !== undefined);
  const sent = new Set(sentLabelIds);
  if (labelled.length !== sent.size || labelled.some((s) => !sent.has(s.sessionId))) {
    throw new Error(
      `re-generating the ${corpus} corpus (seed ${String(sim.seed)}) gave other labelled sessions than the replay sent (${labelled.length} vs ${sent.size}); ` +
        'generateTraffic must take the same options as runSimulation (including `corpus`) for the harness to know the ordinary sessions.',
    );
  }
  const stray = labelled.find((s) => corpusOfVariant(s.label?.variant ?? '') !== corpus);
  if (stray !== undefined) {
    throw new Error(`the simulator replayed scenarios of another corpus for --corpus ${corpus}: variant "${stray.label?.variant ?? ''}" is not one of its own.`);
  }
  return generated.sessions.map((s) => ({
    sessionId: s.sessionId,
    agentId: s.agent.agentId,
    phase: s.phase,
    day: Math.floor(s.endTimeMs / DAY_MS),
    ...(s.label === undefined ? {} : { label: s.label }),
  }));
}
