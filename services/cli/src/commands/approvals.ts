import type { ApprovalView } from '@warden/responder';
import type { PendingApproval } from '@warden/response';
import { parseCommandLine, requiredReasonOption, UsageError } from '../cli';
import { ADMIN_CONNECTION_OPTIONS, adminClientOptions, createAdminClient } from '../admin-api/admin-client';

const APPROVALS_USAGE = 'warden approvals list [--status pending|approved|denied|expired|all] [--json] | show <id> | approve <id> --reason "..." | deny <id> --reason "..."';
const STATUSES = ['pending', 'approved', 'denied', 'expired', 'all'];

/** "45s", "12m", "5h", "3d": enough to see what is old and what is about to time out. */
export function shortDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86_400)}d`;
}

function votesText(a: PendingApproval): string {
  if (a.denial) return `denied by ${a.denial.by}`;
  const needed = a.decision.approval?.approvers ?? 1;
  const names = a.approvals.map((v) => v.by).join(',');
  return `${a.approvals.length}/${needed}${names ? ` ${names}` : ''}`;
}

function deadlineText(a: PendingApproval, nowMs: number): string {
  if (a.status !== 'pending') return '-';
  return a.deadlineMs > nowMs ? `in ${shortDuration(a.deadlineMs - nowMs)}` : 'passed';
}

/** The approvals as an aligned table, one row each; pure so the layout is tested without a server. */
export function formatApprovalsTable(approvals: readonly PendingApproval[], nowMs: number): string {
  const header = ['ID', 'ACTION', 'AGENT', 'SESSION', 'SEVERITY/RISK', 'STATUS', 'AGE', 'DEADLINE', 'VOTES'];
  const rows = approvals.map((a) => [
    a.decision.id,
    a.decision.kind,
    `${a.decision.tenant}/${a.decision.agentId}`,
    a.decision.sessionId,
    `${a.decision.severity}/${a.decision.riskScore}`,
    a.status,
    shortDuration(nowMs - a.requestedAtMs),
    deadlineText(a, nowMs),
    votesText(a),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number))).join('  ');
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

/** What a vote led to, in a sentence. */
export function describeVoteResult(a: PendingApproval): string {
  const what = `${a.decision.kind} of ${a.decision.tenant}/${a.decision.agentId} (${a.decision.id})`;
  const needed = a.decision.approval?.approvers ?? 1;
  switch (a.status) {
    case 'approved':
      return `approved: ${what}, by ${a.approvals.map((v) => v.by).join(' and ')}; the responder carries it out now`;
    case 'denied':
      return `denied: ${what}, by ${a.denial?.by ?? 'unknown'}; nothing will be done`;
    case 'pending':
      return `still pending: ${what} has ${a.approvals.length} of ${needed} approvals (${a.approvals.map((v) => v.by).join(', ')}); another approver must approve too`;
    default:
      return `${a.status}: ${what}`;
  }
}

function decisionPath(id: string): string {
  return `/api/v1/approvals/${encodeURIComponent(id)}`;
}

/** `warden approvals list|show|approve|deny`: the human in the loop, through the admin API. */
export async function runApprovals(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    ...ADMIN_CONNECTION_OPTIONS,
    status: { type: 'string', default: 'pending' },
    reason: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [sub, id, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"; usage: ${APPROVALS_USAGE}`);
  const client = createAdminClient(adminClientOptions(values, process.env));

  switch (sub) {
    case 'list': {
      if (id !== undefined) throw new UsageError(`approvals list takes no id; usage: ${APPROVALS_USAGE}`);
      const status = String(values.status);
      if (!STATUSES.includes(status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, got "${status}"`);
      const { approvals } = await client.get<{ approvals: ApprovalView[] }>(`/api/v1/approvals${status === 'all' ? '' : `?status=${status}`}`);
      if (values.json) {
        process.stdout.write(`${JSON.stringify(approvals)}\n`);
      } else if (approvals.length === 0) {
        process.stdout.write(status === 'all' ? 'No approval requests.\n' : `No ${status} approvals.\n`);
      } else {
        process.stdout.write(formatApprovalsTable(approvals, Date.now()));
      }
      return 0;
    }
    case 'show': {
      if (id === undefined) throw new UsageError(`approvals show needs the decision id (from \`warden approvals list\`)`);
      const approval = await client.get<ApprovalView>(decisionPath(id));
      // The evidence bundle is nested data an analyst reads or pipes to jq: JSON either way.
      process.stdout.write(`${JSON.stringify(approval, null, values.json ? undefined : 2)}\n`);
      return 0;
    }
    case 'approve':
    case 'deny': {
      if (id === undefined) throw new UsageError(`approvals ${sub} needs the decision id (from \`warden approvals list\`) and --reason "..."`);
      const reason = requiredReasonOption(values, `approvals ${sub}`, 'the audit log and to the agent platform');
      const approval = await client.post<PendingApproval>(`${decisionPath(id)}/${sub}`, { reason });
      process.stdout.write(values.json ? `${JSON.stringify(approval)}\n` : `${describeVoteResult(approval)}\n`);
      return 0;
    }
    default:
      throw new UsageError(sub === undefined ? `usage: ${APPROVALS_USAGE}` : `unknown approvals command "${sub}"; usage: ${APPROVALS_USAGE}`);
  }
}
