import type { FindingReviewView } from '@warden/responder';
import { parseCommandLine, requiredReasonOption, UsageError } from '../cli';
import { ADMIN_CONNECTION_OPTIONS, adminClientOptions, createAdminClient } from '../admin-api/admin-client';

const FINDINGS_USAGE = 'warden findings benign <finding-id> --reason "..." [--json]';

/** What a benign review did, in a sentence an analyst can check. */
export function describeReview(r: FindingReviewView): string {
  const denied = r.approvalsDenied.length === 0 ? '' : `; denied its pending ${r.approvalsDenied.length === 1 ? 'approval' : 'approvals'} ${r.approvalsDenied.join(', ')}`;
  const lifted = r.actionsLifted.length === 0 ? '' : `; lifted ${r.actionsLifted.join(', ')}`;
  return (
    `reviewed as benign: finding ${r.findingId} of ${r.tenant}/${r.agentId} (session ${r.sessionId}), by ${r.by}${denied}${lifted}. ` +
    'The SIEM gets it as Suppressed, and the session is learned into the agent\'s baseline, so the same work no longer raises a finding.'
  );
}

/**
 * `warden findings benign`: a person's verdict on a finding, the way a SOC closes a Sentinel
 * incident as a benign positive. Unlike an approval vote it teaches the baseline, so it is
 * refused until Warden has closed the finding (its session is over).
 */
export async function runFindings(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { ...ADMIN_CONNECTION_OPTIONS, reason: { type: 'string' }, json: { type: 'boolean' } });
  const [sub, id, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"; usage: ${FINDINGS_USAGE}`);
  if (sub !== 'benign') throw new UsageError(sub === undefined ? `usage: ${FINDINGS_USAGE}` : `unknown findings command "${sub}"; usage: ${FINDINGS_USAGE}`);
  if (id === undefined) throw new UsageError('findings benign needs the finding id (the OCSF finding_info.uid your SIEM shows) and --reason "..."');
  const reason = requiredReasonOption(values, 'findings benign', 'the audit log and to the SIEM');
  const client = createAdminClient(adminClientOptions(values, process.env));
  const review = await client.post<FindingReviewView>(`/api/v1/findings/${encodeURIComponent(id)}/benign`, { reason });
  process.stdout.write(values.json ? `${JSON.stringify(review)}\n` : `${describeReview(review)}\n`);
  return 0;
}
