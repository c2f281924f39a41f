import * as path from 'node:path';
import { ConfigError, WardenError, isAtLeast, type Clock, type Logger } from '@warden/core';
import { abortableSleep, type Sleep } from '@warden/core';
import { DEFAULT_BACKOFF, backoffDelayMs, backoffPolicyProblems, type BackoffPolicy } from './backoff';
import type { DeadLetterStore } from './dead-letter-store';
import type { DeliveryOutcome, DeliveryTarget, OutboundRecord } from './delivery-target';
import { DiskSpool } from './disk-spool';

export interface SinkDeliveryOptions {
  /** Root of the spools; this sink's is `<spoolDir>/<target.name>`. */
  readonly spoolDir: string;
  /** Most bytes waiting in this sink's spool before new findings are held upstream. */
  readonly maxSpoolBytes?: number;
  /** Size at which a spool segment file is closed and a new one started. */
  readonly spoolSegmentBytes?: number;
  readonly backoff?: BackoffPolicy;
  /** Consecutive transient failures after which the sink is reported unhealthy. */
  readonly unhealthyAfterRetries?: number;
  /** How long `stop()` waits for a send that ignores its abort signal. */
  readonly stopTimeoutMs?: number;
}

export interface SinkDeliveryDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  readonly deadLetters: DeadLetterStore;
  readonly sleep?: Sleep;
  /** [0, 1), for backoff jitter. */
  readonly random?: () => number;
  /** Told of each batch the destination accepted, once it is acknowledged in the spool. */
  readonly onDelivered?: (records: readonly OutboundRecord[], atMs: number) => void;
}

export type OutcomeKind = DeliveryOutcome['kind'];

export interface SinkDeliveryStats {
  readonly sink: string;
  readonly kind: string;
  /** Records the destination accepted. */
  readonly delivered: number;
  /** Send attempts by how they ended; a send that threw counts as `retry`. */
  readonly attempts: Readonly<Record<OutcomeKind, number>>;
  /** Sends of a batch that had already been tried (after `retry` or `misconfigured`). */
  readonly retries: number;
  readonly deadLettered: number;
  readonly pendingRecords: number;
  readonly pendingBytes: number;
  /** False while the destination refuses us (misconfigured) or keeps failing transiently. */
  readonly healthy: boolean;
  readonly lastSuccessMs?: number;
  /** The classifier's reason for the last failed attempt (no credentials). */
  readonly lastError?: string;
}

/** One sink's delivery: its spool and the loop that drains it into the target. */
export interface SinkDelivery {
  readonly name: string;
  readonly target: DeliveryTarget;
  /** Opens the spool, starts the target, and starts delivering what an earlier run left spooled. */
  start(): Promise<void>;
  /**
   * Resolves once `records` (those at or above the target's minimum severity) are durable in the
   * spool; rejects with a retriable error when the spool is full or delivery has stopped.
   */
  enqueue(records: readonly OutboundRecord[]): Promise<void>;
  /** Sends what is spooled without waiting for batches to fill; true if the spool emptied in time. */
  drain(timeoutMs: number): Promise<boolean>;
  /** Abandons the wait or send in flight (its batch stays spooled for the next start), then closes. */
  stop(): Promise<void>;
  stats(): SinkDeliveryStats;
}

const DEFAULT_MAX_SPOOL_BYTES = 256 * 1024 * 1024;
const SINK_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Problems with a sink name; it names a directory and a file, so it must be a plain word. */
export function sinkNameProblems(name: string): string[] {
  return SINK_NAME.test(name) ? [] : [`sink name "${name}" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit (it names the sink's spool directory)`];
}

/**
 * The delivery core for one target (the Vector sink pattern): batches from a durable spool,
 * sends through the target, and acts on its classified outcome. Retries back off with full
 * jitter (or as the server asks); a too-large batch is halved; a rejected batch is bisected down
 * to the records the destination refuses, which are dead-lettered while the rest are delivered;
 * a misconfigured destination keeps everything and is retried at the slowest pace. Records are
 * acknowledged in the spool only once delivered or dead-lettered, so a crash or stop resends them
 * (at-least-once; receivers dedupe on the record id).
 */
