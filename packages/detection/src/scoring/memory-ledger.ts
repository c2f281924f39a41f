import { dropOldest, type SignalLocation } from '@warden/core';
import { contentFingerprint } from '../text/hash';

/** A memory write that carried injection or authority text, remembered to catch its read-back. */
export interface PoisonedRecord {
  readonly fingerprint: string;
  readonly recordIds: readonly string[];
  /** Values from the record (IBANs, addresses, hosts) whose later use means acting on it. */
  readonly indicators: readonly string[];
  readonly sessionId: string;
  readonly location: SignalLocation;
  readonly excerpt: string;
  /** Normalized text, bounded, for "contains" matching when ids and exact text differ. */
  readonly normalized: string;
}

const MAX_PER_AGENT = 100;
const MAX_AGENTS = 10_000;

export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/["'`\\]/g, '').replace(/\s+/g, ' ').trim();
}

/** Poisoned memory records per tenant and agent, bounded (oldest forgotten first). */
export class MemoryLedger {
  private readonly byAgent = new Map<string, PoisonedRecord[]>();

  remember(tenant: string, agentId: string, record: Omit<PoisonedRecord, 'normalized' | 'fingerprint'> & { text: string }): PoisonedRecord {
    const key = `${tenant}\u0000${agentId}`;
    const list = this.byAgent.get(key) ?? [];
    const normalized = normalizeForMatch(record.text).slice(0, 2_000);
    const entry: PoisonedRecord = {
      fingerprint: contentFingerprint(record.text),
      recordIds: record.recordIds,
      indicators: record.indicators,
      sessionId: record.sessionId,
      location: record.location,
      excerpt: record.excerpt,
      normalized,
    };
    const existing = list.findIndex((r) => r.fingerprint === entry.fingerprint);
    if (existing >= 0) list.splice(existing, 1);
    list.push(entry);
    if (list.length > MAX_PER_AGENT) list.splice(0, list.length - MAX_PER_AGENT);
    this.byAgent.delete(key);
    this.byAgent.set(key, list);
    dropOldest(this.byAgent, MAX_AGENTS);
    return entry;
  }

  records(tenant: string, agentId: string): readonly PoisonedRecord[] {
    return this.byAgent.get(`${tenant}\u0000${agentId}`) ?? [];
  }

  /** Records a read returned: same id, same content, or the poisoned text inside the read. */
  matchRead(tenant: string, agentId: string, text: string, refs: readonly string[]): PoisonedRecord[] {
    const fp = contentFingerprint(text);
    const normalized = normalizeForMatch(text);
    return this.records(tenant, agentId).filter(
      (r) =>
        r.fingerprint === fp ||
        r.recordIds.some((id) => refs.includes(id)) ||
        (r.normalized.length >= 24 && normalized.includes(r.normalized.slice(0, 200))),
    );
  }

  get size(): number {
    let n = 0;
    for (const l of this.byAgent.values()) n += l.length;
    return n;
  }
}
