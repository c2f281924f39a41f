import * as path from 'node:path';
import { MemoryBus, type Bus, type MemoryBusGroupStats } from '@warden/bus';
import { createKafkaBus, validateKafkaBusConfig } from '@warden/kafka-bus';
import { Topics, systemClock, type AgentEvent, type Clock, type Logger } from '@warden/core';
import { createBaselineWorker, type BaselineWorker } from '@warden/baseline';
import { DEFAULT_BACKOFF, createConsoleSink, createEmitter, createFileTarget, type DeliveryTarget, type Emitter, type FindingSink } from '@warden/emitter';
import { createOtlpReceiver, validateReceiverConfig, type OtlpReceiver } from '@warden/receiver';
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
  /** Sessions the scorer has not judged yet (ended sessions wait LATE_ARRIVAL_GRACE_MS for late spans). */
  readonly openSessions: number;
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
  /** Run only these components (one service of a Kafka deployment); default all. */
  readonly roles?: readonly WardenRole[];
}

/**
 * The four services of the design. With the in-memory bus all of them run in one process (the
 * default, embedded mode); on Kafka each can run alone (`warden receiver`, ...) and scale out.
 * The responder runs with the emitter: it reads the same findings and its notes go out as
 * findings, so it needs nothing the emitter's process does not already have.
 */
export const WARDEN_ROLES = ['receiver', 'baseline', 'scorer', 'emitter'] as const;
export type WardenRole = (typeof WARDEN_ROLES)[number];

/**
 * Warden's components over one bus. By default all of them (the product in one process); with
 * `roles`, only those (one service of a Kafka deployment). Started downstream-first so nothing is
 * published before its consumer exists, stopped upstream-first so queued work drains into the sinks.
 */
