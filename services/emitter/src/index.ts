// The emitter: findings in from the bus, OCSF Detection Findings out to delivery targets.
export type { Emitter, EmitterConfig, EmitterDeps, EmitterStats } from './emitter';
export { createEmitter } from './emitter';

// The delivery core every target plugs into (the contract is delivery/delivery-target.ts).
export type { BatchLimits, DeliveryOutcome, DeliveryTarget, OutboundRecord } from './delivery/delivery-target';
export type { OutcomeKind, SinkDeliveryOptions, SinkDeliveryStats } from './delivery/sink-delivery';
export { sinkNameProblems } from './delivery/sink-delivery';
export type { BackoffPolicy } from './delivery/backoff';
export { DEFAULT_BACKOFF } from './delivery/backoff';
export type { DeadLetter } from './delivery/dead-letter-store';
export type { Sleep } from '@warden/core';
// An in-memory target for tests of code that wires targets (ours and users').
export type { RecordingTarget, Responder } from './delivery/recording-target';
export { createRecordingTarget } from './delivery/recording-target';

// Targets.
export type { FileTargetOptions } from './file-sink';
export { classifyFileWriteError, createFileTarget } from './file-sink';

// In-process observers (not spooled).
export type { EmittedFinding, FindingSink } from './finding-sink';
export { createConsoleSink, summarizeFinding } from './console-sink';


// SIEM and stream targets (each folder's index has its encoders and classifiers too).
export type { SplunkHecConfig, SplunkHecTarget } from './sinks/splunk-hec';
export { createSplunkHecTarget, validateSplunkHecConfig } from './sinks/splunk-hec';
export type { SentinelConfig } from './sinks/sentinel';
export { createSentinelTarget, validateSentinelConfig } from './sinks/sentinel';
export type { WebhookConfig } from './sinks/webhook';
export { createWebhookTarget, validateWebhookConfig } from './sinks/webhook';
export type { KafkaSinkConfig } from './sinks/kafka';
export { createKafkaTarget, validateKafkaSinkConfig } from './sinks/kafka';
