import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { InvalidInputError, type AgentEvent, type ProfileSnapshotMessage, type RiskFinding } from '@warden/core';
import { readTextIfExists, writeFileAtomic } from './atomic-file';
import type { ForensicBundle } from './responder-control';

/** Finding ids become file names; anything else (a `..`, a slash) must never reach the file system. */
const SAFE_FINDING_ID = /^[A-Za-z0-9_-]{1,128}$/;

export function isSafeFindingId(findingId: string): boolean {
  return SAFE_FINDING_ID.test(findingId);
}

export function buildForensicBundle(input: {
  readonly finding: RiskFinding;
  readonly createdAtMs: number;
  readonly spans: readonly AgentEvent[];
  readonly spansOmitted: number;
  readonly profile: ProfileSnapshotMessage | undefined;
}): ForensicBundle {
  return {
    findingId: input.finding.findingId,
    createdAtMs: input.createdAtMs,
    finding: input.finding,
    spans: input.spans,
    spansOmitted: input.spansOmitted,
    ...(input.profile !== undefined ? { profile: input.profile } : {}),
    signals: input.finding.signals,
  };
}

/**
 * Forensic bundles on disk, one file per finding (`<dir>/<findingId>.json`), rewritten as the
 * finding grows. Each write is atomic and fsynced; its SHA-256 goes into the audit log so a
 * bundle changed later can be told from the one Warden wrote.
 */
export class ForensicStore {
  constructor(readonly dir: string) {}

  async write(bundle: ForensicBundle): Promise<{ file: string; sha256: string; bytes: number }> {
    const file = this.fileFor(bundle.findingId);
    const text = JSON.stringify(bundle);
    await writeFileAtomic(file, text);
    return { file, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), bytes: Buffer.byteLength(text) };
  }

  async read(findingId: string): Promise<ForensicBundle | undefined> {
    if (!isSafeFindingId(findingId)) return undefined;
    const text = await readTextIfExists(this.fileFor(findingId));
    return text === undefined ? undefined : (JSON.parse(text) as ForensicBundle);
  }

  private fileFor(findingId: string): string {
    if (!isSafeFindingId(findingId)) {
      throw new InvalidInputError(
        'FORENSIC_FINDING_ID_INVALID',
        `finding id ${JSON.stringify(findingId.slice(0, 80))} cannot name a forensic bundle file: only letters, digits, '-' and '_' are allowed`,
      );
    }
    return path.join(this.dir, `${findingId}.json`);
  }
}
