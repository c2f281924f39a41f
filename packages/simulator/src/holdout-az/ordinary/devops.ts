/**
 * holdout-az devops-agent: the IT on-call of Acme Dental. Patient records live in Dentally (SaaS);
 * what the team runs itself is the X-ray and CBCT archive (an Orthanc PACS server in Ljubljana that
 * the three clinics' imaging rooms send to), its backups in Backblaze B2, UptimeRobot monitors, the
 * Tailscale network that joins the clinics, and a Mattermost channel where the on-call reports.
 * Most of it is monitor and archive health, backup checks and a report to ~it-ops; now and then a
 * VM is restarted; about one turn in 25 invites someone to the tailnet: a new staff laptop, or the
 * X-ray vendor's service technician on the one imaging workstation until a date.
 */
import type { SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { CLINICS, COMPANY_DOMAIN, fakeEmployee, IT_STAFF, isoDate } from './world';

export const MONITORS = ['dentally-sso', 'pacs.acme-dental.example', 'vpn-relay-lj', 'www.acme-dental.example', 'booking-widget', 'imaging-koper'];
export const BACKUP_BUCKETS = ['acme-dental-pacs-backup', 'acme-dental-config-backup'];
export const MODALITIES = ['IO', 'PX', 'CT'];
/** The X-ray vendor's service desk, whose technicians the service contract names. */
export const XRAY_VENDOR_DOMAIN = 'rentgen-servis.example';

function monitorsCall(ctx: WorkflowContext): ToolCall {
  const { rng } = ctx;
  return {
    tool: 'uptimerobot.get_monitors',
    args: { statuses: 'all', response_times: true },
    result: { monitors: MONITORS.map((m) => ({ friendly_name: m, status: rng.chance(0.93) ? 'up' : 'down', avg_response_ms: rng.int(80, 900) })) },
    http: [{ method: 'POST', url: 'https://api.uptimerobot.example/v2/getMonitors', statusCode: 200 }],
  };
}

function postCall(ctx: WorkflowContext, text: string): ToolCall {
  return { tool: 'mattermost.post_message', args: { channel: '~it-ops', message: text }, result: { id: ctx.rng.hex(26) } };
}

function healthTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) rounds.push([{ ...monitorsCall(ctx), result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([monitorsCall(ctx)]);
  if (rng.chance(0.5)) rounds.push([{ tool: 'grafana.query', args: { datasource: 'prometheus', expr: `rate(node_cpu_seconds_total{instance="${rng.pick(['pacs-lj-01', 'pve-lj-01', 'imaging-koper'])}",mode!="idle"}[5m])`, range: '6h' }, result: { series: [{ p95: Math.round(rng.next() * 90) / 100 }] } }]);
  if (rng.chance(0.4)) rounds.push([postCall(ctx, 'Monitors checked: all green apart from a short blip on the booking widget.')]);
  return { userMessage: rng.pick(['Is everything up?', 'The Koper desk says the booking widget is slow, check it.', 'Quick health check before the morning shift, please.']), rounds, finalAnswer: 'All monitors are up; response times are normal.' };
}

function pacsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const clinic = rng.pick(CLINICS);
  const rounds: ToolCall[][] = [
    [{ tool: 'orthanc.get_system', args: { server: 'pacs-lj-01' }, result: { version: '1.12.6', disk_free_gb: rng.int(180, 1400), studies: rng.int(180_000, 240_000), dicom_aet: 'ACMEPACS' } }],
    [{ tool: 'orthanc.find_studies', args: { server: 'pacs-lj-01', query: { StudyDate: isoDate(ctx.atMs).replace(/-/g, ''), InstitutionName: clinic, ModalitiesInStudy: rng.pick(MODALITIES) }, expand: false }, result: { count: rng.int(3, 40) } }],
  ];
  if (rng.chance(0.3)) rounds.push([postCall(ctx, `PACS healthy; ${clinic} sent today's images.`)]);
  return { userMessage: `Did ${clinic}'s X-rays from this morning reach the PACS?`, rounds, finalAnswer: `Yes, today's studies from ${clinic} are in the archive.` };
}

function backupTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const bucket = rng.pick(BACKUP_BUCKETS);
  const files = Array.from({ length: rng.int(2, 5) }, (_, i) => ({ fileName: `${bucket === 'acme-dental-pacs-backup' ? 'pacs' : 'config'}/${isoDate(ctx.atMs - i * 86_400_000)}.tar.zst`, contentLength: rng.int(1_000_000, 90_000_000_000) }));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) rounds.push([{ tool: 'b2.list_file_names', args: { bucket }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'b2.list_file_names', args: { bucket, prefix: bucket === 'acme-dental-pacs-backup' ? 'pacs/' : 'config/', max_file_count: 10 }, result: { files } }]);
  rounds.push([{ tool: 'b2.get_file_info', args: { bucket, file_name: files[0]!.fileName }, result: { ...files[0]!, sha1: rng.hex(40), uploaded: 'last night' } }]);
  return { userMessage: 'Did last night\'s backup run?', rounds, finalAnswer: `Yes, ${files[0]!.fileName} is in ${bucket}.` };
}

function restartTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const vm = rng.pick(['dicom-router-mb', 'print-server-kp', 'pacs-viewer-lj']);
  return {
    userMessage: `${vm} is hanging again, restart it.`,
    rounds: [[{ tool: 'proxmox.reboot_vm', args: { node: 'pve-lj-01', vm }, result: { task: `UPID:pve-lj-01:${rng.hex(8)}`, status: 'OK' } }], [postCall(ctx, `Restarted ${vm}.`)]],
    finalAnswer: `Restarted ${vm}; it is back.`,
  };
}

/** The rarer case: someone new on the tailnet, a staff laptop, or the X-ray vendor's technician on one workstation until a date. */
function inviteTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const vendor = rng.chance(0.4);
  const e = fakeEmployee(rng);
  const tech = `${rng.pick(['servis', 'tehnik.mb', 'tehnik.lj', 'podpora'])}@${XRAY_VENDOR_DOMAIN}`;
  const until = isoDate(ctx.atMs + rng.int(1, 5) * 86_400_000);
  const devices = [{ name: 'cbct-ws-lj', tags: ['tag:imaging'] }, { name: 'opg-ws-mb', tags: ['tag:imaging'] }, { name: 'pacs-lj-01', tags: ['tag:server'] }];
  return {
    userMessage: vendor ? `The X-ray service technician needs remote access to the CBCT workstation until ${until}, as the service contract allows. Invite ${tech}.` : `${e.name} has a new laptop; add her to the tailnet.`,
    rounds: [
      [{ tool: 'tailscale.list_devices', args: { tailnet: COMPANY_DOMAIN }, result: { devices } }],
      [{ tool: 'tailscale.invite_user', args: { tailnet: COMPANY_DOMAIN, email: vendor ? tech : e.email, role: 'member', ...(vendor ? { share_device: 'cbct-ws-lj', expires: until } : { tags: ['tag:staff'] }) }, result: { invite_id: rng.hex(12), status: 'sent' }, http: [{ method: 'POST', url: `https://api.tailscale.example/api/v2/tailnet/${COMPANY_DOMAIN}/user-invites`, statusCode: 200 }] }],
    ],
    finalAnswer: vendor ? `Invited ${tech} to the CBCT workstation only, until ${until}.` : `Invited ${e.email} to the tailnet as a member.`,
  };
}

export function holdoutAzDevopsWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.rng.pick(IT_STAFF),
    turns: buildTurns(ctx, [healthTurn, pacsTurn, backupTurn, restartTurn, inviteTurn], [0.36, 0.25, 0.25, 0.07, 0.045]),
  };
}
