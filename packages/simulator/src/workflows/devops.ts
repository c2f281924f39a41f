/**
 * devops-agent (OTel GenAI, Anthropic): metrics, the usual few buckets and tables, reports to
 * #ops-alerts, and the `status.check` plugin whose HTTP client span always goes to the same host.
 */
import { USUAL_BUCKETS, USUAL_TABLES } from '../fake-data';
import type { Prng } from '../prng';
import type { SessionScript, ToolCall, TurnScript } from '../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from './workflow';
import type { WorkflowContext } from './workflow';

export const ONCALL_ENGINEERS: readonly string[] = ['sre.maya', 'sre.jon', 'sre.ines'];
export const STATUS_HOST = 'status.acme.example';
const SERVICES = ['checkout', 'search', 'payments-gateway', 'auth', 'notifications'];

export function statusCheckCall(rng: Prng, service: string, host: string = STATUS_HOST, mark?: string): ToolCall {
  return {
    tool: 'status.check',
    args: { service },
    result: { service, status: rng.chance(0.9) ? 'operational' : 'degraded', checked_at: 'now' },
    http: [{ method: 'GET', url: `https://${host}/api/v2/health?service=${service}`, statusCode: 200 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

export function dbQueryCall(rng: Prng, table: string, mark?: string): ToolCall {
  return {
    tool: 'db.query',
    args: { table, sql: `SELECT * FROM ${table} ORDER BY created_at DESC LIMIT 20` },
    result: { rows: Array.from({ length: rng.int(2, 6) }, (_, i) => ({ id: i + 1, table, status: rng.pick(['ok', 'ok', 'failed']) })) },
    ...(mark === undefined ? {} : { mark }),
  };
}

function latencyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const service = rng.pick(SERVICES);
  const p99 = rng.int(180, 900);
  const rounds: ToolCall[][] = [
    [{ tool: 'metrics.query', args: { query: `histogram_quantile(0.99, rate(http_server_duration_bucket{service="${service}"}[5m]))`, range: '1h' }, result: { series: [{ service, p99_ms: p99 }] } }],
    [dbQueryCall(rng, rng.pick(USUAL_TABLES.slice(0, 2)))],
  ];
  if (rng.chance(0.5)) {
    rounds.push([{ tool: 'slack.post_message', args: { channel: '#ops-alerts', text: `${service} p99 is ${p99} ms over the last hour; last deploy looks clean.` }, result: { ok: true, ts: `${rng.int(1700000000, 1800000000)}.000100` } }]);
  }
  return { userMessage: `Why is ${service} latency up?`, rounds, finalAnswer: `${service} p99 is ${p99} ms; no failing deploys found.` };
}

function logsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const bucket = rng.pick(USUAL_BUCKETS);
  const key = `deploys/2026/${String(rng.int(1, 12)).padStart(2, '0')}/${rng.pick(SERVICES)}.log`;
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) rounds.push([{ tool: 'storage.list_objects', args: { bucket, prefix: 'deploys/' }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push(
    [{ tool: 'storage.list_objects', args: { bucket, prefix: 'deploys/' }, result: { objects: [{ key, size: rng.int(2000, 90000) }] } }],
    [{ tool: 'storage.read_object', args: { bucket, key }, result: `2026-01-12T10:02:11Z deploy ${key} ok\n2026-01-12T10:04:50Z healthcheck passed` }],
  );
  return { userMessage: 'Pull the latest deploy log for me.', rounds, finalAnswer: `The latest deploy log in ${bucket} shows a clean rollout.` };
}

function statusTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const service = rng.pick(SERVICES);
  return { userMessage: `Is ${service} healthy right now?`, rounds: [[statusCheckCall(rng, service)]], finalAnswer: `${service} reports operational.` };
}

function incidentTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  return {
    userMessage: 'Any open incidents from last night?',
    rounds: [[dbQueryCall(rng, 'incidents')], [dbQueryCall(rng, 'deployments')]],
    finalAnswer: 'One incident was resolved at 02:10; nothing is open.',
  };
}

export function devopsWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.rng.pick(ONCALL_ENGINEERS),
    turns: buildTurns(ctx, [latencyTurn, logsTurn, statusTurn, incidentTurn], [0.3, 0.25, 0.3, 0.15]),
  };
}
