import type { Severity } from '@warden/core';
import type { BatchLimits, DeliveryOutcome, DeliveryTarget, OutboundRecord } from './delivery-target';

/** Decides how the recording target answers one send; `attempt` counts sends from 1. */
export type Responder = (records: readonly OutboundRecord[], attempt: number, signal: AbortSignal) => DeliveryOutcome | Promise<DeliveryOutcome>;

export interface RecordingTarget extends DeliveryTarget {
  /** Every batch sent, in order, whatever the answer. */
  readonly sent: (readonly OutboundRecord[])[];
  /** Records of the batches answered `delivered`, in order. */
  readonly delivered: OutboundRecord[];
  /** Replace to change the destination's behaviour mid-test (an outage, a fixed token). */
  respond: Responder;
}

/**
 * An in-memory destination for tests (ours and users'): records what it is sent and answers as
 * scripted, so the delivery core and the emitter can be exercised without a network.
 */
export function createRecordingTarget(
  options: { name?: string; kind?: string; minSeverity?: Severity; batch?: Partial<BatchLimits>; respond?: Responder } = {},
): RecordingTarget {
  const sent: (readonly OutboundRecord[])[] = [];
  const delivered: OutboundRecord[] = [];
  const target: RecordingTarget = {
    name: options.name ?? 'recording',
    kind: options.kind ?? 'memory',
    minSeverity: options.minSeverity ?? 'informational',
    batch: { maxRecords: 100, maxBytes: 1024 * 1024, maxWaitMs: 0, ...options.batch },
    sent,
    delivered,
    respond: options.respond ?? (() => ({ kind: 'delivered' })),
    async send(records, signal) {
      sent.push([...records]);
      const outcome = await target.respond(records, sent.length, signal);
      if (outcome.kind === 'delivered') delivered.push(...records);
      return outcome;
    },
  };
  return target;
}
