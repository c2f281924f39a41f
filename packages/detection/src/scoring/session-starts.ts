import { dropOldest } from '@warden/core';
import { epochHour } from '../profile/activity-rate';

const MAX_AGENTS = 50_000;

/**
 * Sessions each agent has started in the current hour (event time), so a burst is seen while it
 * happens rather than once the sessions are learned. Bounded: the least recently active agents go.
 */
export class SessionStarts {
  private readonly byAgent = new Map<string, { hour: number; n: number }>();

  /** Counts a new session and returns how many the agent has started in that hour, 0 for a late one. */
  count(tenant: string, agentId: string, startMs: number): number {
    const key = `${tenant}\u0000${agentId}`;
    const hour = epochHour(startMs);
    let c = this.byAgent.get(key);
    if (c !== undefined && hour < c.hour) return 0;
    if (c === undefined || hour > c.hour) c = { hour, n: 0 };
    c.n += 1;
    this.byAgent.delete(key);
    this.byAgent.set(key, c);
    dropOldest(this.byAgent, MAX_AGENTS);
    return c.n;
  }
}
