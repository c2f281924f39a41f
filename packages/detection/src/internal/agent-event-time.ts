import { InvalidInputError, type AgentEventTime } from '@warden/core';

/**
 * `watermark` as each agent's event time: one value for every agent, or each agent's own (a worker
 * reading several partitions or tenants, each at its own pace). A value that is not a finite epoch
 * ms is refused before it can end every session at once (NaN compares false, Infinity ends all).
 */
export function agentEventTime(watermark: number | AgentEventTime, caller: string): AgentEventTime {
  const finite = (ms: number, whose: string): number => {
    if (!Number.isFinite(ms)) {
      throw new InvalidInputError('DETECTION_WATERMARK_INVALID', `${caller} needs a finite event-time watermark in epoch ms (got ${ms}${whose}).`);
    }
    return ms;
  };
  if (typeof watermark === 'number') {
    const ms = finite(watermark, '');
    return () => ms;
  }
  return (tenant, agentId) => finite(watermark(tenant, agentId), ` for ${tenant}/${agentId}`);
}
