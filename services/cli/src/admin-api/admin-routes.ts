import type { ResponderControl, ReviewResult, VoteResult } from '@warden/responder';
import type { ApprovalStatus } from '@warden/response';
import type { AdminIdentity, AdminRole } from './admin-tokens';
import { ApiError, requiredReason, type JsonReply } from './json-http';
import type { RouteShape } from './route-matching';

export interface RouteContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly identity: AdminIdentity;
  readonly responder: ResponderControl;
  /** The JSON object body; only POST routes read it. */
  readonly body: () => Promise<Record<string, unknown>>;
}

export interface AdminRoute extends RouteShape {
  /** The least role allowed to call it. */
  readonly role: AdminRole;
  handle(ctx: RouteContext): Promise<JsonReply>;
}

const APPROVAL_STATUSES: readonly ApprovalStatus[] = ['pending', 'approved', 'denied', 'expired'];

const VOTE_REFUSAL_STATUS: Record<Exclude<VoteResult, { ok: true }>['code'], number> = {
  NOT_FOUND: 404,
  NOT_PENDING: 409,
  ALREADY_VOTED: 409,
  REASON_REQUIRED: 400,
};

const REVIEW_REFUSAL_STATUS: Record<Exclude<ReviewResult, { ok: true }>['code'], number> = {
  NOT_FOUND: 404,
  NOT_CLOSED: 409,
  ALREADY_REVIEWED: 409,
  REASON_REQUIRED: 400,
};

function vote(verdict: 'approve' | 'deny'): AdminRoute['handle'] {
  return async ({ params, identity, responder, body }) => {
    const reason = requiredReason(await body(), verdict === 'approve' ? 'an approval' : 'a denial');
    // The voter is whoever holds the token: a `by` in the body is ignored, so nobody votes in another's name.
    const result = await responder.vote(params.id as string, { verdict, by: identity.name, reason });
    if (result.ok) return { status: 200, body: result.approval };
    const status = VOTE_REFUSAL_STATUS[result.code];
    return { status, body: { error: { code: result.code, message: result.message } } };
  };
}

/**
 * The response endpoints under `/api/v1`. Reading needs `viewer`, voting and reviewing findings
 * `approver`, and the kill switch `admin`. Single resources come back as themselves, lists inside an object.
 */
export const ADMIN_ROUTES: readonly AdminRoute[] = [
  {
    method: 'GET',
    segments: ['approvals'],
    role: 'viewer',
    async handle({ query, responder }) {
      const status = query.get('status') ?? undefined;
      if (status !== undefined && !(APPROVAL_STATUSES as readonly string[]).includes(status)) {
        throw new ApiError(400, 'INVALID_REQUEST', `status must be one of ${APPROVAL_STATUSES.join(', ')} (or left out for all), got "${status.slice(0, 40)}"`);
      }
      const approvals = await responder.listApprovals(status === undefined ? undefined : { status: status as ApprovalStatus });
      return { status: 200, body: { approvals } };
    },
  },
  {
    method: 'GET',
    segments: ['approvals', ':id'],
    role: 'viewer',
    async handle({ params, responder }) {
      const approval = await responder.getApproval(params.id as string);
      if (!approval) throw new ApiError(404, 'NOT_FOUND', `no approval request for decision "${params.id}"; list them with GET /api/v1/approvals`);
      return { status: 200, body: approval };
    },
  },
  { method: 'POST', segments: ['approvals', ':id', 'approve'], role: 'approver', handle: vote('approve') },
  { method: 'POST', segments: ['approvals', ':id', 'deny'], role: 'approver', handle: vote('deny') },
  {
    method: 'GET',
    segments: ['forensics', ':findingId'],
    role: 'viewer',
    async handle({ params, responder }) {
      const bundle = await responder.forensicBundle(params.findingId as string);
      if (!bundle) throw new ApiError(404, 'NOT_FOUND', `no forensic bundle for finding "${params.findingId}"; bundles exist for High and Critical findings only`);
      return { status: 200, body: bundle };
    },
  },
  {
    // Approver, like a vote: a benign review denies the finding's pending actions and teaches the baseline.
    method: 'POST',
    segments: ['findings', ':id', 'benign'],
    role: 'approver',
    async handle({ params, identity, responder, body }) {
      const reason = requiredReason(await body(), 'a benign review');
      const result = await responder.reviewBenign(params.id as string, { by: identity.name, reason });
      if (result.ok) return { status: 200, body: result.review };
      return { status: REVIEW_REFUSAL_STATUS[result.code], body: { error: { code: result.code, message: result.message } } };
    },
  },
  {
    method: 'GET',
    segments: ['response', 'status'],
    role: 'viewer',
    async handle({ responder }) {
      return { status: 200, body: responder.status() };
    },
  },
  {
    method: 'POST',
    segments: ['response', 'kill-switch'],
    role: 'admin',
    async handle({ identity, responder, body }) {
      const payload = await body();
      if (typeof payload.engaged !== 'boolean') {
        throw new ApiError(400, 'INVALID_REQUEST', 'send {"engaged": true|false, "reason": "..."}: engaged must be a boolean');
      }
      const reason = requiredReason(payload, payload.engaged ? 'engaging the kill switch' : 'releasing the kill switch');
      await responder.setKillSwitch(payload.engaged, identity.name, reason);
      return { status: 200, body: responder.status() };
    },
  },
];
