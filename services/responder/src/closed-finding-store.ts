import { readdir, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { RiskFinding } from '@warden/core';
import { readTextIfExists, writeFileAtomic } from './atomic-file';
import { isSafeFindingId } from './forensic-store';

/** How many closed Medium findings stay reviewable across a restart, the oldest dropped first. */
export const MAX_CLOSED_FINDINGS_KEPT = 20_000;

/**
 * The Close of each Medium finding, one file per finding (`<dir>/<findingId>.json`), so a person
 * can still review it as benign after the responder restarts. The state file keeps a finding
 * whole only while an approval or an undo waits on it (rewriting every closed finding on each
 * change would cost megabytes per write), and High and Critical findings already have their
 * forensic bundles; Medium is where the legitimate-but-new work a reviewer clears mostly lands.
 * Bounded by count: a Medium finding is a few kilobytes, so the default keeps tens of megabytes.
 */
export class ClosedFindingStore {
  /** Finding ids on disk, oldest first. */
  private readonly kept = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly limit: number = MAX_CLOSED_FINDINGS_KEPT,
  ) {}

  /** Lists what an earlier run kept, oldest first by modification time, and trims it to the limit. */
  async open(): Promise<void> {
    this.kept.clear();
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    const files = await Promise.all(
      names
        .filter((n) => n.endsWith('.json') && isSafeFindingId(n.slice(0, -5)))
        .map(async (n) => ({ id: n.slice(0, -5), mtimeMs: (await stat(path.join(this.dir, n))).mtimeMs })),
    );
    files.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.id < b.id ? -1 : 1));
    for (const f of files) this.kept.add(f.id);
    await this.trim();
  }

  /** Keeps `finding` (its Close); a finding whose id cannot name a file is skipped, and false says so. */
  async write(finding: RiskFinding): Promise<boolean> {
    if (!isSafeFindingId(finding.findingId)) return false;
    await writeFileAtomic(this.fileFor(finding.findingId), JSON.stringify(finding));
    this.kept.delete(finding.findingId);
    this.kept.add(finding.findingId);
    await this.trim();
    return true;
  }

  async read(findingId: string): Promise<RiskFinding | undefined> {
    if (!this.kept.has(findingId)) return undefined;
    const text = await readTextIfExists(this.fileFor(findingId));
    return text === undefined ? undefined : (JSON.parse(text) as RiskFinding);
  }

  /** Forgets a finding once reviewed: nothing else reads it, and a second review then finds nothing to review. */
  async remove(findingId: string): Promise<void> {
    if (!this.kept.delete(findingId)) return;
    await rm(this.fileFor(findingId), { force: true });
  }

  get size(): number {
    return this.kept.size;
  }

  private async trim(): Promise<void> {
    while (this.kept.size > this.limit) {
      const oldest = this.kept.values().next().value as string;
      this.kept.delete(oldest);
      await rm(this.fileFor(oldest), { force: true });
    }
  }

  private fileFor(findingId: string): string {
    return path.join(this.dir, `${findingId}.json`);
  }
}
