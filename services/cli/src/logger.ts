import pino from 'pino';
import type { Logger } from '@warden/core';

/**
 * JSON lines on stderr (stdout carries the findings summary). Anything that could hold a
 * credential is redacted by key wherever it sits, so a careless log call cannot leak a token.
 */
export function createLogger(level: 'debug' | 'info' | 'warn' | 'error', destination: number | NodeJS.WritableStream = 2): Logger {
  const base = pino(
    {
      level,
      base: { service: 'warden' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: [
          'authorization',
          '*.authorization',
          'headers.authorization',
          'token',
          '*.token',
          'tokens',
          '*.tokens',
          'secret',
          '*.secret',
          'password',
          '*.password',
          'receiverTokens',
          '*.receiverTokens',
        ],
        censor: '[redacted]',
      },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: true }) : (destination as pino.DestinationStream),
  );
  return adapt(base);
}

function adapt(p: pino.Logger): Logger {
  return {
    debug: (fields, message) => p.debug(fields, message),
    info: (fields, message) => p.info(fields, message),
    warn: (fields, message) => p.warn(fields, message),
    error: (fields, message) => p.error(fields, message),
    child: (bindings) => adapt(p.child(bindings)),
  };
}
