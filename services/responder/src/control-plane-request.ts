import type { ActionKind, ResponseDecision } from '@warden/response';

/**
 * The control-plane webhook contract (docs/control-plane.md), as pure functions: what Warden
 * sends for an action, under which idempotency key, and what an answer means. The I/O lives in
 * control-plane-client.ts.
 */

export type ControlPlaneEventType = 'warden.action.execute' | 'warden.action.undo';

export interface ControlPlaneActionBody {
  readonly type: ControlPlaneEventType;
  /** The decision id (`<findingId>/<kind>`): one action, whatever happens to it. */
  readonly actionId: string;
  readonly action: ActionKind;
  readonly agent: { readonly tenant: string; readonly id: string };
  readonly session: string;
  readonly findingId: string;
  readonly reason: string;
  /** RFC 3339; reversible actions only: the platform lifts the action by itself at this time. */
  readonly expiresAt?: string;
  /** RFC 3339; memory_rollback only: restore the last checkpoint taken before this time. */
  readonly rollbackBefore?: string;
  /** Admin token names of the people who approved; empty for automatic actions. */
  readonly approvedBy: readonly string[];
  /** When Warden asked; unchanged across retries of the same request. */
  readonly requestedAt: string;
}

export interface ControlPlaneRequestInput {
  readonly type: ControlPlaneEventType;
  readonly decision: ResponseDecision;
  readonly approvedBy: readonly string[];
  readonly requestedAtMs: number;
  /** When a reversible action ends (set for execute and undo of reversible kinds). */
  readonly expiresAtMs?: number;
  /** Overrides the decision's reason (an undo says why it is being undone). */
  readonly reason?: string;
}

export function controlPlaneBody(input: ControlPlaneRequestInput): ControlPlaneActionBody {
  const d = input.decision;
  return {
    type: input.type,
    actionId: d.id,
    action: d.kind,
    agent: { tenant: d.tenant, id: d.agentId },
    session: d.sessionId,
    findingId: d.findingId,
    reason: input.reason ?? d.reason,
    ...(input.expiresAtMs !== undefined ? { expiresAt: rfc3339(input.expiresAtMs) } : {}),
    ...(d.kind === 'memory_rollback' && d.rollbackBeforeMs !== undefined ? { rollbackBefore: rfc3339(d.rollbackBeforeMs) } : {}),
    approvedBy: [...input.approvedBy],
    requestedAt: rfc3339(input.requestedAtMs),
  };
}

/**
 * The Standard Webhooks `webhook-id`: `<actionId>:execute` or `<actionId>:undo`. The same for
 * every retry of one request and different for the execute and the undo of one action, so the
 * platform can drop duplicates by it. Standard Webhooks ids may not contain dots or spaces (the
 * signed string is `id.timestamp.body`), which is why the verb stands in for the dotted event
 * type; any such character in a finding id is replaced with `_`.
 */
export function controlPlaneWebhookId(body: Pick<ControlPlaneActionBody, 'actionId' | 'type'>): string {
  const verb = body.type === 'warden.action.undo' ? 'undo' : 'execute';
  return `${body.actionId.replace(/[^\x21-\x2d\x2f-\x7e]/g, '_').slice(0, 240)}:${verb}`;
}

export type ControlPlaneVerdict =
  | { readonly kind: 'done' }
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs?: number }
  | { readonly kind: 'rejected'; readonly reason: string };

const BODY_EXCERPT_CHARS = 200;

/**
 * What an answer from the control plane means. 2xx: done (a duplicate answered 2xx is done too).
 * 408, 429 and 5xx: the platform is busy or failing; try again (honouring Retry-After). Any other
 * status: the platform refuses this request as sent, and sending it again cannot change that.
 */
export function classifyControlPlaneResponse(
  status: number,
  headers: { get(name: string): string | null },
  bodyText: string,
): ControlPlaneVerdict {
  if (status >= 200 && status < 300) return { kind: 'done' };
  const excerpt = bodyText.trim().slice(0, BODY_EXCERPT_CHARS);
  const said = excerpt ? `: ${excerpt}` : '';
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfterMs(headers.get('retry-after'));
    return { kind: 'retry', reason: `the control plane answered ${status}${said}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  return {
    kind: 'rejected',
    reason: `the control plane refused the request with ${status}${said}; check WARDEN_CONTROL_PLANE_SECRET and that the platform implements docs/control-plane.md`,
  };
}

/** Retry-After in delta-seconds (dates are not honoured: clocks disagree). */
export function parseRetryAfterMs(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}

function rfc3339(ms: number): string {
  return new Date(ms).toISOString();
}
