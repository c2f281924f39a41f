import { InvalidInputError } from '@warden/core';

/** Identity and session attributes remembered for one trace. */
export type TraceContextValues = Readonly<Record<string, string>>;

export interface TraceContextCacheOptions {
  /** Most traces remembered; the least recently used is forgotten first. Default 10 000. */
  readonly maxTraces?: number;
}

interface Entry {
  readonly values: Map<string, string>;
  /** Keys whose value came from the trace's root span, which later non-root spans must not replace. */
  readonly fromRoot: Set<string>;
}

// Entries hold a fixed vocabulary of identity keys; these caps only guard against misuse.
const MAX_KEYS_PER_TRACE = 32;
const MAX_VALUE_CHARS = 1024;

/**
 * Remembers, per tenant and trace, the agent identity and session attributes seen on any span,
 * so spans of the same trace that arrive in later export requests (or carry nothing themselves)
 * still resolve to the right agent and session. Children usually end, and so are exported,
 * before their root, which is why every span may fill the cache and the root's values win.
 *
 * A plain in-memory structure with no clock: bounded by count (LRU), deterministic, and keyed by
 * tenant so one tenant can never read or overwrite another's trace context with a guessed id.
 */
export class TraceContextCache {
  readonly maxTraces: number;
  private readonly entries = new Map<string, Entry>();

  constructor(options: TraceContextCacheOptions = {}) {
    const maxTraces = options.maxTraces ?? 10_000;
    if (!Number.isSafeInteger(maxTraces) || maxTraces < 1) {
      throw new InvalidInputError(
        'WARDEN_NORMALIZE_CACHE_INVALID',
        `TraceContextCache maxTraces must be a whole number >= 1, got ${String(maxTraces)}.`,
        { maxTraces },
      );
    }
    this.maxTraces = maxTraces;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Values remembered for the trace, marking it recently used. */
  lookup(tenant: string, traceId: string): TraceContextValues | undefined {
    const key = cacheKey(tenant, traceId);
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return Object.fromEntries(entry.values);
  }

  /**
   * Record what one span says about its trace. A value from a root span replaces what
   * descendants said; otherwise the first value seen for a key is kept.
   */
  remember(tenant: string, traceId: string, values: TraceContextValues, fromRoot: boolean): void {
    const present = Object.entries(values).filter(([, v]) => v !== '');
    if (present.length === 0) return;
    const key = cacheKey(tenant, traceId);
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { values: new Map(), fromRoot: new Set() };
    } else {
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    for (const [k, v] of present) {
      const value = v.length > MAX_VALUE_CHARS ? v.slice(0, MAX_VALUE_CHARS) : v;
      const known = entry.values.has(k);
      if (!known && entry.values.size >= MAX_KEYS_PER_TRACE) continue;
      if (fromRoot) {
        entry.values.set(k, value);
        entry.fromRoot.add(k);
      } else if (!known) {
        entry.values.set(k, value);
      }
    }
    while (this.entries.size > this.maxTraces) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
  }
}

function cacheKey(tenant: string, traceId: string): string {
  return `${tenant}\u0000${traceId}`;
}
