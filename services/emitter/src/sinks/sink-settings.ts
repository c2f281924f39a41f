/**
 * The one reader behind every sink's config validator. What all sinks share lives here once: the
 * object check, unknown-key detection, the typed field readers, the name rule, `minSeverity`,
 * `timeoutMs` and `batch` limits (per-sink defaults and bounds, one message shape). Each sink
 * keeps only what is its own: URLs, tokens, GUIDs, brokers, SASL, ack and secrets.
 *
 * Every problem is collected, not thrown, so one run reports them all; each names
 * `<sink>.<setting>`, says what was wrong and what to set. Values are quoted back (shortened) so
 * people see which one was refused, except for readers marked `secret`, which name only the type.
 *
 * Why not zod (the CLI's settings use it): tried on these sections, zod 4's issues were less
 * actionable. Bounds checks fail one at a time ("Too small: expected number to be >=1", never
 * the range), `true | { ... }` shorthands fail as a bare "Invalid input" that hides the nested
 * problem, unknown keys come last rather than beside their section, `null` is not "unset", and
 * cross-field checks are skipped while any field fails. Making each message good again takes a
 * custom error callback and a preprocess step on nearly every field, i.e. these readers again,
 * with a dependency in between.
 */
import { ConfigError, SEVERITY_ORDER, type Severity } from '@warden/core';
import { sinkNameProblems } from '../delivery/sink-delivery';
import type { BatchLimits } from '../delivery/delivery-target';

/** A whole-number setting: its default and inclusive bounds. */
export interface WholeNumberRule {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

/** Defaults and bounds of a sink's `batch` section; each sink sets its own from what its destination accepts. */
export interface BatchRules {
  readonly maxRecords: WholeNumberRule;
  readonly maxBytes: WholeNumberRule;
  readonly maxWaitMs: WholeNumberRule;
}

export interface TextOptions {
  /** Never quote the value back (tokens, passwords, URLs that may carry either). */
  readonly secret?: boolean;
}

const BATCH_KEYS = ['maxRecords', 'maxBytes', 'maxWaitMs'] as const;

/**
 * Opens a sink's section: throws ConfigError at once when it is not an object (nothing else can be
 * checked), otherwise reports unknown keys and returns the reader for the rest.
 * `required` names the settings without a default, for that first message.
 */
export function openSinkSettings(raw: unknown, sink: string, knownKeys: readonly string[], required: readonly string[] = []): SinkSettings {
  if (!isSection(raw)) {
    const atLeast = required.length === 0 ? '' : ` with at least ${joinAnd(required)}`;
    throw new ConfigError([`${sink}: expected an object of settings${atLeast}, got ${describeValue(raw)}.`]);
  }
  return new SinkSettings(sink, raw, knownKeys, []);
}

/**
 * Reads the settings of one section (`splunk`, `splunk.ack`, ...), collecting problems into a list
 * shared with its parent and nested sections. A reader returns the default (or `undefined`) for a
 * setting it refuses, so the caller can go on and report the next problem.
 */
export class SinkSettings {
  constructor(
    /** Dotted path of this section, the prefix of every problem: `kafka`, `kafka.sasl`. */
    readonly path: string,
    private readonly input: Readonly<Record<string, unknown>>,
    knownKeys: readonly string[],
    readonly problems: string[],
  ) {
    const known = knownKeys.join(', ');
    for (const key of Object.keys(input)) {
      if (!knownKeys.includes(key)) this.problem(key, `unknown setting; known settings are ${known}.`);
    }
  }

  /** Records a problem with `key` (or with the section itself when `key` is omitted). */
  problem(key: string | undefined, message: string): void {
    this.problems.push(`${key === undefined ? this.path : `${this.path}.${key}`}: ${message}`);
  }

  /** Whether anything in this section (or a section nested in it) was refused so far. */
  hasProblems(): boolean {
    return this.problems.some((p) => p.startsWith(`${this.path}.`) || p.startsWith(`${this.path}:`));
  }

  /** Throws ConfigError listing every problem collected; call once after the last reader. */
  throwIfProblems(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }

  /** The value as given, for settings with a shape of their own. `null` counts as unset. */
  raw(key: string): unknown {
    return this.input[key] ?? undefined;
  }

  /** Trimmed non-empty text, or `fallback` when unset. */
  text(key: string, fallback: string): string {
    const value = this.raw(key);
    if (value === undefined) return fallback;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    this.problem(key, `expected a non-empty string, got ${describeValue(value)}; leave it unset for "${fallback}".`);
    return fallback;
  }

  /** Trimmed non-empty text, or `undefined` when unset. */
  optionalText(key: string, options: TextOptions = {}): string | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    this.problem(key, `expected a non-empty string or no value, got ${describeValue(value, options)}.`);
    return undefined;
  }

  /** Trimmed non-empty text that has no default; `whatToSet` tells people where to find it. */
  requiredText(key: string, whatToSet: string, options: TextOptions = {}): string | undefined {
    const value = this.raw(key);
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      this.problem(key, `required; set ${whatToSet}.`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.problem(key, `expected text, got ${describeValue(value, options)}; set ${whatToSet}.`);
      return undefined;
    }
    return value.trim();
  }

  bool(key: string, fallback: boolean): boolean {
    const value = this.raw(key);
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.problem(key, `expected true or false, got ${describeValue(value)}.`);
    return fallback;
  }

  wholeNumber(key: string, rule: WholeNumberRule): number {
    const value = this.raw(key);
    if (value === undefined) return rule.default;
    if (typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max) return value;
    this.problem(key, `expected a whole number from ${rule.min} to ${rule.max}, got ${describeValue(value)}.`);
    return rule.default;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(key);
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problem(key, `expected one of ${allowed.join(', ')}, got ${describeValue(value)}.`);
    return fallback;
  }

  /**
   * A nested section, read with its own known keys; `undefined` when unset or not an object (then
   * reported). `orElse` names the shorthands the caller accepts besides the object, e.g. "true, false".
   */
  section(key: string, knownKeys: readonly string[], orElse?: string): SinkSettings | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (!isSection(value)) {
      const shape = `{ ${knownKeys.join(', ')} }`;
      this.problem(key, `expected ${orElse === undefined ? shape : `${orElse} or ${shape}`}, got ${describeValue(value)}.`);
      return undefined;
    }
    return new SinkSettings(`${this.path}.${key}`, value, knownKeys, this.problems);
  }

  // What every sink has ------------------------------------------------------------------------

  /** The sink's name, under the delivery core's rule: it names the spool directory and the metric label. */
  name(fallback: string): string {
    const name = this.text('name', fallback);
    for (const problem of sinkNameProblems(name)) this.problem('name', `${problem}.`);
    return name;
  }

  /** The least severe finding the sink forwards; `low` unless the sink says otherwise. */
  minSeverity(fallback: Severity = 'low'): Severity {
    return this.oneOf('minSeverity', SEVERITY_ORDER, fallback);
  }

  /** Per-request timeout in milliseconds. */
  timeoutMs(rule: WholeNumberRule): number {
    return this.wholeNumber('timeoutMs', rule);
  }

  /** The `batch` section; each limit falls back to the sink's default when unset or refused. */
  batch(rules: BatchRules): BatchLimits {
    const defaults: BatchLimits = {
      maxRecords: rules.maxRecords.default,
      maxBytes: rules.maxBytes.default,
      maxWaitMs: rules.maxWaitMs.default,
    };
    const batch = this.section('batch', BATCH_KEYS);
    if (batch === undefined) return defaults;
    return {
      maxRecords: batch.wholeNumber('maxRecords', rules.maxRecords),
      maxBytes: batch.wholeNumber('maxBytes', rules.maxBytes),
      maxWaitMs: batch.wholeNumber('maxWaitMs', rules.maxWaitMs),
    };
  }
}

/**
 * How a refused value is quoted in a problem: strings shortened (they can be long pastes), objects
 * and arrays only named. With `secret`, only the kind of value, never its content.
 */
export function describeValue(value: unknown, options: TextOptions = {}): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    if (options.secret) return value === '' ? 'an empty string' : 'other text';
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  }
  return options.secret ? `a ${typeof value}` : String(value);
}

function isSection(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
