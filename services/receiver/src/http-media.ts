import type { OtlpEncoding } from '@warden/otlp';

/** Content codings the HTTP receiver can undo. */
export type ContentCoding = 'identity' | 'gzip' | 'deflate';

export type MediaTypeResult =
  | { readonly ok: true; readonly encoding: OtlpEncoding }
  | { readonly ok: false; readonly message: string };

/**
 * Picks the decoder from Content-Type (OTLP/HTTP: `application/x-protobuf` or `application/json`).
 * Parameters are allowed; a JSON charset other than UTF-8 is refused because OTLP/JSON is UTF-8.
 */
export function otlpEncodingFor(contentType: string | undefined): MediaTypeResult {
  if (contentType === undefined || contentType.trim() === '') {
    return { ok: false, message: 'missing Content-Type: send application/x-protobuf or application/json' };
  }
  const [essence = '', ...params] = contentType.split(';');
  const mediaType = essence.trim().toLowerCase();
  if (mediaType === 'application/x-protobuf') return { ok: true, encoding: 'protobuf' };
  if (mediaType === 'application/json') {
    for (const param of params) {
      const [name = '', value = ''] = param.split('=');
      if (name.trim().toLowerCase() !== 'charset') continue;
      const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
      if (charset !== 'utf-8' && charset !== 'utf8') {
        return { ok: false, message: `unsupported charset "${clip(charset)}": OTLP/JSON must be sent as UTF-8` };
      }
    }
    return { ok: true, encoding: 'json' };
  }
  return {
    ok: false,
    message: `unsupported media type "${clip(mediaType)}": send application/x-protobuf or application/json`,
  };
}

export type ContentCodingResult =
  | { readonly ok: true; readonly coding: ContentCoding }
  | { readonly ok: false; readonly message: string };

/** Content-Encoding: none, identity, gzip or deflate (one coding; stacked codings are refused). */
export function contentCodingFor(contentEncoding: string | undefined): ContentCodingResult {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  if (codings.length === 0) return { ok: true, coding: 'identity' };
  const [coding] = codings;
  if (codings.length === 1 && (coding === 'gzip' || coding === 'x-gzip')) return { ok: true, coding: 'gzip' };
  if (codings.length === 1 && coding === 'deflate') return { ok: true, coding: 'deflate' };
  return {
    ok: false,
    message: `unsupported Content-Encoding "${clip(codings.join(', '))}": use gzip, deflate or none`,
  };
}

/** Clients control these strings; keep what is echoed back short. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
