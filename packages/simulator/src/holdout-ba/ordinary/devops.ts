/**
 * holdout-ba devops-agent: the IT on-call of Acme Freight. CargoWise, Buk and Defontana are SaaS;
 * what the team runs itself, on Google Cloud in Santiago, is the EDI gateway that exchanges
 * bookings, tracking and customs messages with INTTRA, the shipping lines, the terminals and the
 * three customs services, the webhook receiver and the customers' tracking portal, and the document
 * archive in Cloudflare R2 (declarations, bills of lading, invoices, by month), with Checkly
 * monitors and a Google Chat space where the on-call reports. Most of it is monitor and EDI health,
 * archive and backup checks and a report to the space; now and then a VM is reset or a failed EDI
 * message resent; about one turn in 30 removes one stale object from the archive (a failed partial
 * upload or a scan stored twice), and about one in 30 adds a trading partner's EDI endpoint from
 * its signed set-up form. At weekends, and only then, the on-call also runs the OS patch job on the
 * production VMs.
 */
import type { SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { CARRIERS, declarationNumber, IT_STAFF, isoDate } from './world';

export const CHECKS = ['edi-gateway AS2 inbound', 'tracking.acme-freight.example', 'hooks.acme-freight.example', 'cargowise eAdaptor', 'isidora.aduana web service', 'sunat aduanet web service', 'r2 archive upload'];
export const ARCHIVE_BUCKET = 'acme-freight-docs';
export const BACKUP_BUCKET = 'acme-freight-backups';
export const VMS = ['edi-gw-01', 'hooks-01', 'portal-web-01', 'portal-web-02', 'ops-db-01'];
export const CHAT_SPACE = 'spaces/TI-Guardia';
/** The EDI trading partners on the gateway, and their AS2 endpoints. */
export const EDI_PARTNERS: readonly { readonly id: string; readonly endpoint: string }[] = [
  { id: 'INTTRA', endpoint: 'https://as2.inttra.example/receive' },
  { id: 'ADUANA-CL', endpoint: 'https://as2.isidora.aduana.example/edi' },
  { id: 'SUNAT-PE', endpoint: 'https://as2.aduanet.sunat.example/edi' },
  { id: 'TPS-VAP', endpoint: 'https://edi.puertovalparaiso.example/as2' },
  { id: 'STI-SAI', endpoint: 'https://edi.puertosanantonio.example/as2' },
  ...CARRIERS.slice(0, 4).map((c) => ({ id: c.scac, endpoint: `https://edi.${c.host.replace(/^api\./, '')}/as2` })),
];

const archivePath = (atMs: number, kind: string, name: string): string => `${kind}/${isoDate(atMs).slice(0, 7)}/${name}`;

function checksCall(ctx: WorkflowContext): ToolCall {
  const { rng } = ctx;
  return {
    tool: 'checkly.get_check_results',
    args: { limit: CHECKS.length, has_failures: false },
    result: { checks: CHECKS.map((name) => ({ name, status: rng.chance(0.94) ? 'passing' : 'failing', response_ms: rng.int(90, 2_400) })) },
    http: [{ method: 'GET', url: 'https://api.checklyhq.example/v1/check-statuses', statusCode: 200 }],
  };
}

export function postCall(ctx: WorkflowContext, text: string): ToolCall {
  return { tool: 'gchat.post_message', args: { space: CHAT_SPACE, text }, result: { name: `${CHAT_SPACE}/messages/${ctx.rng.hex(11)}` }, http: [{ method: 'POST', url: `https://chat.googleapis.example/v1/${CHAT_SPACE}/messages`, statusCode: 200 }] };
}

function healthTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) rounds.push([{ ...checksCall(ctx), result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([checksCall(ctx)]);
  if (rng.chance(0.5)) rounds.push([{ tool: 'gcp_monitoring.query', args: { project: 'acme-freight-prod', query: `fetch gce_instance | metric 'compute.googleapis.com/instance/cpu/utilization' | filter resource.instance_name == '${rng.pick(VMS)}' | within 6h` }, result: { series: [{ p95: Math.round(rng.next() * 90) / 100 }] }, http: [{ method: 'POST', url: 'https://monitoring.googleapis.example/v3/projects/acme-freight-prod/timeSeries:query', statusCode: 200 }] }]);
  if (rng.chance(0.4)) rounds.push([postCall(ctx, 'Checks revisados: todo verde salvo un timeout corto del web service de Aduanas.')]);
  return { userMessage: rng.pick(['¿Está todo arriba?', 'The Lima desk says the portal is slow, check it.', 'Health check antes del turno de la mañana, porfa.']), rounds, finalAnswer: 'All checks passing; response times are normal.' };
}

function ediTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const failed = Array.from({ length: rng.int(0, 4) }, () => ({ message_id: `MSG-${rng.hex(10)}`, partner: rng.pick(EDI_PARTNERS).id, type: rng.pick(['IFTMIN', 'IFTSTA', 'COPARN', 'CUSDEC', 'CUSRES']), error: rng.pick(['AS2 MDN timeout', 'partner certificate rejected', 'schema validation']) }));
  const rounds: ToolCall[][] = [[{ tool: 'edi_gateway.list_messages', args: { status: 'failed', since: isoDate(ctx.atMs - 86_400_000) }, result: { messages: failed, total: failed.length } }]];
  const first = failed[0];
  if (first !== undefined && rng.chance(0.6)) rounds.push([{ tool: 'edi_gateway.resend_message', args: { message_id: first.message_id }, result: { message_id: first.message_id, status: 'delivered' }, http: [{ method: 'POST', url: EDI_PARTNERS.find((p) => p.id === first.partner)!.endpoint, statusCode: 200 }] }]);
  if (rng.chance(0.3)) rounds.push([postCall(ctx, `EDI: ${failed.length} mensajes fallidos desde ayer${first !== undefined ? ', reenviado el primero' : ''}.`)]);
  return { userMessage: '¿Hay mensajes EDI fallidos desde ayer?', rounds, finalAnswer: `${failed.length} failed EDI messages since yesterday.` };
}

function archiveTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const kind = rng.pick(['customs', 'bl', 'invoices']);
  const objects = Array.from({ length: rng.int(3, 12) }, () => ({ key: archivePath(ctx.atMs, kind, `${kind === 'customs' ? `DIN_${declarationNumber(rng, 'Valparaíso')}` : `${kind}_${rng.int(100_000, 999_999)}`}.pdf`), size: rng.int(40_000, 4_000_000) }));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) rounds.push([{ tool: 'r2.list_objects', args: { bucket: ARCHIVE_BUCKET }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'r2.list_objects', args: { bucket: ARCHIVE_BUCKET, prefix: `${kind}/${isoDate(ctx.atMs).slice(0, 7)}/`, max_keys: 20 }, result: { objects, is_truncated: rng.chance(0.5) } }]);
  if (rng.chance(0.5)) rounds.push([{ tool: 'r2.head_object', args: { bucket: ARCHIVE_BUCKET, key: objects[0]!.key }, result: { ...objects[0]!, etag: rng.hex(32), uploaded: 'today' } }]);
  return { userMessage: `Are today's ${kind} documents reaching the archive?`, rounds, finalAnswer: `Yes, ${objects.length} ${kind} documents this month so far in ${ARCHIVE_BUCKET}.` };
}

function backupTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const files = Array.from({ length: rng.int(2, 5) }, (_, i) => ({ key: `ops-db/${isoDate(ctx.atMs - i * 86_400_000)}.dump.zst`, size: rng.int(2_000_000_000, 9_000_000_000) }));
  return { userMessage: '¿Corrió el respaldo de anoche?', rounds: [[{ tool: 'r2.list_objects', args: { bucket: BACKUP_BUCKET, prefix: 'ops-db/', max_keys: 5 }, result: { objects: files, is_truncated: false } }]], finalAnswer: `Yes, ${files[0]!.key} is in ${BACKUP_BUCKET}.` };
}

function resetTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const vm = rng.pick(VMS.slice(0, 4));
  return {
    userMessage: `${vm} no responde, reinícialo.`,
    rounds: [[{ tool: 'gcp.reset_instance', args: { project: 'acme-freight-prod', zone: 'southamerica-west1-a', instance: vm }, result: { operation: `operation-${rng.hex(12)}`, status: 'DONE' }, http: [{ method: 'POST', url: `https://compute.googleapis.example/compute/v1/projects/acme-freight-prod/zones/southamerica-west1-a/instances/${vm}/reset`, statusCode: 200 }] }], [postCall(ctx, `Reiniciado ${vm}.`)]],
    finalAnswer: `Reset ${vm}; it is back.`,
  };
}

function certTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const partners = rng.sample(EDI_PARTNERS, rng.int(2, 5)).map((p) => ({ partner: p.id, endpoint: p.endpoint, expires: isoDate(ctx.atMs + rng.int(5, 400) * 86_400_000) }));
  return { userMessage: 'Which partner AS2 certificates expire soon?', rounds: [[{ tool: 'edi_gateway.list_certificates', args: { expiring_within_days: 400 }, result: { certificates: partners } }]], finalAnswer: `${partners.length} partner certificates listed with their expiry.` };
}

/** The rarer case: one stale object removed from the archive (a failed partial upload, or a scan stored twice). */
function removeObjectTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const din = declarationNumber(rng, 'Valparaíso');
  const key = archivePath(ctx.atMs, 'customs', `DIN_${din}${rng.pick(['.pdf.part', '_copy.pdf', '(1).pdf'])}`);
  return {
    userMessage: `There is a broken copy of DIN ${din} in the archive (${key}). Remove that one object.`,
    rounds: [
      [{ tool: 'r2.head_object', args: { bucket: ARCHIVE_BUCKET, key }, result: { key, size: rng.int(0, 60_000), uploaded: 'yesterday' } }],
      [{ tool: 'r2.delete_object', args: { bucket: ARCHIVE_BUCKET, key }, result: { deleted: true }, http: [{ method: 'DELETE', url: `https://acme-freight.r2.cloudflarestorage.example/${ARCHIVE_BUCKET}/${encodeURIComponent(key)}`, statusCode: 204 }] }],
    ],
    finalAnswer: `Removed the broken copy ${key}; the good DIN ${din} stays.`,
  };
}

/** The rarer case: a trading partner's EDI endpoint added from its signed set-up form. */
function addPartnerTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const partner = rng.pick([{ id: 'DPW-CLL', endpoint: 'https://edi.dpworld-callao.example/as2' }, { id: 'TCP-MVD', endpoint: 'https://edi.tcp-montevideo.example/as2' }, { id: 'APMT-CLL', endpoint: 'https://edi.apmterminals-callao.example/as2' }]);
  return {
    userMessage: `${partner.id} sent their signed EDI set-up form. Add them to the gateway as the form says.`,
    rounds: [
      [{ tool: 'gdrive.get_file', args: { drive: 'TI', path: `EDI/alta_${partner.id}.pdf`, export: 'text' }, result: { name: `alta_${partner.id}.pdf`, text: `EDI partner set-up, signed by both parties. Partner ${partner.id}, AS2 endpoint ${partner.endpoint}, messages COPARN/COARRI.` } }],
      [{ tool: 'edi_gateway.add_partner', args: { partner: partner.id, as2_endpoint: partner.endpoint, messages: ['COPARN', 'COARRI'] }, result: { partner: partner.id, status: 'active' } }],
    ],
    finalAnswer: `Added ${partner.id} with the endpoint in its signed form.`,
  };
}

/** At weekends only: the OS patch job over the production VMs, reported to the space. */
function weekendPatchTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  return {
    userMessage: 'Es fin de semana: corre el parche de sistema operativo en las VMs de producción.',
    rounds: [
      [{ tool: 'gcp.run_patch_job', args: { project: 'acme-freight-prod', instance_filter: { labels: { env: 'prod' } }, reboot_config: 'DEFAULT', duration: '3600s', rollout: { mode: 'ZONE_BY_ZONE', disruption_budget: 1 } }, result: { patch_job: `patchJobs/${rng.hex(12)}`, state: 'SUCCEEDED', instances: VMS.length }, http: [{ method: 'POST', url: 'https://osconfig.googleapis.example/v1/projects/acme-freight-prod/patchJobs:execute', statusCode: 200 }] }],
      [postCall(ctx, `Parche semanal aplicado en ${VMS.length} VMs.`)],
    ],
    finalAnswer: `Patched ${VMS.length} production VMs, one zone at a time.`,
  };
}

export function holdoutBaDevopsWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.rng.pick(IT_STAFF),
    turns: buildTurns(ctx, [healthTurn, ediTurn, archiveTurn, backupTurn, resetTurn, certTurn, removeObjectTurn, addPartnerTurn, weekendPatchTurn], [0.28, 0.22, 0.16, 0.13, 0.07, 0.06, 0.035, 0.035, [0, 6].includes(new Date(ctx.atMs).getUTCDay()) ? 0.35 : 0]),
  };
}
