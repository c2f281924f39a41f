import { agentKey, type AgentEvent } from '@warden/core';
import type { BusRecord } from '@warden/bus';

/**
 * Turns one request's events into bus records: keyed by tenant/agent, and within each key in
 * span start-time order. Exporters batch spans in end order (children before parents), but
 * detectors read an agent's stream as a story, so it must arrive in the order things began.
 * Spans that began at the same millisecond keep the order they had in the request.
 */
export function orderForPublish(events: readonly AgentEvent[]): BusRecord<AgentEvent>[] {
  const byKey = new Map<string, AgentEvent[]>();
  for (const event of events) {
    const key = agentKey(event);
    const group = byKey.get(key);
    if (group) group.push(event);
    else byKey.set(key, [event]);
  }
  const records: BusRecord<AgentEvent>[] = [];
  for (const [key, group] of byKey) {
    // Array.prototype.sort is stable (ES2019), which is what keeps ties in request order.
    group.sort((a, b) => a.startTimeMs - b.startTimeMs);
    for (const value of group) records.push({ key, value });
  }
  return records;
}
