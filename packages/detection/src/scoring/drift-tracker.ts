import { dropOldest, type AgentEvent } from '@warden/core';
import type { DetectionConfig } from '../config';
import { chiSquaredCritical01, clamp01 } from '../internal/stats';
import { safeKey } from '../internal/safe-key';
import type { AgentProfile } from '../profile/agent-profile';
import { promptVersionOf } from '../profile/prompt-version';
import { dominant, totalCount, type CountMap } from '../profile/count-map';
import { jensenShannon, largestShifts } from '../signals/drift';
import type { SignalHit } from '../signals/signal-hit';

const MAX_TRACKERS = 10_000;
const MAX_SESSIONS_PER_TRACKER = 20;

/**
 * `model gpt-4o → gpt-5-mini` when the span's model (or prompt version) differs from the one that
 * dominates a settled history (≥ 80 % of it) and is itself rare there; otherwise undefined.
 */
export function driftLabel(p: AgentProfile, e: AgentEvent): string | undefined {
  const check = (seen: CountMap, value: string, what: string): string | undefined => {
    const dom = dominant(seen);
    if (dom === undefined || dom.share < 0.8 || dom.key === value) return undefined;
    const known = Object.hasOwn(seen, value) ? (seen[value]?.n ?? 0) : 0;
    if (known / Math.max(1, totalCount(seen)) >= 0.1) return undefined;
    return `${what} ${dom.key} → ${value}`;
  };
  const byModel = e.kind === 'llm' && e.model !== undefined ? check(p.models, safeKey(e.model), 'model') : undefined;
  const version = promptVersionOf(e);
  return byModel ?? (version === undefined ? undefined : check(p.promptVersions, version, 'prompt version'));
}

/**
 * The divergence a mix of `calls` tool calls must reach to count as drift: the configured effect
 * size, and more than sampling alone would give. A few calls drawn from the profile itself already
 * diverge from it (8·n·ln2·JSD is about chi-squared with one degree of freedom fewer than the tools
 * in play), so the bar is that statistic's 1% tail: seven calls that all go to one tool the profile
 * used a third of the time clear it, twelve calls that wander a little do not.
 */
export function driftNeeded(mix: Readonly<Record<string, number>>, base: Readonly<Record<string, number>>, calls: number, effect: number): number {
  const tools = new Set([...Object.keys(mix), ...Object.keys(base)].filter((t) => (mix[t] ?? 0) > 0 || (base[t] ?? 0) > 0));
  const sampling = chiSquaredCritical01(Math.max(1, tools.size - 1)) / (8 * Math.max(1, calls) * Math.LN2);
  return Math.max(effect, sampling);
}

/**
 * Tool counts of the sessions that run under a changed model or prompt, per agent and change.
 * One session is too noisy to call a shift, so the mix is compared with the profile's only once a
 * few sessions hold enough calls.
 */
export class DriftTrackers {
  private readonly trackers = new Map<string, Map<string, Record<string, number>>>();

  /** Updates a session's counts; returns a drift hit (location to be set by the caller) when the mix has shifted. */
  observe(
    tenant: string,
    agentId: string,
    label: string,
    sessionId: string,
    counts: Record<string, number>,
    profile: AgentProfile,
    config: Pick<DetectionConfig, 'driftMinSessions' | 'driftMinToolCalls' | 'driftJsdThreshold'>,
  ): Omit<SignalHit, 'location'> | undefined {
    const key = trackerKey(tenant, agentId, label);
    let sessions = this.trackers.get(key);
    if (sessions === undefined) {
      sessions = new Map();
      this.trackers.set(key, sessions);
      dropOldest(this.trackers, MAX_TRACKERS);
    }
    sessions.set(sessionId, counts);
    dropOldest(sessions, MAX_SESSIONS_PER_TRACKER);
    const mix: Record<string, number> = {};
    let calls = 0;
    for (const c of sessions.values()) {
      for (const [tool, n] of Object.entries(c)) {
        mix[tool] = (mix[tool] ?? 0) + n;
        calls += n;
      }
    }
    if (sessions.size < config.driftMinSessions || calls < config.driftMinToolCalls) return undefined;
    const base: Record<string, number> = {};
    for (const [tool, entry] of Object.entries(profile.tools)) base[tool] = entry.n;
    const jsd = jensenShannon(mix, base);
    if (jsd < driftNeeded(mix, base, calls, config.driftJsdThreshold)) return undefined;
    return {
      key: 'drift',
      type: 'drift',
      rule: 'drift.tool_mix_after_change',
      score: clamp01(0.55 + (jsd - config.driftJsdThreshold) / 0.4),
      weight: 38,
      explanation: `After the ${label} change, the tool mix over ${sessions.size} session(s) diverged from the profile (Jensen-Shannon ${jsd.toFixed(2)}): ${largestShifts(base, mix).join(', ')}.`,
      role: 'none',
    };
  }

  /** Takes a session's counts out of its change's mix (a session that turned out to be an attack). */
  forget(tenant: string, agentId: string, label: string, sessionId: string): void {
    this.trackers.get(trackerKey(tenant, agentId, label))?.delete(sessionId);
  }

  get size(): number {
    return this.trackers.size;
  }
}

function trackerKey(tenant: string, agentId: string, label: string): string {
  return `${tenant}\u0000${agentId}\u0000${label}`;
}
