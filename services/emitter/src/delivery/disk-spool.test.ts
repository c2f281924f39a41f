import { appendFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WardenError, silentLogger, type Logger, type RiskFinding } from '@warden/core';
import { toDetectionFinding } from '@warden/ocsf';
import type { OutboundRecord } from './delivery-target';
import { DiskSpool, type DiskSpoolOptions } from './disk-spool';

const fixture = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'testdata', 'finding-create.json'), 'utf8')) as RiskFinding;
const product = { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' };

function record(revision: number): OutboundRecord {
  // All the same size on disk (one-digit revisions, one activity), so byte limits are easy to state.
  const f: RiskFinding = { ...fixture, revision, activity: 'update' };
  const ocsf = toDetectionFinding(f, { nowMs: 1_795_340_010_000, product });
  return { id: `${f.findingId}:${revision}`, findingId: f.findingId, revision, activity: f.activity, severity: f.severity, ocsf };
}
const records = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => record(from + i));
const ids = (rs: readonly OutboundRecord[]) => rs.map((r) => r.revision);
const lineBytes = Buffer.byteLength(`${JSON.stringify(record(1))}\n`);

function capturingLogger(): Logger & { lines: { level: string; msg: string; fields: Record<string, unknown> }[] } {
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, msg: string) => void lines.push({ level, msg, fields });
  const logger = { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return logger;
}

