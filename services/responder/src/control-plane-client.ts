import { STANDARD_WEBHOOK_HEADERS, abortableSleep, signStandardWebhook, type Clock, type Sleep } from '@warden/core';
import {
  classifyControlPlaneResponse,
  controlPlaneWebhookId,
  type ControlPlaneActionBody,
  type ControlPlaneVerdict,
} from './control-plane-request';

export interface ControlPlaneSettings {
  /** WARDEN_CONTROL_PLANE_URL */
  readonly url: string;
  /** WARDEN_CONTROL_PLANE_SECRET: the Standard Webhooks signing secret. Never logged. */
  readonly secret: string;
  /** Per attempt (default 5 s). */
  readonly timeoutMs?: number;
}


export interface ControlPlaneRetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  /** A platform's Retry-After is honoured up to this; a longer wait would hold up the response. */
  readonly maxRetryAfterMs: number;
}

// A few quick tries: an action that cannot reach the platform within seconds is reported as
// failed (and audited) rather than queued for later, when it may no longer be wanted.
export const DEFAULT_CONTROL_PLANE_RETRY: ControlPlaneRetryPolicy = {
  maxAttempts: 4,
  initialBackoffMs: 250,
  maxBackoffMs: 4_000,
  maxRetryAfterMs: 10_000,
};

export type ControlPlaneSendResult =
  | { readonly ok: true; readonly attempts: number }
  | { readonly ok: false; readonly attempts: number; readonly reason: string };

export interface ControlPlaneSendOptions {
  /** Aborts waits and the request in flight (Warden is stopping). */
  readonly signal: AbortSignal;
  /** Asked before each retry: a reason to give up now (the kill switch was engaged), or undefined. */
  readonly giveUp?: () => string | undefined;
}

export interface ControlPlaneClientDeps {
  readonly clock: Clock;
  readonly fetch?: typeof fetch;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly retry?: ControlPlaneRetryPolicy;
}

/**
 * Sends one control-plane webhook, signed afresh for each attempt (the timestamp is the
 * attempt's) under one `webhook-id`, and retries what may succeed later. Messages name the
 * control plane, never its URL (it may carry credentials) nor the secret.
 */
export class ControlPlaneClient {
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly retry: ControlPlaneRetryPolicy;

  constructor(
    private readonly settings: ControlPlaneSettings,
    private readonly deps: ControlPlaneClientDeps,
  ) {
    this.fetchImpl = deps.fetch ?? fetch;
    this.sleep = deps.sleep ?? abortableSleep;
    this.random = deps.random ?? Math.random;
    this.retry = deps.retry ?? DEFAULT_CONTROL_PLANE_RETRY;
  }

  async send(body: ControlPlaneActionBody, options: ControlPlaneSendOptions): Promise<ControlPlaneSendResult> {
    const rawBody = JSON.stringify(body);
    const webhookId = controlPlaneWebhookId(body);
    let last: ControlPlaneVerdict = { kind: 'retry', reason: 'not attempted' };
    for (let attempt = 1; attempt <= this.retry.maxAttempts; attempt += 1) {
      if (options.signal.aborted) return { ok: false, attempts: attempt - 1, reason: 'Warden stopped before the control plane confirmed the action' };
      last = await this.attempt(webhookId, rawBody, options.signal);
      if (last.kind === 'done') return { ok: true, attempts: attempt };
      if (last.kind === 'rejected') return { ok: false, attempts: attempt, reason: last.reason };
      if (attempt === this.retry.maxAttempts) break;
      await this.sleep(this.delayMs(attempt, last.retryAfterMs), options.signal);
      const stop = options.giveUp?.();
      if (stop !== undefined) return { ok: false, attempts: attempt, reason: `${last.reason}; not retried: ${stop}` };
    }
    return { ok: false, attempts: this.retry.maxAttempts, reason: `${last.reason} (gave up after ${this.retry.maxAttempts} attempts)` };
  }

  private async attempt(webhookId: string, rawBody: string, stop: AbortSignal): Promise<ControlPlaneVerdict> {
    const timestampSeconds = Math.floor(this.deps.clock.nowMs() / 1000);
    let signature: string;
    try {
      signature = signStandardWebhook({ id: webhookId, timestampSeconds, body: rawBody, secret: this.settings.secret });
    } catch (err) {
      // A bad secret cannot get better by retrying; the message never quotes it.
      return { kind: 'rejected', reason: `cannot sign the request: ${(err as Error).message}` };
    }
    const timeoutMs = this.settings.timeoutMs ?? 5_000;
    const signal = AbortSignal.any([stop, AbortSignal.timeout(timeoutMs)]);
    try {
      const response = await this.fetchImpl(this.settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [STANDARD_WEBHOOK_HEADERS.id]: webhookId,
          [STANDARD_WEBHOOK_HEADERS.timestamp]: String(timestampSeconds),
          [STANDARD_WEBHOOK_HEADERS.signature]: signature,
        },
        body: rawBody,
        signal,
      });
      const text = await response.text().catch(() => '');
      return classifyControlPlaneResponse(response.status, response.headers, text);
    } catch (err) {
      const timedOut = !stop.aborted && signal.aborted;
      const why = timedOut ? `no answer within ${timeoutMs} ms` : errorText(err);
      return { kind: 'retry', reason: `the control plane could not be reached (${why})` };
    }
  }

  private delayMs(attempt: number, retryAfterMs: number | undefined): number {
    if (retryAfterMs !== undefined) return Math.min(retryAfterMs, this.retry.maxRetryAfterMs);
    const ceiling = Math.min(this.retry.maxBackoffMs, this.retry.initialBackoffMs * 2 ** (attempt - 1));
    // Half fixed, half jitter: retries of many instances spread out, yet each still waits a while.
    return Math.floor(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(this.random(), 0), 1));
  }
}

function errorText(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}
