import type { IncomingMessage } from 'node:http';
import * as zlib from 'node:zlib';
import { InvalidInputError, WardenError } from '@warden/core';
import type { ContentCoding } from './http-media';

export interface RequestBody {
  readonly bytes: Buffer;
  /** Bytes as they came off the socket (before decompression). */
  readonly wireBytes: number;
}

export const BODY_TOO_LARGE = 'RECEIVER_BODY_TOO_LARGE';
export const BODY_BAD_COMPRESSION = 'RECEIVER_BODY_BAD_COMPRESSION';
export const BODY_ABORTED = 'RECEIVER_BODY_ABORTED';

/**
 * Reads a request body, undoing its content coding, and gives up as soon as either the bytes on
 * the wire or the bytes after decompression pass `maxBytes`. Counting the inflater's output
 * chunk by chunk is what bounds memory for a gzip bomb: at most `maxBytes` plus one zlib chunk
 * is ever held, however far the body would expand.
 *
 * Rejects with InvalidInputError BODY_TOO_LARGE / BODY_BAD_COMPRESSION, or WardenError
 * BODY_ABORTED when the client goes away mid-body.
 */
export function readRequestBody(req: IncomingMessage, coding: ContentCoding, maxBytes: number): Promise<RequestBody> {
  return new Promise<RequestBody>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    let decodedBytes = 0;
    let settled = false;
    let inflater: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | undefined;

    const tooLarge = () =>
      new InvalidInputError(
        BODY_TOO_LARGE,
        `the request body is larger than ${maxBytes} bytes (after decompression); send smaller batches (lower the exporter's max export batch size)`,
        { maxBytes },
      );

    const cleanup = () => {
      req.off('data', onWireData);
      req.off('end', onWireEnd);
      req.off('error', onAbort);
      req.off('close', onClose);
      // Stop pulling the rest of an oversized body off the socket; the response closes the connection.
      req.pause();
      if (inflater) {
        inflater.removeAllListeners('data');
        inflater.removeAllListeners('end');
        inflater.removeAllListeners('drain');
        // An error after we are done (e.g. from destroy) must not go unhandled.
        inflater.removeAllListeners('error');
        inflater.on('error', () => undefined);
        inflater.destroy();
      }
    };
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(err);
    };
    const succeed = () => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve({ bytes: Buffer.concat(chunks, decodedBytes), wireBytes });
    };

    const onDecoded = (chunk: Buffer) => {
      if (settled) return;
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) {
        fail(tooLarge());
        return;
      }
      chunks.push(chunk);
    };

    const startInflater = (first: Buffer): zlib.Gunzip | zlib.Inflate | zlib.InflateRaw => {
      // "deflate" is meant to be zlib-wrapped (RFC 9110), but some clients send raw deflate; the
      // zlib header (CM=8, header checksum divisible by 31) tells them apart.
      const created =
        coding === 'gzip' ? zlib.createGunzip() : looksLikeZlib(first) ? zlib.createInflate() : zlib.createInflateRaw();
      created.on('data', onDecoded);
      created.on('end', succeed);
      created.on('error', (err: Error) =>
        fail(
          new InvalidInputError(
            BODY_BAD_COMPRESSION,
            `the ${coding} body could not be decompressed (${err.message}); check the Content-Encoding header matches the body`,
          ),
        ),
      );
      created.on('drain', () => {
        if (!settled) req.resume();
      });
      return created;
    };

    const onWireData = (chunk: Buffer) => {
      if (settled) return;
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) {
        fail(tooLarge());
        return;
      }
      if (coding === 'identity') {
        onDecoded(chunk);
        return;
      }
      inflater ??= startInflater(chunk);
      // Backpressure from the inflater: a fast client cannot pile compressed input up in memory.
      if (!inflater.write(chunk)) req.pause();
    };
    const onWireEnd = () => {
      if (settled) return;
      if (coding === 'identity') succeed();
      else if (inflater) inflater.end();
      else fail(new InvalidInputError(BODY_BAD_COMPRESSION, `the body is empty but Content-Encoding says ${coding}; send a compressed body or no Content-Encoding`));
    };
    const onAbort = () => fail(new WardenError(BODY_ABORTED, 'the client closed the connection before sending the whole request body'));
    const onClose = () => {
      if (!req.complete) onAbort();
    };

    req.on('data', onWireData);
    req.on('end', onWireEnd);
    req.on('error', onAbort);
    req.on('close', onClose);
  });
}

function looksLikeZlib(first: Buffer): boolean {
  if (first.length < 2) return true;
  const cmf = first[0] ?? 0;
  const flg = first[1] ?? 0;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}
