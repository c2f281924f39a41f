import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { systemClock } from '@warden/core';
import type { EmittedFinding, FindingSink } from '@warden/emitter';
import { deliveryLog, organisationDomains, runSimulation, type ScenarioLabel } from '@warden/simulator';
import { loadConfig } from '../config/load-config';
import { createEmbeddedWarden, type EmbeddedWarden } from '../embedded-warden';
import { createLogger } from '../logger';
import { scorecard, type SeenFinding } from './demo-scorecard';
import { explainListenError } from './process-helpers';
import { ProgressLine } from './progress-line';
import { parseSimulateArgs, simulationOptions } from './simulate';

/**
 * `warden demo`: Warden and a simulated fleet in one process. The fleet first replays a few
 * simulated days of ordinary work (Warden learns its baselines from it), then runs live with the
 * nine attack scenarios mixed in; each finding is printed as it appears, and a scorecard at the
 * end says which attacks were caught, how fast, and how many ordinary sessions were flagged.
 */
export async function runDemo(args: readonly string[]): Promise<number> {
  const sim = parseSimulateArgs(['--endpoint', 'unused', '--history', '600', '--live', '60', '--rate', '3', ...args], false);
  const dataDir = process.env.WARDEN_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'warden-demo-'));
  // The simulated organisation's own domains, unless the user says otherwise.
  const internalDomains = process.env.WARDEN_INTERNAL_DOMAINS ?? organisationDomains(sim.corpus).join(',');
  const { config, warnings } = loadConfig(process.env, { dataDir, internalDomains });
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  for (const w of warnings) logger.warn({}, w);

  const findings: SeenFinding[] = [];
  const delivered = deliveryLog();
  const collector: FindingSink = {
    name: 'demo-scorecard',
    minSeverity: 'informational',
    async write(batch: readonly EmittedFinding[]) {
      const seenAtMs = systemClock.nowMs();
      for (const b of batch) findings.push({ finding: b.finding, seenAtMs });
    },
  };
  const line = new ProgressLine(process.stderr);
  const out = {
    write(chunk: string) {
      line.clear();
      return process.stdout.write(chunk);
    },
  } as unknown as NodeJS.WritableStream;
  const warden = createEmbeddedWarden(config, { logger, console: out, sinks: [collector] });
  try {
    await warden.start();
  } catch (err) {
    throw explainListenError(err, config);
  }
  process.stdout.write(
    `Warden demo: receiver on gRPC ${config.otlpHost}:${warden.grpcPort()}, findings in ${config.alertsFile}\n` +
      `Replaying ${sim.historySessions} ordinary sessions of history, then ${sim.liveSessions} live sessions with attacks mixed in.\n\n`,
  );

  let lastSpans = 0;
  let lastAt = Date.now();
  let rate = 0;
  let phase = 'starting';
  let sessions = 0;
  const status = setInterval(() => {
    const s = warden.stats();
    const now = Date.now();
    rate = ((s.spansAccepted - lastSpans) * 1000) / Math.max(1, now - lastAt);
    lastSpans = s.spansAccepted;
    lastAt = now;
    line.update(
      `[${phase}] ${Math.round(rate)} spans/s · ${s.spansAccepted} spans · ${sessions} sessions · ${findings.length} finding records · ${s.queued} queued`,
    );
  }, 500);

  let labels: readonly ScenarioLabel[] = [];
  let sessionsSent = 0;
  try {
    const report = await runSimulation({
      ...simulationOptions({ ...sim, endpoint: `127.0.0.1:${warden.grpcPort()}`, protocol: 'grpc' }, (p) => {
        phase = p.phase;
        sessions = p.sessionsSent;
      }),
      onDelivered: delivered.record,
      // Real history arrives a day at a time and is learned long before the next; the replay
      // compresses a week into seconds, so give Warden the moment it needs to digest each day.
      digest: async () => {
        phase = 'learning';
        await untilDigested(warden);
      },
    });
    labels = report.labels;
    sessionsSent = report.sessionsSent;
    // Let the last spans flow through scoring to the sinks.
    await new Promise((r) => setTimeout(r, 1500));
  } finally {
    clearInterval(status);
    line.clear();
    await warden.stop();
  }
  process.stdout.write(`\n${scorecard({ labels, sessionsSent, findings, deliveredAtMs: delivered.atMs })}\nAll findings (OCSF, one per line): ${config.alertsFile}\n`);
  return 0;
}

/**
 * Until nothing is queued, the scorer has judged every history session (it waits a grace for late
 * spans first) and the baseline has stopped publishing profiles for a moment (at most 20 s):
 * history sessions are learned once the scorer's verdict on each has come back.
 */
async function untilDigested(warden: EmbeddedWarden): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const s = warden.stats();
    if (s.queued > 0 || s.openSessions > 0 || s.profilesPublished !== last) {
      last = s.profilesPublished;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 750) {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