export function createSinkDelivery(target: DeliveryTarget, options: SinkDeliveryOptions, deps: SinkDeliveryDeps): SinkDelivery {
  const problems = [...sinkNameProblems(target.name), ...backoffPolicyProblems(options.backoff ?? DEFAULT_BACKOFF)];
  if (problems.length > 0) throw new ConfigError(problems);
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const sleep = deps.sleep ?? abortableSleep;
  const random = deps.random ?? Math.random;
  const unhealthyAfter = options.unhealthyAfterRetries ?? 3;
  const limits = target.batch;
  const logger = deps.logger.child({ component: 'sink', sink: target.name, sinkKind: target.kind });

  let spool: DiskSpool | undefined;
  let loop: Promise<void> | undefined;
  const stopController = new AbortController();
  let stopping = false;
  let draining = false;
  /** When the oldest record of a partial batch may wait no longer (0: send now). */
  let lingerUntil = 0;
  let lingerController = new AbortController();
  let wakeLoop: (() => void) | undefined;
  let idleWaiters: (() => void)[] = [];

  let delivered = 0;
  const attempts: Record<OutcomeKind, number> = { delivered: 0, retry: 0, too_large: 0, rejected: 0, misconfigured: 0 };
  let retries = 0;
  let deadLettered = 0;
  let healthy = true;
  /** The kind of trouble last logged, so each change of state is logged once, not each attempt. */
  let problem: 'retry' | 'misconfigured' | undefined;
  let consecutiveRetries = 0;
  let lastSuccessMs: number | undefined;
  let lastError: string | undefined;

  const pending = () => spool?.stats() ?? { records: 0, bytes: 0 };
  const batchIsFull = () => pending().records >= limits.maxRecords || pending().bytes >= limits.maxBytes;

  const wake = (): void => {
    const w = wakeLoop;
    wakeLoop = undefined;
    w?.();
  };
  const notifyIfIdle = (): void => {
    if (pending().records > 0 && !stopping) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  const noteSuccess = (atMs: number): void => {
    consecutiveRetries = 0;
    lastSuccessMs = atMs;
    if (!healthy) logger.info({ pendingRecords: pending().records }, 'sink recovered: delivering again');
    healthy = true;
    problem = undefined;
  };

  const noteFailure = (outcome: Extract<DeliveryOutcome, { kind: 'retry' | 'misconfigured' }>, delayMs: number): void => {
    lastError = outcome.reason;
    if (outcome.kind === 'misconfigured') {
      healthy = false;
      if (problem !== 'misconfigured') {
        logger.error(
          { reason: outcome.reason, pendingRecords: pending().records, retryEveryMs: delayMs },
          `sink "${target.name}" (${target.kind}) refuses Warden's requests: ${outcome.reason}. ` +
            `Nothing is dropped: findings stay in the spool and are retried every ${Math.round(delayMs / 1000)} s; ` +
            "fix the sink's URL, credentials or permissions and they are delivered.",
        );
      }
      problem = 'misconfigured';
      return;
    }
    consecutiveRetries += 1;
    logger.debug({ reason: outcome.reason, attempt: consecutiveRetries, delayMs }, 'sink send failed; retrying the same batch');
    if (consecutiveRetries >= unhealthyAfter && problem !== 'retry') {
      healthy = false;
      logger.warn(
        { reason: outcome.reason, failures: consecutiveRetries, pendingRecords: pending().records },
        `sink "${target.name}" (${target.kind}) keeps failing: ${outcome.reason}. Findings stay in the spool and are retried with backoff.`,
      );
      problem = 'retry';
    }
  };

  /** One send, never throwing: a target that throws has a bug, but its batch must not be lost. */
  const sendOnce = async (records: readonly OutboundRecord[]): Promise<DeliveryOutcome> => {
    try {
      return await target.send(records, stopController.signal);
    } catch (err) {
      if (!stopping) logger.warn({ err: (err as Error).message, records: records.length }, 'sink send threw instead of returning an outcome; treated as a transient failure');
      return { kind: 'retry', reason: `send failed: ${(err as Error).message}` };
    }
  };

  /** Sends `records` until the destination gives a final answer; undefined when stopping. */
  const sendUntilFinal = async (records: readonly OutboundRecord[]): Promise<Exclude<DeliveryOutcome, { kind: 'retry' | 'misconfigured' }> | undefined> => {
    for (let failures = 0; ; ) {
      if (stopping) return undefined;
      if (failures > 0) retries += 1;
      const outcome = await sendOnce(records);
      // An answer that arrives after stop() is not acted on: the batch stays spooled.
      if (stopping) return undefined;
      attempts[outcome.kind] += 1;
      if (outcome.kind !== 'retry' && outcome.kind !== 'misconfigured') return outcome;
      failures += 1;
      const delayMs = outcome.kind === 'misconfigured' ? policy.maxMs : backoffDelayMs(failures, policy, random, outcome.retryAfterMs);
      noteFailure(outcome, delayMs);
      await sleep(delayMs, stopController.signal);
    }
  };

  const acknowledge = async (records: readonly OutboundRecord[], how: 'delivered' | 'dead-lettered'): Promise<void> => {
    await spool!.ack(records.length);
    const atMs = deps.clock.nowMs();
    if (how === 'delivered') {
      delivered += records.length;
      noteSuccess(atMs);
      try {
        deps.onDelivered?.(records, atMs);
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'onDelivered hook failed');
      }
    }
    notifyIfIdle();
  };

  /**
   * Delivers or dead-letters every record of `batch`, the head of the spool, in order. Halves
   * on too_large and bisects on rejected, so only the records the destination refuses on their
   * own are dead-lettered.
   */
  const settle = async (batch: readonly OutboundRecord[]): Promise<void> => {
    const work: (readonly OutboundRecord[])[] = [batch];
    while (work.length > 0) {
      const part = work[0]!;
      const outcome = await sendUntilFinal(part);
      if (outcome === undefined) return;
      if (outcome.kind === 'delivered') {
        await acknowledge(part, 'delivered');
        work.shift();
      } else if (part.length === 1) {
        const reason = `${outcome.kind}: ${outcome.reason}`;
        await deps.deadLetters.write(target.name, reason, part, deps.clock.nowMs());
        deadLettered += 1;
        logger.error(
          { recordId: part[0]!.id, findingId: part[0]!.findingId, reason, deadLetterFile: deps.deadLetters.fileFor(target.name) },
          'sink refused a finding record for good; moved it to the dead-letter file',
        );
        await acknowledge(part, 'dead-lettered');
        work.shift();
      } else {
        const half = Math.ceil(part.length / 2);
        work.splice(0, 1, part.slice(0, half), part.slice(half));
      }
    }
  };

  const waitForRecords = (): Promise<void> =>
    new Promise<void>((resolve) => {
      wakeLoop = resolve;
    });

  const run = async (): Promise<void> => {
    let troubles = 0;
    while (!stopping) {
      try {
        const { records, bytes } = pending();
        if (records === 0) {
          await waitForRecords();
          continue;
        }
        const waitMs = lingerUntil - deps.clock.nowMs();
        if (!draining && waitMs > 0 && records < limits.maxRecords && bytes < limits.maxBytes) {
          lingerController = new AbortController();
          await sleep(waitMs, AbortSignal.any([stopController.signal, lingerController.signal]));
          lingerUntil = 0;
          continue;
        }
        lingerUntil = 0;
        const batch = await spool!.peek(limits.maxRecords, limits.maxBytes);
        await settle(batch);
        troubles = 0;
      } catch (err) {
        if (stopping) break;
        // Our own disk (spool, dead-letter file), not the destination: back off and try again.
        troubles += 1;
        const delayMs = backoffDelayMs(troubles, policy, random);
        lastError = (err as Error).message;
        logger.error({ err: (err as Error).message, code: (err as WardenError).code, delayMs }, 'sink delivery loop failed; retrying');
        await sleep(delayMs, stopController.signal);
      }
    }
  };

  return {
    name: target.name,
    target,
    async start() {
      if (spool) return;
      spool = await DiskSpool.open({
        dir: path.join(options.spoolDir, target.name),
        sink: target.name,
        maxBytes: options.maxSpoolBytes ?? DEFAULT_MAX_SPOOL_BYTES,
        logger,
        ...(options.spoolSegmentBytes !== undefined ? { segmentBytes: options.spoolSegmentBytes } : {}),
      });
      try {
        await target.start?.();
      } catch (err) {
        await spool.close();
        spool = undefined;
        throw err;
      }
      const left = spool.stats();
      if (left.records > 0) logger.info({ pendingRecords: left.records, pendingBytes: left.bytes }, 'resuming delivery of findings spooled before the last stop');
      loop = run();
    },
    async enqueue(records) {
      if (!spool || stopping) {
        throw new WardenError('SINK_DELIVERY_STOPPED', `sink "${target.name}" is not running; the findings stay unacknowledged upstream`, { retriable: true });
      }
      const wanted = records.filter((r) => isAtLeast(r.severity, target.minSeverity));
      if (wanted.length === 0) return;
      const wasEmpty = pending().records === 0;
      await spool.append(wanted);
      if (wasEmpty) lingerUntil = deps.clock.nowMs() + limits.maxWaitMs;
      if (batchIsFull()) lingerController.abort();
      wake();
    },
    async drain(timeoutMs) {
      if (!spool || stopping) return pending().records === 0;
      draining = true;
      lingerController.abort();
      wake();
      if (pending().records === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<void>((resolve) => idleWaiters.push(resolve));
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([idle, timeout]);
      clearTimeout(timer);
      draining = false;
      return pending().records === 0;
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      stopController.abort();
      wake();
      notifyIfIdle();
      if (loop) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), options.stopTimeoutMs ?? 5_000);
        });
        const ended = await Promise.race([loop.then(() => 'ended' as const), timeout]);
        clearTimeout(timer);
        if (ended === 'timeout') logger.warn({}, 'sink send did not end on abort; stopping without it (its batch stays spooled)');
      }
      try {
        await target.stop?.();
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'sink did not stop cleanly');
      }
      await spool?.close();
    },
    stats() {
      const p = pending();
      return {
        sink: target.name,
        kind: target.kind,
        delivered,
        attempts: { ...attempts },
        retries,
        deadLettered,
        pendingRecords: p.records,
        pendingBytes: p.bytes,
        healthy,
        ...(lastSuccessMs !== undefined ? { lastSuccessMs } : {}),
        ...(lastError !== undefined ? { lastError } : {}),
      };
    },
  };
}
