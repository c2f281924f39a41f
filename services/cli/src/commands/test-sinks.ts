import { randomBytes, randomUUID } from 'node:crypto';
import { systemClock, type RiskFinding } from '@warden/core';
import { createFileTarget, type DeliveryOutcome, type DeliveryTarget, type OutboundRecord } from '@warden/emitter';
import { toDetectionFinding } from '@warden/ocsf';
import { parseOptions } from '../cli';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../logger';
import { PRODUCT } from '../product';
import { configuredSinkTargets, inVariableTerms } from '../sinks/configured-sinks';

/**
 * A finding that says what it is, so nobody in the SOC chases it: Informational, its own
 * incident id each run, and a title that names the command. Falcosidekick's `/test` endpoint
 * does the same for its outputs.
 */
export function syntheticFinding(nowMs: number): RiskFinding {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  const location = { traceId, spanId, timeMs: nowMs, spanName: 'warden.test_sinks' };
  return {
    findingId: `warden-test-${randomUUID()}`,
    activity: 'create',
    revision: 1,
    category: 'reliability',
    tenant: 'warden',
    agentId: 'warden-test-sinks',
    agentType: 'warden-test',
    agentName: 'warden test-sinks',
    sessionId: `test-sinks-${nowMs}`,
    riskScore: 0,
    severity: 'informational',
    confidence: 1,
    title: 'Warden sink test: connectivity check, no action needed',
    summary: 'Sent by `warden test-sinks` to check that findings reach this destination. It is not a detection.',
    signals: [
      {
        id: 'sig-test-1',
        type: 'drift',
        rule: 'warden.test_sinks',
        score: 0,
        contribution: 0,
        explanation: 'Synthetic finding sent by warden test-sinks.',
        location,
      },
    ],
    trigger: { ...location, receivedAtMs: nowMs },
    relatedSpans: [location],
    resources: [],
    destinations: [],
    firstSeenMs: nowMs,
    lastSeenMs: nowMs,
    remediation: 'None: this is a connectivity test from warden test-sinks.',
  };
}

export interface SinkTestResult {
  readonly sink: string;
  readonly kind: string;
  readonly outcome: DeliveryOutcome | { readonly kind: 'start_failed'; readonly reason: string };
  readonly elapsedMs: number;
}

/** Starts each target, sends it the record once (no retries: the point is to see the answer), stops it. */
export async function testTargets(targets: readonly DeliveryTarget[], record: OutboundRecord, timeoutMs: number): Promise<SinkTestResult[]> {
  return Promise.all(
    targets.map(async (target): Promise<SinkTestResult> => {
      const started = Date.now();
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        await target.start?.();
      } catch (err) {
        return { sink: target.name, kind: target.kind, outcome: { kind: 'start_failed', reason: (err as Error).message }, elapsedMs: Date.now() - started };
      }
      try {
        const outcome = await target.send([record], signal);
        return { sink: target.name, kind: target.kind, outcome, elapsedMs: Date.now() - started };
      } finally {
        await target.stop?.().catch(() => undefined);
      }
    }),
  );
}

/** `warden test-sinks`: one synthetic finding to every configured sink, and what each answered. */
export async function runTestSinks(args: readonly string[]): Promise<number> {
  const opts = parseOptions(args, { 'timeout-seconds': { type: 'string' }, json: { type: 'boolean' } });
  const timeoutMs = Number(opts['timeout-seconds'] ?? 30) * 1000;
  const { config, warnings } = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  for (const w of warnings) logger.warn({}, w);
  const nowMs = systemClock.nowMs();
  const finding = syntheticFinding(nowMs);
  const ocsf = toDetectionFinding(finding, { nowMs, product: PRODUCT });
  const record: OutboundRecord = {
    id: `${finding.findingId}:${finding.revision}`,
    findingId: finding.findingId,
    revision: finding.revision,
    activity: finding.activity,
    severity: finding.severity,
    ocsf,
  };
  const targets = [
    createFileTarget({ file: config.alertsFile, minSeverity: config.minSeverity }),
    ...configuredSinkTargets(config.sinks, { logger, clock: systemClock }),
  ];
  const results = await testTargets(targets, record, timeoutMs);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ findingId: finding.findingId, recordUid: record.id, results })}\n`);
  } else {
    process.stdout.write(`Sent test finding ${record.id} (Informational) to ${results.length} sink${results.length === 1 ? '' : 's'}:\n`);
    for (const r of results) {
      const ok = r.outcome.kind === 'delivered';
      const why = 'reason' in r.outcome ? `: ${inVariableTerms(r.outcome.reason)}` : '';
      process.stdout.write(`  ${ok ? 'ok  ' : 'FAIL'}  ${r.sink} (${r.kind})  ${r.outcome.kind}${why}  [${r.elapsedMs} ms]\n`);
    }
    if (results.length === 1) {
      process.stdout.write('Only the findings file is configured; set WARDEN_SPLUNK_HEC_URL, WARDEN_SENTINEL_ENDPOINT, WARDEN_WEBHOOK_URL or WARDEN_KAFKA_SINK_BROKERS to add a SIEM (see `warden config`).\n');
    }
  }
  return results.every((r) => r.outcome.kind === 'delivered') ? 0 : 1;
}
