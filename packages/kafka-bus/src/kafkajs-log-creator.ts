import { logLevel, type logCreator } from 'kafkajs';
import type { Logger } from '@warden/core';

/**
 * Routes kafkajs's logs into Warden's JSON logger instead of its own console output, for every
 * kafkajs client Warden makes (the bus, the Kafka findings sink). kafkajs logs every failed
 * attempt it will retry at ERROR; whether a failure matters is the caller's call (publish rejects,
 * a subscription retries, the sink's delivery core backs off), so kafkajs's errors and warnings
 * arrive as warnings and its chatter as debug. `expected` warnings a caller has accounted for
 * arrive as debug.
 */
export function kafkajsLogCreator(logger: Logger, options: { readonly expected?: readonly RegExp[] } = {}): logCreator {
  const base = logger.child({ lib: 'kafkajs' });
  const expected = options.expected ?? [];
  return () =>
    ({ namespace, level, log }) => {
      const { message, timestamp: _timestamp, logger: _name, ...fields } = log;
      const entry = { namespace, ...fields };
      if (level <= logLevel.WARN && !expected.some((w) => w.test(message))) base.warn(entry, message);
      else base.debug(entry, message);
    };
}
