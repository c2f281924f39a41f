import * as path from 'node:path';
import { MemoryBus, type Subscription } from '@warden/bus';
import { Topics, systemClock, type Clock, type Logger } from '@warden/core';
import { createBaselineWorker, type BaselineWorker } from '@warden/baseline';
import { DEFAULT_BACKOFF, createConsoleSink, createEmitter, createFileTarget, type DeliveryTarget, type Emitter, type FindingSink } from '@warden/emitter';
import { createOtlpReceiver, validateReceiverConfig } from '@warden/receiver';
import { createResponder, type Responder } from '@warden/responder';
import { createScoringWorker, type ScoringWorker } from '@warden/scorer';
import type { WardenConfig } from './config/load-config';
import { PRODUCT } from './product';
import { configuredSinkTargets } from './sinks/configured-sinks';
import { createAdminServer } from './telemetry/admin-server';
import { WardenMetrics } from './telemetry/warden-metrics';

export interface EmbeddedWarden {
  start(): Promise<void>;
  /** Stops taking spans, lets what was accepted flow through to the sinks (briefly: the rest stays spooled), then stops. */
  stop(): Promise<void>;
  readonly grpcPort: () => number;
  readonly httpPort: () => number;
  readonly adminPort: () => number;
  stats(): EmbeddedStats;
}

export interface EmbeddedStats {
  readonly spansAccepted: number;
  readonly spansRejected: number;
  readonly eventsScored: number;
  readonly findingsDelivered: number;
  readonly profilesPublished: number;
  readonly queued: number;
}

export interface EmbeddedOptions {
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Where finding summaries are printed; none = not printed. */
  readonly console?: NodeJS.WritableStream;
  /** Extra in-process observers of findings (the demo's scorecard, tests); not spooled. */
  readonly sinks?: readonly FindingSink[];
  /** Extra delivery targets (tests); spooled and retried like the findings file. */
  readonly targets?: readonly DeliveryTarget[];
  /** How often the workers look for idle sessions (tests shorten it). */
  readonly tickMs?: number;
}

/**
 * The default product: receiver, baseline worker, scoring worker and emitter in one process over
 * the in-memory bus. Started downstream-first so nothing is published before its consumer exists,
 * stopped upstream-first so queued work drains into the sinks.
 */
