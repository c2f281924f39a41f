import { dropOldest, type AgentEventTime, type SignalLocation } from '@warden/core';
import { clamp01 } from '../internal/stats';
import { ATLAS, type SignalHit } from '../signals/signal-hit';

/** One egress that carried PII or secrets to a destination. */
export interface LeakEntry {
  readonly timeMs: number;
  readonly sessionId: string;
  readonly items: number;
  readonly secrets: boolean;
  readonly location: SignalLocation;
}

/** What a destination's window holds right now. */
export interface LeakWindowState {
  readonly destination: string;
  /** Event time of the first entry of this uninterrupted run (identifies the incident). */
  readonly runStartMs: number;
  readonly entries: readonly LeakEntry[];
  readonly distinctSessions: number;
}

const MAX_ENTRIES = 500;
const MAX_DESTINATIONS = 20_000;

/**
 * Sensitive data per agent and destination over a sliding event-time window, so a leak spread
 * thin over dozens of sessions adds up. A run ends when the window empties; the next entry starts
 * a new run (and a new incident).
 */
export class LeakWindows {
  private readonly windows = new Map<string, { readonly tenant: string; readonly agentId: string; runStartMs: number; entries: LeakEntry[] }>();

  constructor(private readonly windowMs: number) {}

  add(tenant: string, agentId: string, destination: string, entry: LeakEntry): LeakWindowState {
    const key = `${tenant}\u0000${agentId}\u0000${destination}`;
    let w = this.windows.get(key);
    const latest = w === undefined ? entry.timeMs : Math.max(entry.timeMs, ...w.entries.map((e) => e.timeMs));
    if (w !== undefined) {
      w.entries = w.entries.filter((e) => e.timeMs > latest - this.windowMs);
      if (w.entries.length === 0) w = undefined;
    }
    if (w === undefined) w = { tenant, agentId, runStartMs: entry.timeMs, entries: [] };
    if (entry.timeMs > latest - this.windowMs) w.entries.push(entry);
    if (w.entries.length > MAX_ENTRIES) w.entries.splice(0, w.entries.length - MAX_ENTRIES);
    w.runStartMs = Math.min(w.runStartMs, ...w.entries.map((e) => e.timeMs));
    this.windows.delete(key);
    this.windows.set(key, w);
    dropOldest(this.windows, MAX_DESTINATIONS);
    return {
      destination,
      runStartMs: w.runStartMs,
      entries: [...w.entries],
      distinctSessions: new Set(w.entries.map((e) => e.sessionId)).size,
    };
  }

  /** Forgets windows whose newest entry is older than the window at the agent's watermark. */
  expire(watermark: AgentEventTime): void {
    for (const [key, w] of this.windows) {
      const newest = Math.max(...w.entries.map((e) => e.timeMs));
      if (newest <= watermark(w.tenant, w.agentId) - this.windowMs) this.windows.delete(key);
    }
  }

  get size(): number {
    return this.windows.size;
  }
}

/** The windowed-leak hit once enough distinct sessions fed one destination. */
export function windowedLeakHit(state: LeakWindowState, minSessions: number, windowMs: number): SignalHit | undefined {
  if (state.distinctSessions < minSessions) return undefined;
  const items = state.entries.reduce((s, e) => s + e.items, 0);
  const secrets = state.entries.some((e) => e.secrets);
  // 3 sessions ≈ medium, ~8 high, dozens critical-adjacent; secrets push it up.
  const score = clamp01((25 + 5 * state.distinctSessions + Math.min(10, items) + (secrets ? 15 : 0)) / 100 / 0.85);
  const last = state.entries.reduce((a, b) => (b.timeMs > a.timeMs ? b : a));
  return {
    key: 'leak',
    type: 'sensitive_data_egress',
    rule: 'egress.windowed_leak',
    score,
    weight: 78,
    explanation: `${items} sensitive value(s) went to ${state.destination} from ${state.distinctSessions} different sessions within ${Math.round(windowMs / 3_600_000)} h; each looked ordinary, together they are a leak.`,
    location: last.location,
    role: 'none',
    destinations: [state.destination],
    techniques: [ATLAS.llmDataLeakage],
  };
}
