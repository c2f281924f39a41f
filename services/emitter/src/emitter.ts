import type { Bus, Subscription } from '@warden/bus';
import { InvalidInputError, Topics, WardenError, isAtLeast, type Clock, type Component, type Logger, type RiskFinding } from '@warden/core';
import { toDetectionFinding } from '@warden/ocsf';
import type { EmittedFinding, FindingSink } from './finding-sink';

export interface EmitterConfig {
  readonly product: { readonly name: string; readonly vendorName: string; readonly version: string };
}

export interface EmitterDeps {
  readonly bus: Bus;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly sinks: readonly FindingSink[];
  /** Told of every finding record delivered to at least one sink, with the sinks and when. */
  readonly onDelivered?: (finding: RiskFinding, sinks: readonly string[], atMs: number) => void;
}

export interface EmitterStats {
  readonly findingsIn: number;
  /** Records each sink has durably accepted. */
  readonly delivered: Readonly<Record<string, number>>;
  /** Failed writes per sink; retriable ones are retried with the batch unacknowledged. */
  readonly failures: Readonly<Record<string, { readonly retriable: number; readonly permanent: number }>>;
}

export interface Emitter extends Component {
  stats(): EmitterStats;
}

/** Remembers which incidents a sink has been told about, so its first record of one is a Create. */
const ANNOUNCED_LIMIT = 100_000;

/**
 * Maps risk findings to OCSF Detection Findings and hands each sink the ones at or above its
 * minimum severity. Input is acknowledged only after every sink has the batch.
 */
export function createEmitter(config: EmitterConfig, deps: EmitterDeps): Emitter {
  const logger = deps.logger.child({ component: 'emitter' });
  const announced = new Map<string, Set<string>>(deps.sinks.map((s) => [s.name, new Set<string>()]));
  const delivered: Record<string, number> = Object.fromEntries(deps.sinks.map((s) => [s.name, 0]));
  const failures: Record<string, { retriable: number; permanent: number }> = Object.fromEntries(
    deps.sinks.map((s) => [s.name, { retriable: 0, permanent: 0 }]),
  );
  let subscription: Subscription | undefined;
  let findingsIn = 0;

  const forSink = (sink: FindingSink, findings: readonly RiskFinding[], unmappable: RiskFinding[]): EmittedFinding[] => {
    const seen = announced.get(sink.name)!;
    const inBatch = new Set<string>();
    const out: EmittedFinding[] = [];
    for (const finding of findings) {
      if (!isAtLeast(finding.severity, sink.minSeverity)) continue;
      // An incident that crossed this sink's threshold on an update is new to the sink: the
      // SIEM must see a Create before any Update of it. (`seen` grows only after a successful
      // write, so a retried batch is shaped the same way again.)
      const first = !seen.has(finding.findingId) && !inBatch.has(finding.findingId);
      inBatch.add(finding.findingId);
      const shaped: RiskFinding = first && finding.activity === 'update' ? { ...finding, activity: 'create' } : finding;
      try {
        out.push({ finding: shaped, ocsf: toDetectionFinding(shaped, { nowMs: deps.clock.nowMs(), product: config.product }) });
      } catch (err) {
        // Retrying can never fix a finding the mapper refuses; park it instead of blocking the rest.
        if (!(err instanceof InvalidInputError)) throw err;
        if (!unmappable.includes(finding)) unmappable.push(finding);
        logger.error({ findingId: finding.findingId, revision: finding.revision, err: err.message }, 'finding cannot be mapped to OCSF; moved to the dead-letter topic');
      }
    }
    return out;
  };

  return {
    name: 'emitter',
    async start() {
      if (subscription) return;
      for (const sink of deps.sinks) await sink.start?.();
      subscription = await deps.bus.subscribe(Topics.findings, { group: 'emitter' }, async (batch) => {
        const findings = batch.map((r) => r.value);
        const unmappable: RiskFinding[] = [];
        const deliveredTo = new Map<string, { finding: RiskFinding; sinks: string[] }>();
        for (const sink of deps.sinks) {
          const out = forSink(sink, findings, unmappable);
          if (out.length === 0) continue;
          try {
            await sink.write(out);
          } catch (err) {
            const f = failures[sink.name]!;
            if (err instanceof WardenError && err.retriable) f.retriable += 1;
            else f.permanent += 1;
            throw err;
          }
          const seen = announced.get(sink.name)!;
          for (const o of out) {
            seen.add(o.finding.findingId);
            const key = `${o.finding.findingId}:${o.finding.revision}`;
            const entry = deliveredTo.get(key) ?? { finding: o.finding, sinks: [] };
            entry.sinks.push(sink.name);
            deliveredTo.set(key, entry);
          }
          if (seen.size > ANNOUNCED_LIMIT) {
            const excess = seen.size - ANNOUNCED_LIMIT;
            let i = 0;
            for (const id of seen) {
              if (i++ >= excess) break;
              seen.delete(id);
            }
          }
          delivered[sink.name] = (delivered[sink.name] ?? 0) + out.length;
        }
        // One line per finding revision, never its prompts or payloads.
        const atMs = deps.clock.nowMs();
        for (const { finding: f, sinks } of deliveredTo.values()) {
          deps.onDelivered?.(f, sinks, atMs);
          logger.info(
            {
              findingId: f.findingId,
              revision: f.revision,
              activity: f.activity,
              severity: f.severity,
              risk: f.riskScore,
              tenant: f.tenant,
              agentId: f.agentId,
              sessionId: f.sessionId,
              signals: [...new Set(f.signals.map((sig) => sig.type))],
              sinks,
            },
            'finding delivered',
          );
        }
        if (unmappable.length > 0) {
          await deps.bus.publish(
            Topics.deadLetter,
            unmappable.map((f) => ({ key: f.findingId, value: { topic: Topics.findings, reason: 'OCSF_INVALID_FINDING', payload: f } })),
          );
        }
        findingsIn += findings.length;
      });
    },
    async stop() {
      if (!subscription) return;
      await subscription.close();
      subscription = undefined;
      for (const sink of deps.sinks) await sink.stop?.();
    },
    stats: () => ({
      findingsIn,
      delivered: { ...delivered },
      failures: Object.fromEntries(Object.entries(failures).map(([k, v]) => [k, { ...v }])),
    }),
  };
}
