/**
 * One error base for Warden. `code` is stable (documented in docs/errors.md), `retriable` tells
 * retry logic whether trying again can ever succeed, `cause` keeps the underlying error.
 */
export class WardenError extends Error {
  readonly code: string;
  readonly retriable: boolean;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(
    code: string,
    message: string,
    options: { retriable?: boolean; cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retriable = options.retriable ?? false;
    this.context = options.context ?? {};
  }
}

/** Input that can never be accepted as sent (malformed, oversized, wrong type). Not retriable. */
export class InvalidInputError extends WardenError {
  constructor(code: string, message: string, context?: Record<string, unknown>) {
    super(code, message, context === undefined ? {} : { context });
  }
}

/** A bounded queue or downstream is full: the caller should back off and try again. */
export class BackpressureError extends WardenError {
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number, context?: Record<string, unknown>) {
    super('WARDEN_BACKPRESSURE', message, { retriable: true, ...(context === undefined ? {} : { context }) });
    this.retryAfterMs = retryAfterMs;
  }
}

/** Configuration that cannot start Warden; the message says which setting and how to fix it. */
export class ConfigError extends WardenError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('WARDEN_CONFIG_INVALID', `Invalid Warden configuration:\n  - ${problems.join('\n  - ')}`);
    this.problems = problems;
  }
}