export function createEmbeddedWarden(config: WardenConfig, options: EmbeddedOptions): EmbeddedWarden {
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  const bus = new MemoryBus({ capacityPerGroup: config.busCapacity, logger: logger.child({ component: 'bus' }) });
  const sessionIdleMs = config.sessionIdleSeconds * 1000;
  // Every destination is a DeliveryTarget: one line here each, the delivery core does the rest.
  const targets: DeliveryTarget[] = [
    createFileTarget({ file: config.alertsFile, minSeverity: config.minSeverity }),
    ...configuredSinkTargets(config.sinks, { logger, clock }),
    ...(options.targets ?? []),
  ];
  const observers: FindingSink[] = [
    ...(options.console ? [createConsoleSink({ out: options.console, minSeverity: config.minSeverity })] : []),
    ...(options.sinks ?? []),
  ];
  const ready: Record<string, boolean> = { bus: false, emitter: false, responder: false, scorer: false, baseline: false, receiver: false };
  // Assigned below: the metrics read every component's stats, and the emitter reports to them.
  let metrics: WardenMetrics | undefined;
  const emitter: Emitter = createEmitter(
    {
      product: PRODUCT,
      spoolDir: path.join(config.dataDir, 'spool'),
      deadLetterDir: path.join(config.dataDir, 'dead-letter'),
      delivery: {
        maxSpoolBytes: config.sinks.spoolMaxBytes,
        backoff: { ...DEFAULT_BACKOFF, maxMs: config.sinks.retryMaxSeconds * 1000 },
      },
      forensicsBaseUrl: config.adminExternalUrl,
    },
    { bus, logger, clock, targets, sinks: observers, onDelivered: (finding, _sink, atMs) => metrics?.observeDelivered(finding, atMs) },
  );
  const responder: Responder = createResponder(
    {
      dataDir: config.dataDir,
      policy: config.response.policy,
      killSwitch: config.response.killSwitch,
      ...(config.response.controlPlane ? { controlPlane: config.response.controlPlane } : {}),
      ...(options.tickMs ? { tickMs: options.tickMs } : {}),
    },
    { bus, logger, clock, onContained: (seconds, action) => metrics?.observeContainment(seconds, action) },
  );
  const detection = { internalDomains: config.internalDomains };
  const scorer: ScoringWorker = createScoringWorker(
    { sessionIdleMs, scorer: detection, ...(options.tickMs ? { tickMs: options.tickMs } : {}) },
    { bus, logger, clock },
  );
  const baseline: BaselineWorker = createBaselineWorker(
    {
      sessionIdleMs,
      stateFile: path.join(config.dataDir, 'profiles.json'),
      learner: detection,
      ...(options.tickMs ? { tickMs: options.tickMs } : {}),
    },
    { bus, logger, clock },
  );
  const receiver = createOtlpReceiver(
    validateReceiverConfig({
      host: config.otlpHost,
      grpcPort: config.otlpGrpcPort,
      httpPort: config.otlpHttpPort,
      maxRequestBytes: config.otlpMaxRequestBytes,
      ...(config.receiverTokens ? { tokens: config.receiverTokens } : {}),
    }),
    { publisher: bus, logger, clock },
  );

  metrics = new WardenMetrics(
    {
      receiver: () => receiver.stats(),
      bus: () => bus.stats(),
      baseline: () => baseline.stats(),
      scorer: () => scorer.stats(),
      emitter: () => emitter.stats(),
      responder: () => responder.stats(),
      components: () => ready,
    },
    { version: PRODUCT.version, clock },
  );
  const observed = metrics;
  const admin = createAdminServer(
    { host: config.adminHost, port: config.adminPort, ...(config.adminTokens ? { tokens: config.adminTokens } : {}) },
    { registry: observed.registry, components: () => ready, logger: logger.child({ component: 'admin' }), responder },
  );
  let metricsFeed: Subscription | undefined;

  const queued = () => bus.stats().reduce((n, g) => n + g.depth, 0);

  return {
    async start() {
      await admin.start();
      await bus.start();
      ready.bus = true;
      metricsFeed = await bus.subscribe(Topics.events, { group: 'metrics' }, async (batch) => {
        observed.observeEvents(batch.map((r) => r.value));
      });
      await emitter.start();
      ready.emitter = true;
      await responder.start();
      ready.responder = true;
      await scorer.start();
      ready.scorer = true;
      await baseline.start();
      ready.baseline = true;
      await receiver.start();
      ready.receiver = true;
    },
    async stop() {
      for (const k of Object.keys(ready)) ready[k] = false;
      await receiver.stop();
      const deadline = clock.nowMs() + 10_000;
      while (queued() > 0 && clock.nowMs() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (queued() > 0) logger.warn({ queued: queued() }, 'stopping with work still queued');
      await baseline.stop();
      await scorer.stop();
      const findingsDeadline = clock.nowMs() + 5_000;
      while (queued() > 0 && clock.nowMs() < findingsDeadline) await new Promise((r) => setTimeout(r, 20));
      // The responder's last notes go through the emitter, so it stops first.
      await responder.stop();
      while (queued() > 0 && clock.nowMs() < findingsDeadline + 2_000) await new Promise((r) => setTimeout(r, 20));
      await emitter.stop();
      await metricsFeed?.close();
      await bus.stop();
      await admin.stop();
    },
    grpcPort: () => receiver.grpcPort(),
    httpPort: () => receiver.httpPort(),
    adminPort: () => admin.port(),
    stats() {
      const r = Object.values(receiver.stats());
      return {
        spansAccepted: r.reduce((n, p) => n + p.spansAccepted, 0),
        spansRejected: r.reduce((n, p) => n + Object.values(p.spansRejected).reduce((a, b) => a + b, 0), 0),
        eventsScored: scorer.stats().eventsScored,
        findingsDelivered: Object.values(emitter.stats().delivered).reduce((a, b) => a + b, 0),
        profilesPublished: baseline.stats().profilesPublished,
        queued: queued(),
      };
    },
  };
}
