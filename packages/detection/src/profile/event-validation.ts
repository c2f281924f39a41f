import { InvalidInputError, type AgentEvent } from '@warden/core';

/** The few fields detection cannot work without; anything else may be absent. */
export function assertUsableEvent(e: AgentEvent): void {
  const problems: string[] = [];
  for (const k of ['tenant', 'agentId', 'agentType', 'sessionId', 'spanId', 'name'] as const) {
    if (typeof e?.[k] !== 'string' || e[k].length === 0) problems.push(`${k} must be a non-empty string`);
  }
  if (typeof e?.startTimeMs !== 'number' || !Number.isFinite(e.startTimeMs)) problems.push('startTimeMs must be a finite number');
  if (typeof e?.endTimeMs !== 'number' || !Number.isFinite(e.endTimeMs)) problems.push('endTimeMs must be a finite number');
  if (!Array.isArray(e?.contents)) problems.push('contents must be an array');
  if (problems.length > 0) {
    throw new InvalidInputError(
      'DETECTION_EVENT_INVALID',
      `Agent event rejected by detection: ${problems.join('; ')}. Events must come from @warden/normalize.`,
      { spanId: typeof e?.spanId === 'string' ? e.spanId : undefined },
    );
  }
}
