import { gzipSync } from 'node:zlib';
import { oversizedColumns, type SentinelRow } from './sentinel-row';

export interface SentinelEncodeOptions {
  readonly gzip: boolean;
  /** The body as sent must be strictly smaller than this. */
  readonly maxBodyBytes: number;
}

export type SentinelEncodedBatch =
  | {
      readonly kind: 'encoded';
      /** Exactly the bytes to send. */
      readonly body: Buffer;
      readonly contentEncoding: 'gzip' | undefined;
      readonly jsonBytes: number;
      /** `RecordUid` and column of each value the service would truncate (normally empty). */
      readonly oversized: readonly { readonly recordUid: string; readonly columns: readonly string[] }[];
    }
  | {
      /** Not sent: the core halves the batch, and dead-letters a single row that still does not fit. */
      readonly kind: 'too_large';
      readonly reason: string;
      readonly bodyBytes: number;
    };

/**
 * Rows → the request body: one JSON array (UTF-8), gzipped when asked. A body at or over the
 * limit is reported instead of sent, so a 413 never costs a round trip. Pure.
 */
export function encodeSentinelBatch(rows: readonly SentinelRow[], options: SentinelEncodeOptions): SentinelEncodedBatch {
  const json = Buffer.from(JSON.stringify(rows), 'utf8');
  const body = options.gzip ? gzipSync(json) : json;
  if (body.length >= options.maxBodyBytes) {
    const form = options.gzip ? `${body.length} bytes gzipped (${json.length} bytes of JSON)` : `${body.length} bytes`;
    return {
      kind: 'too_large',
      bodyBytes: body.length,
      reason: `${rows.length} row(s) encode to ${form}; a Logs Ingestion API call must stay under ${options.maxBodyBytes} bytes`,
    };
  }
  const oversized = rows
    .map((row) => ({ recordUid: row.RecordUid, columns: oversizedColumns(row) }))
    .filter((o) => o.columns.length > 0);
  return { kind: 'encoded', body, contentEncoding: options.gzip ? 'gzip' : undefined, jsonBytes: json.length, oversized };
}
