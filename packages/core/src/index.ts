export type {
  AgentEvent,
  AgentEventKind,
  ContentOrigin,
  ContentPart,
  RequestedToolCall,
  SessionIdSource,
  TelemetryConvention,
} from './agent-event';
export { agentKey, sessionKey } from './agent-event';
export type {
  FindingActivity,
  FindingCategory,
  FindingResponseNote,
  RiskFinding,
  RiskSignal,
  Severity,
  SignalLocation,
  SignalType,
} from './risk-finding';
export { SEVERITY_ORDER, isAtLeast, severityForRisk, severityRank } from './risk-finding';
export { BackpressureError, ConfigError, InvalidInputError, WardenError } from './errors';
export type { Logger } from './logger';
export { silentLogger } from './logger';
export type { Clock, Component } from './component';
export { systemClock } from './component';
export type { ProfileSnapshotMessage, SessionReview, SessionVerdict, TopicName, TopicPayloads } from './topics';
export { Topics } from './topics';
export { isLuhnValid, isValidIban, validIbanPrefix } from './checksums';
export { NATIONAL_ID_PATTERN, isNationalIdKey, isNationalIdShape, normalizeNationalId } from './national-id';
export type { StandardWebhookFailure, StandardWebhookSigningInput, StandardWebhookVerification, StandardWebhookVerifyOptions, WebhookHeaderSource } from './standard-webhooks';
export { DEFAULT_WEBHOOK_TOLERANCE_SECONDS, MIN_WEBHOOK_SECRET_BYTES, STANDARD_WEBHOOK_HEADERS, WEBHOOK_SECRET_PREFIX, signStandardWebhook, verifyStandardWebhook, webhookSigningKey } from './standard-webhooks';
export type { Sleep } from './abortable-sleep';
export { abortableSleep } from './abortable-sleep';
export { recordsReturned } from './records-returned';
export { tryParseJson } from './try-parse-json';
export type { InsertionOrdered } from './drop-oldest';
export { dropOldest } from './drop-oldest';
export { EventTimeWatermark, LATE_ARRIVAL_GRACE_MS, MAX_EVENT_TIME_AHEAD_MS } from './event-time-watermark';
export { IDLE_STREAM_MS, PartitionedEventTime, type AgentEventTime } from './partitioned-event-time';
export type { PersonalDataKind, TextPattern, TextPatternMatch } from './personal-data-patterns';
export { PERSONAL_DATA_PATTERNS, findTextPatterns } from './personal-data-patterns';
