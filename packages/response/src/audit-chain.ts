import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { AuditEntry, AuditEntryType } from './response-types';

/** The `prevHash` of the first entry: there is nothing before it to vouch for. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryInput {
  readonly atMs: number;
  readonly type: AuditEntryType;
  readonly actor: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export type AuditVerification =
  | { ok: true; entries: number; lastHash: string }
  | { ok: false; line: number; seq?: number; problem: string };

/**
 * SHA-256 over every field but `hash` itself, unknown ones included, so a field added to a line
 * breaks it just as an edited one does.
 */
function entryHash(fields: Readonly<Record<string, unknown>>): string {
  const { hash: _hash, ...rest } = fields;
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

/** The next entry of the chain after `prev` (`undefined` for the first entry of a log). */
export function chainAuditEntry(prev: { seq: number; hash: string } | undefined, input: AuditEntryInput): AuditEntry {
  const body = {
    seq: prev === undefined ? 1 : prev.seq + 1,
    atMs: input.atMs,
    type: input.type,
    actor: input.actor,
    data: input.data,
    prevHash: prev === undefined ? GENESIS_HASH : prev.hash,
  };
  // Hash what a reader will parse back, not the caller's object: data that does not survive
  // JSON (undefined members, Dates) would otherwise make an intact entry fail verification.
  const stored = JSON.parse(canonicalJson(body)) as Omit<AuditEntry, 'hash'>;
  return { ...stored, hash: entryHash(stored) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Why a parsed line is not a well-formed entry, or undefined when it is. */
function shapeProblem(e: Record<string, unknown>): string | undefined {
  if (!Number.isSafeInteger(e['seq']) || (e['seq'] as number) < 1) return 'seq is missing or not a positive whole number';
  if (typeof e['atMs'] !== 'number' || !Number.isFinite(e['atMs'])) return 'atMs is missing or not a number';
  if (typeof e['type'] !== 'string' || e['type'] === '') return 'type is missing';
  if (typeof e['actor'] !== 'string' || e['actor'] === '') return 'actor is missing';
  if (!isObject(e['data'])) return 'data is missing or not an object';
  if (typeof e['prevHash'] !== 'string' || !HEX64.test(e['prevHash'])) return 'prevHash is missing or not a SHA-256 hex digest';
  if (typeof e['hash'] !== 'string' || !HEX64.test(e['hash'])) return 'hash is missing or not a SHA-256 hex digest';
  return undefined;
}

/**
 * Checks a whole audit log (JSON lines) and names the first line that breaks the chain: not an
 * entry, content not matching its hash (edited), seq not one more than the line before (removed,
 * duplicated or reordered), or prevHash not the previous line's hash (spliced). An empty log
 * and a final newline are fine; a blank line in the middle is not, since nothing writes one.
 */
export function verifyAuditLog(text: string): AuditVerification {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(lines[i] ?? '');
    } catch {
      return { ok: false, line, problem: lines[i] === '' ? 'blank line inside the log' : 'not valid JSON' };
    }
    if (!isObject(parsed)) return { ok: false, line, problem: 'not an audit entry (a JSON object was expected)' };
    const seq = Number.isSafeInteger(parsed['seq']) ? (parsed['seq'] as number) : undefined;
    const fail = (problem: string): AuditVerification => ({ ok: false, line, ...(seq === undefined ? {} : { seq }), problem });

    const shape = shapeProblem(parsed);
    if (shape !== undefined) return fail(`not an audit entry: ${shape}`);
    if (entryHash(parsed) !== parsed['hash']) return fail('content does not match its hash: the entry was edited');
    if (seq !== prevSeq + 1) {
      return fail(`seq ${seq} follows seq ${prevSeq}, expected ${prevSeq + 1}: an entry was removed, duplicated or moved`);
    }
    if (parsed['prevHash'] !== prevHash) {
      return fail('prevHash is not the hash of the entry before: the chain was cut or entries were replaced');
    }
    prevSeq = seq;
    prevHash = parsed['hash'] as string;
  }
  return { ok: true, entries: lines.length, lastHash: prevHash };
}
