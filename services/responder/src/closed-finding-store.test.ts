import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { RiskFinding } from '@warden/core';
import { criticalFinding } from '../testkit/responder-harness';
import { ClosedFindingStore } from './closed-finding-store';

describe('ClosedFindingStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'warden-closed-findings-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const medium = (findingId: string): Promise<RiskFinding> => criticalFinding({ findingId, severity: 'medium', riskScore: 45, activity: 'close' });

  it('keeps a finding until it is removed, one file each', async () => {
    const store = new ClosedFindingStore(dir, 10);
    await store.open();
    const f = await medium('fnd-m1');
    expect(await store.write(f)).toBe(true);
    expect(await store.read('fnd-m1')).toEqual(f);
    expect(await store.read('fnd-other')).toBeUndefined();
    await store.remove('fnd-m1');
    expect(await store.read('fnd-m1')).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('drops the oldest files past its limit, and a rewrite makes a finding the newest', async () => {
    const store = new ClosedFindingStore(dir, 2);
    await store.open();
    for (const id of ['fnd-a', 'fnd-b']) await store.write(await medium(id));
    await store.write(await medium('fnd-a'));
    await store.write(await medium('fnd-c'));
    expect((await readdir(dir)).sort()).toEqual(['fnd-a.json', 'fnd-c.json']);
    expect(await store.read('fnd-b')).toBeUndefined();
    expect(store.size).toBe(2);
  });

  it('finds what an earlier run kept, oldest first by modification time, and trims it to its limit', async () => {
    const first = new ClosedFindingStore(dir, 10);
    await first.open();
    for (const id of ['fnd-new', 'fnd-old', 'fnd-mid']) await first.write(await medium(id));
    const t = Date.now() / 1000;
    await utimes(path.join(dir, 'fnd-old.json'), t - 300, t - 300);
    await utimes(path.join(dir, 'fnd-mid.json'), t - 200, t - 200);
    await utimes(path.join(dir, 'fnd-new.json'), t - 100, t - 100);

    const second = new ClosedFindingStore(dir, 2);
    await second.open();
    expect((await readdir(dir)).sort()).toEqual(['fnd-mid.json', 'fnd-new.json']);
    expect((await second.read('fnd-mid'))?.findingId).toBe('fnd-mid');
  });

  it('refuses an id that cannot name a file and writes nothing', async () => {
    const store = new ClosedFindingStore(dir, 10);
    await store.open();
    expect(await store.write(await medium('../escape'))).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('opens on a directory that does not exist yet', async () => {
    const store = new ClosedFindingStore(path.join(dir, 'not-yet'), 10);
    await store.open();
    expect(store.size).toBe(0);
  });
});
