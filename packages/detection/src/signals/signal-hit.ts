import type { SignalLocation, SignalType } from '@warden/core';

/** How a signal takes part in the "trigger, then sensitive action" correlation. */
export type CorrelationRole = 'trigger' | 'action' | 'none';

/**
 * What a detector reports: evidence with a strength and the points it is worth at full strength.
 * The scorer turns hits into RiskSignals once it knows their share of the composite risk.
 */
export interface SignalHit {
  /** Stable within an incident: the same evidence seen twice is one hit. */
  readonly key: string;
  readonly type: SignalType;
  readonly rule: string;
  /** 0..1. */
  readonly score: number;
  /** Points (of 100) the hit is worth at score 1. */
  readonly weight: number;
  readonly explanation: string;
  readonly location: SignalLocation;
  readonly excerpt?: string;
  readonly origin?: string;
  readonly techniques?: readonly string[];
  readonly role: CorrelationRole;
  readonly destinations?: readonly string[];
  readonly resources?: readonly string[];
  /**
   * The tool call this evidence belongs to when it sits on another span (the HTTP request a tool
   * made is a child span of the call): that request is part of the call, not a step after it.
   */
  readonly callSpanId?: string;
  /**
   * When the principal's own request first named what this step touches (a read of the bank feed
   * after "reconcile … against the bank feed"): a step asked for before a trigger arrived is not
   * that trigger's doing.
   */
  readonly requestedAtMs?: number;
}

/** MITRE ATLAS technique ids used by the detectors. */
export const ATLAS = {
  directPromptInjection: 'AML.T0051.000',
  indirectPromptInjection: 'AML.T0051.001',
  llmDataLeakage: 'AML.T0057',
  pluginCompromise: 'AML.T0053',
  supplyChainCompromise: 'AML.T0010',
} as const;
