import { logLevel, type logCreator } from 'kafkajs';
import type { Logger } from '@warden/core';

/**
 * Routes kafkajs's logs into Warden's logger instead of its console output. kafkajs logs every
 * failed attempt it will retry at ERROR; whether a failure matters is the bus's call (publish
 * rejects, a subscription retries), so kafkajs's errors and warnings arrive as warnings and its
 * chatter as debug.
 */
export function kafkajsLogCreator(logger: Logger): logCreator {
  const base = logger.child({ lib: 'kafkajs' });
  return () =>
    ({ namespace, level, log }) => {
      const { message, timestamp: _timestamp, logger: _name, ...fields } = log;
      const entry = { namespace, ...fields };
      if (level <= logLevel.WARN) base.warn(entry, message);
      else base.debug(entry, message);
    };
}