export function createEmbeddedWarden(config: WardenConfig, options: EmbeddedOptions): EmbeddedWarden {
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  const roles = new Set<WardenRole>(options.roles ?? WARDEN_ROLES);
  const { bus, busStats } = transportFor(config, logger, clock);
  const sessionIdleMs = config.sessionIdleSeconds * 1000;
  const ready: Record<string, boolean> = { bus: false };
  // Assigned below: the metrics read every component's stats, and the emitter reports to them.
  let metrics: WardenMetrics | undefined;

  let emitter: Emitter | undefined;
  let responder: Responder | undefined;
  if (roles.has('emitter')) {
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
    emitter = createEmitter(
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
    responder = createResponder(
      {
        dataDir: config.dataDir,
        policy: config.response.policy,
        killSwitch: config.response.killSwitch,
        ...(config.response.controlPlane ? { controlPlane: config.response.controlPlane } : {}),
        ...(options.tickMs ? { tickMs: options.tickMs } : {}),
      },
      { bus, logger, clock, onContained: (seconds, action) => metrics?.observeContainment(seconds, action) },
    );
    ready.emitter = false;
    ready.responder = false;
  }
  const detection = { internalDomains: config.internalDomains, approvedTools: config.approvedTools, approvedDestinations: config.approvedDestinations };
  let scorer: ScoringWorker | undefined;
  if (roles.has('scorer')) {
    scorer = createScoringWorker({ sessionIdleMs, scorer: detection, ...(options.tickMs ? { tickMs: options.tickMs } : {}) }, { bus, logger, clock });
    ready.scorer = false;
  }
  let baseline: BaselineWorker | undefined;
  if (roles.has('baseline')) {
    baseline = createBaselineWorker(
      {
        sessionIdleMs,
        stateFile: path.join(config.dataDir, 'profiles.json'),
        learner: detection,
        ...(options.tickMs ? { tickMs: options.tickMs } : {}),
      },
      { bus, logger, clock },
    );
    ready.baseline = false;
  }
  let receiver: OtlpReceiver | undefined;
  if (roles.has('receiver')) {
    receiver = createOtlpReceiver(
      validateReceiverConfig({
        host: config.otlpHost,
        grpcPort: config.otlpGrpcPort,
        httpPort: config.otlpHttpPort,
        maxRequestBytes: config.otlpMaxRequestBytes,
        ...(config.receiverTokens ? { tokens: config.receiverTokens } : {}),
      }),
      {
        // Fleet metrics count the events as the receiver publishes them (once per accepted span),
        // rather than reading them back from the bus: on Kafka that was a second decompression
        // and parse of every event, in memory a queue of every event held for the metrics.
        publisher: {
          publish: async (topic, records) => {
            await bus.publish(topic, records);
            if (topic === Topics.events) metrics?.observeEvents(records.map((rec) => rec.value as AgentEvent));
          },
        },
        logger,
        clock,
      },
    );
    ready.receiver = false;
  }

  const r = receiver;
  const b = baseline;
  const sc = scorer;
  const em = emitter;
  const rs = responder;
  metrics = new WardenMetrics(
    {
      bus: busStats,
      ...(r ? { receiver: () => r.stats() } : {}),
      ...(b ? { baseline: () => b.stats() } : {}),
      ...(sc ? { scorer: () => sc.stats() } : {}),
      ...(em ? { emitter: () => em.stats() } : {}),
      ...(rs ? { responder: () => rs.stats() } : {}),
      components: () => ready,
    },
    { version: PRODUCT.version, clock },
  );
  const observed = metrics;
  const admin = createAdminServer(
    { host: config.adminHost, port: config.adminPort, ...(config.adminTokens ? { tokens: config.adminTokens } : {}) },
    { registry: observed.registry, components: () => ready, logger: logger.child({ component: 'admin' }), ...(rs ? { responder: rs } : {}) },
  );

  // On Kafka nothing waits in this process: what is not consumed yet stays in the topics.
  const queued = () => busStats().reduce((n, g) => n + g.depth, 0);
  const drain = async (untilMs: number) => {
    while (queued() > 0 && clock.nowMs() < untilMs) await new Promise((res) => setTimeout(res, 20));
  };
  const startOne = async (name: string, component: { start(): Promise<void> } | undefined) => {
    if (!component) return;
    await component.start();
    ready[name] = true;
  };

  return {
    async start() {
      await admin.start();
      await bus.start();
      ready.bus = true;
      await startOne('emitter', em);
      await startOne('responder', rs);
      await startOne('scorer', sc);
      await startOne('baseline', b);
      await startOne('receiver', r);
    },
    async stop() {
      for (const k of Object.keys(ready)) ready[k] = false;
      await r?.stop();
      await drain(clock.nowMs() + 10_000);
      if (queued() > 0) logger.warn({ queued: queued() }, 'stopping with work still queued');
      await b?.stop();
      await sc?.stop();
      const findingsDeadline = clock.nowMs() + 5_000;
      await drain(findingsDeadline);
      // The responder's last notes go through the emitter, so it stops first.
      await rs?.stop();
      await drain(findingsDeadline + 2_000);
      await em?.stop();
      await bus.stop();
      await admin.stop();
    },
    grpcPort: () => r?.grpcPort() ?? 0,
    httpPort: () => r?.httpPort() ?? 0,
    adminPort: () => admin.port(),
    stats() {
      const protocols = r ? Object.values(r.stats()) : [];
      return {
        spansAccepted: protocols.reduce((n, p) => n + p.spansAccepted, 0),
        spansRejected: protocols.reduce((n, p) => n + Object.values(p.spansRejected).reduce((a, c) => a + c, 0), 0),
        eventsScored: sc?.stats().eventsScored ?? 0,
        findingsDelivered: em ? Object.values(em.stats().delivered).reduce((a, c) => a + c, 0) : 0,
        profilesPublished: b?.stats().profilesPublished ?? 0,
        queued: queued(),
        openSessions: sc?.stats().liveSessions ?? 0,
      };
    },
  };
}

/**
 * The in-memory bus (embedded mode), or Kafka when WARDEN_KAFKA_BROKERS is set: the components
 * cannot tell which. Only the in-memory bus has per-group queues to report; on Kafka, consumer
 * lag is Kafka's own metric (kafka-consumer-groups, or the cluster's exporter).
 */
function transportFor(config: WardenConfig, logger: Logger, clock: Clock): { bus: Bus; busStats: () => readonly MemoryBusGroupStats[] } {
  if (config.kafka) {
    const bus = createKafkaBus(
      validateKafkaBusConfig({
        brokers: [...config.kafka.brokers],
        topicPrefix: config.kafka.topicPrefix,
        partitions: config.kafka.partitions,
        replicationFactor: config.kafka.replicationFactor,
        ...config.kafka.security,
      }),
      { logger: logger.child({ component: 'bus' }), clock },
    );
    return { bus, busStats: () => [] };
  }
  const bus = new MemoryBus({ capacityPerGroup: config.busCapacity, logger: logger.child({ component: 'bus' }) });
  return { bus, busStats: () => bus.stats() };
}
