import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { silentLogger } from '@warden/core';
import { AnnouncedIncidents } from './announced-incidents';

describe('AnnouncedIncidents', () => {
  const file = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'warden-announced-')), 'sink', 'announced.jsonl');

  it('remembers announcements across a reopen', async () => {
    const f = file();
    const a = await AnnouncedIncidents.open(f, { logger: silentLogger });
    expect(a.createdAt('i1')).toBeUndefined();
    await a.record([['i1', 1], ['i2', 3]]);
    await a.close();
    const b = await AnnouncedIncidents.open(f, { logger: silentLogger });
    expect([b.createdAt('i1'), b.createdAt('i2'), b.createdAt('i3')]).toEqual([1, 3, undefined]);
    await b.close();
  });

  it('survives a line torn by a crash, and writes whole lines after it', async () => {
    const f = file();
    const a = await AnnouncedIncidents.open(f, { logger: silentLogger });
    await a.record([['i1', 1]]);
    await a.close();
    appendFileSync(f, '["i2",');
    const b = await AnnouncedIncidents.open(f, { logger: silentLogger });
    expect(b.createdAt('i2')).toBeUndefined();
    await b.record([['i3', 2]]);
    await b.close();
    const c = await AnnouncedIncidents.open(f, { logger: silentLogger });
    expect([c.createdAt('i1'), c.createdAt('i3')]).toEqual([1, 2]);
    await c.close();
  });

  it('is bounded: forgets the oldest, and compacts its file', async () => {
    const f = file();
    const a = await AnnouncedIncidents.open(f, { logger: silentLogger, limit: 3 });
    for (let i = 1; i <= 10; i++) await a.record([[`i${i}`, i]]);
    expect(a.size).toBe(3);
    expect([a.createdAt('i7'), a.createdAt('i8'), a.createdAt('i10')]).toEqual([undefined, 8, 10]);
    expect(readFileSync(f, 'utf8').trim().split('\n').length).toBeLessThanOrEqual(6);
    await a.close();
    const b = await AnnouncedIncidents.open(f, { logger: silentLogger, limit: 3 });
    expect([b.createdAt('i8'), b.createdAt('i9'), b.createdAt('i10'), b.createdAt('i1')]).toEqual([8, 9, 10, undefined]);
    await b.close();
  });
});
