// Configuration
export type { DetectionConfig, ProfileLearnerConfig, SessionScorerConfig } from './config';
export { DEFAULT_DETECTION_CONFIG, resolveDetectionConfig } from './config';

// Profiles (baseline worker)
export type { AgentProfile, ProfileBounds, ProfileKind } from './profile/agent-profile';
export { emptyProfile, learnSession, parseProfile, profileSubject } from './profile/agent-profile';
export type { BaselineSource } from './profile/baseline';
export { Baseline } from './profile/baseline';
export type { CountEntry, CountMap } from './profile/count-map';
export type { NumberStats } from './profile/number-stats';
export type { HeldSession, LearnerState, LearnerStats } from './profile/profile-learner';
export { ProfileLearner } from './profile/profile-learner';
export type { CallRecord, SessionFeatureState } from './profile/session-features';
export { addToSession, newSessionFeatures, peakCallsPerMinute, toolCounts, transitionsOf } from './profile/session-features';

// Scoring (scoring worker)
export type { ScorerState, ScorerStats } from './scoring/session-scorer';
export { SessionScorer } from './scoring/session-scorer';
export type { ActionMark, CompositeRisk } from './scoring/composite-risk';
export { CORRELATION_WEIGHT, compositeRisk, correlationHit } from './scoring/composite-risk';

// Signals: pure detectors
export type { CorrelationRole, SignalHit } from './signals/signal-hit';
export { ATLAS } from './signals/signal-hit';
export type { InjectionAssessment, InjectionContext, InjectionFeature } from './signals/injection';
export { assessInjection, isUntrustedOrigin, originWeight } from './signals/injection';
export { payloadSensitivity, payloadText, sensitiveEgressHit, sensitivePayload } from './signals/sensitive-egress';
export type { DestinationNovelty } from './signals/deviations';
export {
  destinationNovelty,
  isInternal,
  isPublicChannel,
  newDestinationHit,
  newExternalHostHit,
  newToolHit,
  rateSpikeHit,
  massChangeHit,
  resourceSweepHit,
  scopeDeviationHits,
  transitionHit,
  volumeSpikeHit,
} from './signals/deviations';
export { jensenShannon, largestShifts } from './signals/drift';

// Indicators: extraction and classification
export type { ArgumentField } from './indicators/arguments';
export { parseArgumentFields } from './indicators/arguments';
export { isValidIban, normalizeIban } from './indicators/checksums';
export type { EventFacts } from './indicators/event-facts';
export { eventFacts } from './indicators/event-facts';
export type { Destination, DestinationKind, Indicators } from './indicators/indicators';
export {
  DESTINATION_KINDS,
  destinationsFromArguments,
  extractIndicators,
  hostOfUrl,
  indicatorValues,
  resourcesFromArguments,
} from './indicators/indicators';
export type { ToolTraits } from './indicators/tool-traits';
export { dataDomainOf, isSensitiveDomain, toolTraits } from './indicators/tool-traits';

// Text: masking and fingerprints
export type { SensitiveKind, SensitiveMatch } from './text/sensitive-data';
export { findSensitiveData, maskSensitive, maskedExcerpt, SECRET_KINDS } from './text/sensitive-data';
export { contentFingerprint, stableId } from './text/hash';
export { baselineExclusion, excludeFromBaseline, type BaselineExclusion } from './profile/learning-policy';
