import * as path from 'node:path';
import type { Bus, Subscription } from '@warden/bus';
import { ConfigError, InvalidInputError, Topics, dropOldest, type Clock, type Component, type FindingActivity, type Logger, type RiskFinding } from '@warden/core';
import { toDetectionFinding, type OcsfDetectionFinding } from '@warden/ocsf';
import type { Sleep } from '@warden/core';
import { AnnouncedIncidents } from './delivery/announced-incidents';
import { shapeForSink } from './delivery/create-before-update';
import { DeadLetterStore } from './delivery/dead-letter-store';
import type { DeliveryTarget, OutboundRecord } from './delivery/delivery-target';
import { createSinkDelivery, sinkNameProblems, type SinkDelivery, type SinkDeliveryOptions, type SinkDeliveryStats } from './delivery/sink-delivery';
import type { EmittedFinding, FindingSink } from './finding-sink';

export interface EmitterConfig {
  readonly product: { readonly name: string; readonly vendorName: string; readonly version: string };
  /** Each target's spool (and the incidents it was told of) lives in `<spoolDir>/<sink>/`. */
  readonly spoolDir: string;
  /** Records a target refuses for good go to `<deadLetterDir>/<sink>.jsonl`. */
  readonly deadLetterDir: string;
  /** How long `stop()` lets each target deliver what is spooled before leaving it for the next start. */
  readonly drainTimeoutMs?: number;
  /** Spool bound, backoff and health thresholds shared by every target. */
  readonly delivery?: Omit<SinkDeliveryOptions, 'spoolDir'>;
  /** Incidents remembered per sink for Create-before-Update. */
  readonly announcedLimit?: number;
  /** Base URL of the admin API: High and Critical findings link their forensic bundle under it. */
  readonly forensicsBaseUrl?: string;
}

export interface EmitterDeps {
  readonly bus: Bus;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Destinations that must get every finding: spooled, retried, dead-lettered when refused. */
  readonly targets: readonly DeliveryTarget[];
  /** In-process observers (console, tests): handed findings as they are handled, not spooled. */
  readonly sinks?: readonly FindingSink[];
  /**
   * Told once per finding record, when the first target delivers it (time to detect ends
   * there), with that target's name. Records spooled by an earlier run are not reported.
   */
  readonly onDelivered?: (finding: RiskFinding, sink: string, atMs: number) => void;
  /** For tests: how delivery waits, and its jitter. */
  readonly sleep?: Sleep;
  readonly random?: () => number;
}

export interface EmitterStats {
  readonly findingsIn: number;
  /** Finding records a sink already had, dropped instead of delivered twice (per sink, summed). */
  readonly repeatsDropped: number;
  /** Records each sink has accepted: a target once its destination has them, an observer once handed them. */
  readonly delivered: Readonly<Record<string, number>>;
  /** Each delivery target: attempts by outcome, retries, dead letters, spool, health. */
  readonly sinks: readonly SinkDeliveryStats[];
}

export interface Emitter extends Component {
  stats(): EmitterStats;
}

/** Findings kept in memory until their first delivery, for `onDelivered`; beyond it the oldest are not reported. */
const AWAITING_DELIVERY_LIMIT = 20_000;
const OBSERVER_MEMORY_LIMIT = 100_000;

interface RunningTarget {
  readonly delivery: SinkDelivery;
  readonly announced: AnnouncedIncidents;
  /** Per incident, the highest revision (and, under `<id>#response`, response step) spooled. */
  readonly spooled: AnnouncedIncidents;
}

/**
 * Maps risk findings to OCSF Detection Findings and hands each target the ones at or above its
 * minimum severity, shaped so that every sink sees an incident's Create first. A bus batch is
 * acknowledged once every target's spool has it (durable), not once the SIEMs do: a slow or
 * down destination holds up neither the pipeline nor the other destinations.
 */
