import type * as http from 'node:http';

/** Stable codes of the admin API's errors (`{ "error": { "code", "message" } }`); clients branch on these. */
export type ApiErrorCode =
  | 'ADMIN_API_OFF'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_REQUEST'
  | 'REASON_REQUIRED'
  | 'NOT_PENDING'
  | 'ALREADY_VOTED'
  | 'RESPONDER_UNAVAILABLE'
  | 'INTERNAL';

/** A refusal with the status, code and message the caller sees. Thrown inside handlers, answered once. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface JsonReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export function errorReply(err: ApiError): JsonReply {
  return { status: err.status, body: { error: { code: err.code, message: err.message } }, headers: err.headers };
}

export function sendJson(res: http.ServerResponse, reply: JsonReply): void {
  const body = `${JSON.stringify(reply.body)}\n`;
  res
    .writeHead(reply.status, {
      ...reply.headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      // Approvals and evidence are sensitive and change by the second.
      'cache-control': 'no-store',
    })
    .end(body);
}

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Reads a JSON object body of at most `limitBytes`. A declared or actual size over the limit is a
 * 413 (the rest is not read into memory); anything that is not a JSON object is a 400.
 */
export async function readJsonObject(req: http.IncomingMessage, limitBytes: number): Promise<Record<string, unknown>> {
  const tooLarge = () =>
    new ApiError(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${limitBytes} bytes; send only the JSON fields the endpoint takes`, {
      connection: 'close',
    });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw tooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError(400, 'INVALID_REQUEST', 'the request body is not valid JSON; send a JSON object such as {"reason": "..."}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(400, 'INVALID_REQUEST', 'the request body must be a JSON object such as {"reason": "..."}');
  }
  return parsed as Record<string, unknown>;
}

/** Reasons are what the audit log and the agent platform read later: required, trimmed, bounded. */
export function requiredReason(body: Record<string, unknown>, what: string): string {
  const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
  if (reason === '') throw new ApiError(400, 'REASON_REQUIRED', `${what} needs a reason: send {"reason": "why"} (the CLI's --reason)`);
  if (reason.length > 1000) throw new ApiError(400, 'INVALID_REQUEST', 'the reason is longer than 1000 characters; keep it to a sentence or two');
  return reason;
}