describe('DiskSpool', () => {
  let dir: string;
  let opened: DiskSpool[] = [];
  const open = async (over: Partial<DiskSpoolOptions> = {}) => {
    const spool = await DiskSpool.open({ dir, sink: 'test', maxBytes: 10 * 1024 * 1024, logger: silentLogger, ...over });
    opened.push(spool);
    return spool;
  };
  const segments = () => readdirSync(dir).filter((f) => f.startsWith('seg-')).sort();

  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'warden-spool-')), 'sink');
  });
  afterEach(async () => {
    for (const s of opened) await s.close();
    opened = [];
  });

  it('hands records out oldest first, forgets acknowledged ones, and resumes after a reopen', async () => {
    const spool = await open();
    await spool.append(records(1, 3));
    await spool.append(records(4, 5));
    expect(spool.stats()).toEqual({ records: 5, bytes: expect.any(Number) });
    expect(ids(await spool.peek(3, Infinity))).toEqual([1, 2, 3]);
    // Peeking does not consume.
    expect(ids(await spool.peek(3, Infinity))).toEqual([1, 2, 3]);
    await spool.ack(2);
    expect(ids(await spool.peek(10, Infinity))).toEqual([3, 4, 5]);
    expect(spool.stats().records).toBe(3);
    await spool.close();

    const again = await open();
    expect(again.stats().records).toBe(3);
    const resumed = await again.peek(10, Infinity);
    expect(ids(resumed)).toEqual([3, 4, 5]);
    expect(resumed[0]).toEqual(record(3));
    await again.ack(3);
    expect(again.stats()).toEqual({ records: 0, bytes: 0 });
    await again.close();
    expect((await open()).stats().records).toBe(0);
  });

  it('reads records back from disk when they are not cached, byte for byte', async () => {
    const spool = await open({ cacheBytes: 0 });
    await spool.append(records(1, 4));
    const got = await spool.peek(10, Infinity);
    expect(got).toEqual(records(1, 4));
  });

  it('keeps a batch within the byte limit, but always offers at least one record', async () => {
    const spool = await open();
    await spool.append(records(1, 4));
    expect(ids(await spool.peek(10, lineBytes * 2 + 10))).toEqual([1, 2]);
    expect(ids(await spool.peek(10, 1))).toEqual([1]);
  });

  it('starts new segment files as they fill and deletes the ones fully acknowledged', async () => {
    const spool = await open({ segmentBytes: lineBytes * 2 });
    for (let r = 1; r <= 6; r++) await spool.append([record(r)]);
    expect(segments()).toHaveLength(3);
    await spool.ack(3);
    expect(segments()).toHaveLength(2);
    await spool.ack(3);
    expect(segments()).toHaveLength(1); // the segment being written to stays
    await spool.close();
    const again = await open({ segmentBytes: lineBytes * 2 });
    expect(again.stats().records).toBe(0);
    await again.append([record(7)]);
    expect(ids(await again.peek(10, Infinity))).toEqual([7]);
  });

  it('drops a record torn by a crash mid-append, logs it, and appends cleanly after it', async () => {
    const spool = await open();
    await spool.append(records(1, 3));
    await spool.close();
    const last = path.join(dir, segments().at(-1)!);
    appendFileSync(last, JSON.stringify(record(4)).slice(0, 100)); // kill -9 mid-write
    const logger = capturingLogger();
    const again = await open({ logger });
    expect(again.stats().records).toBe(3);
    expect(logger.lines).toEqual([expect.objectContaining({ level: 'warn', msg: expect.stringContaining('partially written'), fields: expect.objectContaining({ droppedBytes: 100 }) })]);
    await again.append([record(4)]);
    await again.close();
    const third = await open({ cacheBytes: 0 });
    expect(ids(await third.peek(10, Infinity))).toEqual([1, 2, 3, 4]);
  });

  it('replaces the cursor atomically: a crash while writing it leaves the previous one in force', async () => {
    const spool = await open();
    await spool.append(records(1, 4));
    await spool.ack(1);
    await spool.close();
    expect(readdirSync(dir)).not.toContain('cursor.json.tmp');
    const before = readFileSync(path.join(dir, 'cursor.json'), 'utf8');
    expect(JSON.parse(before)).toEqual({ segment: expect.any(Number), offset: lineBytes });
    // The process died after writing half of the next cursor to the temp file, before the rename.
    writeFileSync(path.join(dir, 'cursor.json.tmp'), '{"segment":1,"off');
    const again = await open();
    expect(ids(await again.peek(10, Infinity))).toEqual([2, 3, 4]);
    expect(readdirSync(dir)).not.toContain('cursor.json.tmp');
  });

  it('resends everything rather than skipping anything when the cursor file is damaged', async () => {
    const spool = await open();
    await spool.append(records(1, 3));
    await spool.ack(2);
    await spool.close();
    writeFileSync(path.join(dir, 'cursor.json'), 'garbage');
    const logger = capturingLogger();
    const again = await open({ logger });
    expect(ids(await again.peek(10, Infinity))).toEqual([1, 2, 3]);
    expect(logger.lines.map((l) => l.level)).toEqual(['error']);
  });

  it('refuses appends beyond its bound with a retriable SINK_SPOOL_FULL, and accepts again once drained', async () => {
    const spool = await open({ maxBytes: lineBytes * 3 });
    await spool.append(records(1, 3));
    const err = await spool.append([record(4)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WardenError);
    expect(err).toMatchObject({ code: 'SINK_SPOOL_FULL', retriable: true });
    expect((err as Error).message).toContain('"test"');
    expect(spool.stats().records).toBe(3); // nothing half-appended
    await spool.ack(1);
    await spool.append([record(4)]);
    expect(ids(await spool.peek(10, Infinity))).toEqual([2, 3, 4]);
  });

  it('accepts one batch larger than its bound when empty, so a big batch cannot wedge it', async () => {
    const spool = await open({ maxBytes: lineBytes });
    await spool.append(records(1, 3));
    expect(spool.stats().records).toBe(3);
    await expect(spool.append([record(4)])).rejects.toMatchObject({ code: 'SINK_SPOOL_FULL' });
  });

  it('refuses use after close', async () => {
    const spool = await open();
    await spool.close();
    await spool.close();
    await expect(spool.append([record(1)])).rejects.toMatchObject({ code: 'SINK_SPOOL_CLOSED' });
  });
});
