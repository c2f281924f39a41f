import type { ResponderStatus } from '@warden/responder';
import { parseCommandLine, requiredReasonOption, UsageError } from '../cli';
import { ADMIN_CONNECTION_OPTIONS, adminClientOptions, createAdminClient } from '../admin-api/admin-client';

const KILL_SWITCH_USAGE = 'warden kill-switch on --reason "..." | off --reason "..." | status [--json]';

function when(ms: number | undefined): string {
  return ms === undefined ? '' : ` since ${new Date(ms).toISOString()}`;
}

/** The responder's state in a few lines an operator on call can read at a glance. */
export function formatResponderStatus(s: ResponderStatus): string {
  const k = s.killSwitch;
  const kill = k.engaged
    ? `ENGAGED by ${k.by ?? 'unknown'}${when(k.sinceMs)}${k.reason ? `: ${k.reason}` : ''} (no automated actions; detection and alerting go on)`
    : 'off';
  const circuit = s.circuit.open
    ? `OPEN, advisory only${s.circuit.untilMs === undefined ? '' : ` until ${new Date(s.circuit.untilMs).toISOString()}`}${s.circuit.reason ? `: ${s.circuit.reason}` : ''}`
    : 'closed';
  return [
    `kill switch:       ${kill}`,
    `shadow mode:       ${s.shadow ? 'on (actions are recorded, not sent)' : 'off'}`,
    `circuit breaker:   ${circuit}`,
    `pending approvals: ${s.pendingApprovals}`,
    `control plane:     ${s.controlPlane === 'configured' ? 'configured' : 'not configured (set WARDEN_CONTROL_PLANE_URL)'}`,
  ].join('\n') + '\n';
}

/** `warden kill-switch on|off|status`: stop (or resume) every automated action at once. */
export async function runKillSwitch(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { ...ADMIN_CONNECTION_OPTIONS, reason: { type: 'string' }, json: { type: 'boolean' } });
  const [sub, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"; usage: ${KILL_SWITCH_USAGE}`);
  if (sub !== 'on' && sub !== 'off' && sub !== 'status') {
    throw new UsageError(sub === undefined ? `usage: ${KILL_SWITCH_USAGE}` : `unknown kill-switch command "${sub}"; usage: ${KILL_SWITCH_USAGE}`);
  }
  const reason = sub === 'status' ? undefined : requiredReasonOption(values, `kill-switch ${sub}`, 'the audit log');
  const client = createAdminClient(adminClientOptions(values, process.env));
  const status =
    reason === undefined
      ? await client.get<ResponderStatus>('/api/v1/response/status')
      : await client.post<ResponderStatus>('/api/v1/response/kill-switch', { engaged: sub === 'on', reason });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(status)}\n`);
    return 0;
  }
  if (sub === 'on') process.stdout.write('Kill switch engaged: every automated action is stopped; detection and alerting go on.\n');
  if (sub === 'off') process.stdout.write('Kill switch released: automated actions resume under the response policy.\n');
  process.stdout.write(formatResponderStatus(status));
  return 0;
}
