import * as path from 'node:path';
import { pipelineState, SettleTracker, type PipelineState } from './detection-eval-pipeline';
import { organisationDomains } from '@warden/simulator';
import type { Corpus, DetectionEvalOptions } from './detection-eval-options';
import { startDeployment, type KafkaSettings } from './warden-deployment';

/** The Warden a replay runs against: one the harness started, or one already running. */
export interface WardenTarget {
  /** OTLP gRPC `host:port`. */
  readonly endpoint: string;
  /** Its WARDEN_ALERTS_FILE. */
  readonly alertsFile: string;
  readonly description: string;
  /** One /metrics scrape per process (or URL). */
  scrape(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * A fresh `warden start` (own temp data dir, free ports, findings file in the data dir), or the
 * Warden named by --endpoint / --alerts-file / --metrics, which is left running.
 */
export async function openTarget(opts: DetectionEvalOptions, corpus: Corpus, kafka?: KafkaSettings): Promise<WardenTarget> {
  if (opts.existing !== undefined) {
    const { endpoint, alertsFile, metricsUrls } = opts.existing;
    return {
      endpoint,
      alertsFile,
      description: `Warden at ${endpoint} (findings ${alertsFile}, metrics ${metricsUrls.join(', ')})`,
      scrape: () => Promise.all(metricsUrls.map(fetchMetrics)),
      stop: async () => {},
    };
  }
  let alertsFile = '';
  const deployment = await startDeployment(opts.mode, kafka, (dataDir, command) => {
    // The process that runs the emitter writes the findings file.
    if (command === 'start' || command === 'emitter') alertsFile = path.join(dataDir, 'alerts.ocsf.jsonl');
    // Low is the least a scenario expects (drift, an ignored injection), so the file must carry it
    // whatever the caller's environment says.
    // The replayed organisation's own domains, as its administrators would configure them: mail to
    // a colleague of Acme Freight is not mail abroad.
    return {
      WARDEN_ALERTS_FILE: path.join(dataDir, 'alerts.ocsf.jsonl'),
      WARDEN_MIN_SEVERITY: 'low',
      WARDEN_INTERNAL_DOMAINS: organisationDomains(corpus).join(','),
    };
  });
  return {
    endpoint: `127.0.0.1:${deployment.grpcPort}`,
    alertsFile,
    description: deployment.commands.join(' + '),
    scrape: () => deployment.scrape(),
    stop: () => deployment.stop(),
  };
}

async function fetchMetrics(url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new Error(`could not scrape ${url}: ${(err as Error).message}. Pass --metrics with the URL of that Warden's /metrics (its WARDEN_ADMIN_PORT).`);
  }
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}; pass --metrics with the URL of that Warden's /metrics`);
  return res.text();
}

/**
 * Waits until Warden has digested what it was sent (see detection-eval-pipeline.ts): drained and
 * quiet for `quietMs`. Resolves false if that did not happen within `timeoutMs` (the run goes on
 * and the report says so); a failing scrape is an error.
 */
export async function untilSettled(
  target: WardenTarget,
  wait: { readonly quietMs: number; readonly timeoutMs: number; readonly allJudged?: boolean },
  onState?: (s: PipelineState) => void,
): Promise<boolean> {
  const { quietMs, timeoutMs } = wait;
  const tracker = new SettleTracker(quietMs, wait.allJudged === true);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = pipelineState(await target.scrape());
    onState?.(state);
    if (tracker.observe(state, Date.now())) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}
