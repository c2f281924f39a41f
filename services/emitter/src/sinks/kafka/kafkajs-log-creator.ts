import { logLevel, type logCreator } from 'kafkajs';
import type { Logger } from '@warden/core';

// kafkajs warns about this whenever an idempotent producer has finite retries. Warden's are finite
// on purpose: the delivery core re-sends the same batch on the same producer, which reuses the
// same sequence numbers, so the broker still drops duplicates.
const EXPECTED_WARNINGS = [/^Limiting retries for the idempotent producer/];

/**
 * Routes kafkajs's logs into Warden's JSON logger instead of its own console output. kafkajs logs
 * every failed attempt at ERROR; the delivery core owns the verdict on a failure, so those arrive
 * as warnings and INFO chatter as debug.
 */
export function kafkajsLogCreator(logger: Logger): logCreator {
  const base = logger.child({ lib: 'kafkajs' });
  return () =>
    ({ namespace, level, log }) => {
      const { message, timestamp: _timestamp, logger: _name, ...fields } = log;
      const entry = { namespace, ...fields };
      if (level <= logLevel.WARN && !EXPECTED_WARNINGS.some((w) => w.test(message))) {
        base.warn(entry, message);
      } else {
        base.debug(entry, message);
      }
    };
}