export function createEmitter(config: EmitterConfig, deps: EmitterDeps): Emitter {
  const logger = deps.logger.child({ component: 'emitter' });
  const observers = deps.sinks ?? [];
  const names = [...deps.targets.map((t) => t.name), ...observers.map((o) => o.name)];
  const problems = [
    ...deps.targets.flatMap((t) => sinkNameProblems(t.name)),
    ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => `sink name "${n}" is used twice; each sink needs its own name`),
  ];
  if (problems.length > 0) throw new ConfigError(problems);

  let running: RunningTarget[] = [];
  let deadLetters: DeadLetterStore | undefined;
  let subscription: Subscription | undefined;
  let findingsIn = 0;
  /** Records not spooled again because the sink already had them. */
  let repeatsDropped = 0;
  const observed: Record<string, number> = Object.fromEntries(observers.map((o) => [o.name, 0]));
  /** Per observer: incident → announcing revision (in memory: observers live and die with the process). */
  const observerAnnounced = new Map<string, Map<string, number>>(observers.map((o) => [o.name, new Map()]));
  /** Record id → the finding, until some target delivers it. */
  const awaitingDelivery = new Map<string, RiskFinding>();

  const deliveredBy = (sink: string, records: readonly OutboundRecord[], atMs: number): void => {
    let earlier = 0;
    for (const r of records) {
      const found = awaitingDelivery.get(r.id);
      if (!found) {
        earlier += 1;
        continue;
      }
      awaitingDelivery.delete(r.id);
      const f: RiskFinding = found.activity === r.activity ? found : { ...found, activity: r.activity };
      deps.onDelivered?.(f, sink, atMs);
      // One line per finding record (a revision, or a response step), never its prompts or payloads.
      logger.info(
        {
          recordId: r.id,
          findingId: f.findingId,
          revision: f.revision,
          ...(f.response ? { response: { seq: f.response.seq, action: f.response.action, status: f.response.status } } : {}),
          activity: f.activity,
          severity: f.severity,
          risk: f.riskScore,
          tenant: f.tenant,
          agentId: f.agentId,
          sessionId: f.sessionId,
          signals: [...new Set(f.signals.map((sig) => sig.type))],
          sink,
        },
        'finding delivered',
      );
    }
    // Already reported through another sink, or spooled by an earlier run.
    if (earlier > 0) logger.debug({ sink, records: earlier }, 'finding records delivered');
  };

  const stopTargets = async (targets: readonly RunningTarget[], drainMs: number): Promise<void> => {
    if (drainMs > 0) {
      const drained = await Promise.all(targets.map((t) => t.delivery.drain(drainMs)));
      targets.forEach((t, i) => {
        const left = t.delivery.stats().pendingRecords;
        if (!drained[i]) logger.warn({ sink: t.delivery.name, pendingRecords: left }, 'stopping with findings still spooled; they are delivered after the next start');
      });
    }
    await Promise.all(targets.map((t) => t.delivery.stop()));
    for (const t of targets) {
      await t.announced.close();
      await t.spooled.close();
    }
  };

  const handle = async (findings: readonly RiskFinding[]): Promise<void> => {
    const nowMs = deps.clock.nowMs();
    const unmappable = new Set<RiskFinding>();
    const mapped = new Map<string, OcsfDetectionFinding | null>();
    /** The OCSF form of `finding` as `activity`; null when the mapper refuses it. Mapped once per batch. */
    const ocsfFor = (finding: RiskFinding, activity: FindingActivity): OcsfDetectionFinding | null => {
      const key = `${finding.findingId}\u0000${finding.revision}\u0000${finding.response?.seq ?? 0}\u0000${activity}`;
      const hit = mapped.get(key);
      if (hit !== undefined) return hit;
      let ocsf: OcsfDetectionFinding | null = null;
      try {
        ocsf = toDetectionFinding(activity === finding.activity ? finding : { ...finding, activity }, {
          nowMs,
          product: config.product,
          ...(config.forensicsBaseUrl ? { forensicsBaseUrl: config.forensicsBaseUrl } : {}),
        });
      } catch (err) {
        // Retrying can never fix a finding the mapper refuses; park it instead of blocking the rest.
        if (!(err instanceof InvalidInputError)) throw err;
        if (!unmappable.has(finding)) {
          unmappable.add(finding);
          logger.error({ findingId: finding.findingId, revision: finding.revision, err: err.message }, 'finding cannot be mapped to OCSF; moved to the dead-letter topic');
        }
      }
      mapped.set(key, ocsf);
      return ocsf;
    };

    const toTarget = async ({ delivery, announced, spooled }: RunningTarget): Promise<void> => {
      const inBatch = new Map<string, number>();
      const records: OutboundRecord[] = [];
      const announcing: [string, number][] = [];
      const highWater = new Map<string, number>();
      for (const f of findings) {
        // Revisions of an incident, and its response steps, only grow: one at or below what this
        // sink already spooled is a repeat (a redelivered batch, a scorer restarted before it
        // committed) with the same record id, and is dropped here rather than delivered twice.
        const markKey = f.response ? `${f.findingId}#response` : f.findingId;
        const mark = f.response ? f.response.seq : f.revision;
        if (mark <= Math.max(spooled.get(markKey) ?? 0, highWater.get(markKey) ?? 0)) {
          repeatsDropped += 1;
          continue;
        }
        const shape = shapeForSink(f, delivery.target.minSeverity, announced.createdAt(f.findingId) ?? inBatch.get(f.findingId));
        if (!shape) continue;
        const ocsf = ocsfFor(f, shape.activity);
        if (!ocsf) continue;
        if (shape.announces) {
          inBatch.set(f.findingId, f.revision);
          announcing.push([f.findingId, f.revision]);
        }
        highWater.set(markKey, mark);
        // metadata.uid: `findingId:revision`, or with `:response:<seq>` for a response note.
        const id = ocsf.metadata.uid;
        records.push({ id, findingId: f.findingId, revision: f.revision, activity: shape.activity, severity: f.severity, ocsf });
        if (!awaitingDelivery.has(id)) {
          awaitingDelivery.set(id, f);
          dropOldest(awaitingDelivery, AWAITING_DELIVERY_LIMIT);
        }
      }
      if (records.length === 0) return;
      // Spool first: an announcement without its record would turn the real Create into an Update.
      await delivery.enqueue(records);
      await announced.record(announcing);
      await spooled.record([...highWater]);
    };

    const results = await Promise.allSettled(running.map(toTarget));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    // The whole batch comes back; targets that took it already will shape it the same way again.
    if (failed) throw failed.reason;

    for (const observer of observers) {
      const seen = observerAnnounced.get(observer.name)!;
      const out: EmittedFinding[] = [];
      for (const f of findings) {
        const shape = shapeForSink(f, observer.minSeverity, seen.get(f.findingId));
        if (!shape) continue;
        const ocsf = ocsfFor(f, shape.activity);
        if (!ocsf) continue;
        if (shape.announces) {
          seen.set(f.findingId, f.revision);
          dropOldest(seen, OBSERVER_MEMORY_LIMIT);
        }
        out.push({ finding: shape.activity === f.activity ? f : { ...f, activity: shape.activity }, ocsf });
      }
      if (out.length === 0) continue;
      try {
        await observer.write(out);
        observed[observer.name] = (observed[observer.name] ?? 0) + out.length;
      } catch (err) {
        logger.error({ sink: observer.name, records: out.length, err: (err as Error).message }, 'finding observer failed; it misses these findings');
      }
    }

    if (unmappable.size > 0) {
      await deps.bus.publish(
        Topics.deadLetter,
        [...unmappable].map((f) => ({ key: f.findingId, value: { topic: Topics.findings, reason: 'OCSF_INVALID_FINDING', payload: f } })),
      );
    }
    findingsIn += findings.length;
  };

  return {
    name: 'emitter',
    async start() {
      if (subscription) return;
      const store = new DeadLetterStore(config.deadLetterDir);
      const started: RunningTarget[] = [];
      try {
        for (const target of deps.targets) {
          const delivery = createSinkDelivery(
            target,
            { ...config.delivery, spoolDir: config.spoolDir },
            {
              logger,
              clock: deps.clock,
              deadLetters: store,
              ...(deps.sleep ? { sleep: deps.sleep } : {}),
              ...(deps.random ? { random: deps.random } : {}),
              onDelivered: (records, atMs) => deliveredBy(target.name, records, atMs),
            },
          );
          await delivery.start();
          const announced = await AnnouncedIncidents.open(path.join(config.spoolDir, target.name, 'announced.jsonl'), {
            logger,
            ...(config.announcedLimit !== undefined ? { limit: config.announcedLimit } : {}),
          }).catch(async (err: unknown) => {
            await delivery.stop();
            throw err;
          });
          const spooled = await AnnouncedIncidents.open(path.join(config.spoolDir, target.name, 'spooled.jsonl'), {
            logger,
            ...(config.announcedLimit !== undefined ? { limit: config.announcedLimit } : {}),
          }).catch(async (err: unknown) => {
            await announced.close();
            await delivery.stop();
            throw err;
          });
          started.push({ delivery, announced, spooled });
        }
        for (const o of observers) await o.start?.();
      } catch (err) {
        await stopTargets(started, 0);
        await store.close();
        throw err;
      }
      running = started;
      deadLetters = store;
      subscription = await deps.bus.subscribe(Topics.findings, { group: 'emitter' }, async (batch) => handle(batch.map((r) => r.value)));
    },
    async stop() {
      if (!subscription) return;
      // Upstream first: no new input, then let the targets deliver what they hold.
      await subscription.close();
      subscription = undefined;
      await stopTargets(running, config.drainTimeoutMs ?? 5_000);
      await deadLetters?.close();
      for (const o of observers) await o.stop?.();
    },
    stats() {
      const sinks = running.map((t) => t.delivery.stats());
      return {
        findingsIn,
        repeatsDropped,
        delivered: { ...Object.fromEntries(sinks.map((s) => [s.sink, s.delivered])), ...observed },
        sinks,
      };
    },
  };
}
