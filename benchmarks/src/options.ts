import { parseArgs } from 'node:util';

export const MODES = ['embedded', 'kafka', 'kafka-services'] as const;
/**
 * embedded: `warden start` on the in-memory bus. kafka: `warden start` over Kafka (every component
 * in one process). kafka-services: `warden receiver|baseline|scorer|emitter` as four processes.
 */
export type Mode = (typeof MODES)[number];

export interface Options {
  readonly spans: number;
  readonly clients: number;
  readonly batch: number;
  readonly mode: Mode;
  /** Kafka bootstrap address; unset: the local broker of `npm run kafka:up`, started if none serves. */
  readonly brokers: string | undefined;
  readonly partitions: number;
}

export function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      spans: { type: 'string', default: '100000' },
      clients: { type: 'string', default: '8' },
      batch: { type: 'string', default: '512' },
      mode: { type: 'string', default: 'embedded' },
      brokers: { type: 'string' },
      partitions: { type: 'string', default: '6' },
    },
  });
  const int = (name: string, v: string | undefined) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} expects a whole number >= 1, got "${String(v)}"`);
    return n;
  };
  const mode = values.mode as Mode;
  if (!MODES.includes(mode)) throw new Error(`--mode expects one of ${MODES.join(', ')}, got "${String(values.mode)}"`);
  return {
    spans: int('spans', values.spans),
    clients: int('clients', values.clients),
    batch: int('batch', values.batch),
    mode,
    brokers: values.brokers,
    partitions: int('partitions', values.partitions),
  };
}
