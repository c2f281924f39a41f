/**
 * The JSON body every HEC endpoint answers with: `{"text":"Success","code":0,"ackId":7}`, or on
 * a bad event `{"text":"Invalid data format","code":6,"invalid-event-number":2}`.
 */
export interface SplunkHecReply {
  readonly text?: string;
  readonly code?: number;
  /** Present on a successful send when the token has indexer acknowledgement on. */
  readonly ackId?: number;
  /** Zero-based position of the envelope HEC could not take. */
  readonly invalidEventNumber?: number;
}

/** Undefined when the body is not a HEC reply (empty, HTML from a proxy, truncated). */
export function parseSplunkHecReply(bodyText: string): SplunkHecReply | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const body = parsed as Record<string, unknown>;
  const text = typeof body['text'] === 'string' ? body['text'] : undefined;
  const code = integerOf(body['code']);
  if (text === undefined && code === undefined) return undefined;
  const ackId = integerOf(body['ackId']);
  const invalidEventNumber = integerOf(body['invalid-event-number']);
  return {
    ...(text === undefined ? {} : { text }),
    ...(code === undefined ? {} : { code }),
    ...(ackId === undefined ? {} : { ackId }),
    ...(invalidEventNumber === undefined ? {} : { invalidEventNumber }),
  };
}

/**
 * The `/services/collector/ack` answer `{"acks":{"7":true}}` as a map of ack id → indexed.
 * Undefined when the body has no `acks` object.
 */
export function parseSplunkHecAckStatus(bodyText: string): ReadonlyMap<number, boolean> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  const acks = (parsed as { acks?: unknown } | null)?.acks;
  if (acks === null || typeof acks !== 'object' || Array.isArray(acks)) return undefined;
  const status = new Map<number, boolean>();
  for (const [id, indexed] of Object.entries(acks as Record<string, unknown>)) {
    const n = Number(id);
    if (Number.isInteger(n)) status.set(n, indexed === true);
  }
  return status;
}

function integerOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
