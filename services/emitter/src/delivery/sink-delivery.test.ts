import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { silentLogger, systemClock, type Logger, type RiskFinding, type Severity } from '@warden/core';
import { toDetectionFinding } from '@warden/ocsf';
import { DeadLetterStore, type DeadLetter } from './dead-letter-store';
import type { DeliveryOutcome, OutboundRecord } from './delivery-target';
import { createRecordingTarget, type RecordingTarget } from './recording-target';
import { createSinkDelivery, type SinkDelivery, type SinkDeliveryDeps } from './sink-delivery';
import { promptly } from '../../../../test/support/eventually';

const fixture = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'testdata', 'finding-create.json'), 'utf8')) as RiskFinding;
const product = { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' };

function record(revision: number, severity: Severity = 'critical'): OutboundRecord {
  const f: RiskFinding = { ...fixture, revision, severity, activity: revision === 1 ? 'create' : 'update' };
  const ocsf = toDetectionFinding(f, { nowMs: 1_795_340_010_000, product });
  return { id: `${f.findingId}:${revision}`, findingId: f.findingId, revision, activity: f.activity, severity, ocsf };
}
const records = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => record(from + i));
const revs = (rs: readonly OutboundRecord[]) => rs.map((r) => r.revision);

function capturingLogger(): Logger & { lines: { level: string; msg: string }[] } {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (_fields: Record<string, unknown>, msg: string) => void lines.push({ level, msg });
  const logger = { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return logger;
}

describe('sink delivery', () => {
  let root: string;
  let spoolDir: string;
  let deadLetters: DeadLetterStore;
  let sleeps: number[];
  let running: SinkDelivery[];
  /** Records every wait and returns at once: backoff is asserted, not waited out. */
  const fakeSleep = async (ms: number) => {
    sleeps.push(ms);
    await new Promise((r) => setImmediate(r));
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'warden-delivery-'));
    spoolDir = path.join(root, 'spool');
    deadLetters = new DeadLetterStore(path.join(root, 'dead-letter'));
    sleeps = [];
    running = [];
  });
  afterEach(async () => {
    for (const d of running) await d.stop();
    await deadLetters.close();
  });

  async function started(target: RecordingTarget, deps: Partial<SinkDeliveryDeps> = {}): Promise<SinkDelivery> {
    const delivery = createSinkDelivery(target, { spoolDir }, { logger: silentLogger, clock: systemClock, deadLetters, sleep: fakeSleep, random: () => 0.5, ...deps });
    running.push(delivery);
    await delivery.start();
    return delivery;
  }

  const deadLettered = (sink: string): DeadLetter[] => {
    const file = path.join(root, 'dead-letter', `${sink}.jsonl`);
    return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DeadLetter) : [];
  };

  it('retries a transient failure with backoff and then delivers the same batch, in order, nothing lost', async () => {
    const target = createRecordingTarget({ respond: (_r, attempt) => (attempt <= 2 ? { kind: 'retry', reason: 'HTTP 503' } : { kind: 'delivered' }) });
    const told: number[][] = [];
    const delivery = await started(target, { onDelivered: (rs) => void told.push(revs(rs)) });
    await delivery.enqueue(records(1, 5));
    await promptly(() => delivery.stats().delivered === 5, 'delivery');
    expect(target.sent.map(revs)).toEqual([
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5],
    ]);
    expect(sleeps).toEqual([250, 500]); // full jitter at random() = 0.5 under 500 ms, then 1 s
    expect(told).toEqual([[1, 2, 3, 4, 5]]);
    expect(delivery.stats()).toMatchObject({
      delivered: 5,
      attempts: { delivered: 1, retry: 2, too_large: 0, rejected: 0, misconfigured: 0 },
      retries: 2,
      deadLettered: 0,
      pendingRecords: 0,
      pendingBytes: 0,
      healthy: true,
      lastError: 'HTTP 503',
      lastSuccessMs: expect.any(Number),
    });
  });

  it('waits as long as a 429 Retry-After says', async () => {
    const target = createRecordingTarget({ respond: (_r, attempt) => (attempt === 1 ? { kind: 'retry', reason: 'HTTP 429', retryAfterMs: 7000 } : { kind: 'delivered' }) });
    const delivery = await started(target);
    await delivery.enqueue(records(1, 2));
    await promptly(() => delivery.stats().delivered === 2, 'delivery');
    expect(sleeps).toEqual([7000]);
  });

  it('halves a batch the destination calls too large, and dead-letters a record too large on its own', async () => {
    const target = createRecordingTarget({
      batch: { maxRecords: 8 },
      respond: (rs) => (rs.length > 2 || rs.some((r) => r.revision === 7) ? { kind: 'too_large', reason: 'HTTP 413' } : { kind: 'delivered' }),
    });
    const delivery = await started(target);
    await delivery.enqueue(records(1, 8));
    await promptly(() => delivery.stats().delivered === 7, 'the spool to empty');
    // 1-8 too large, 1-4 too large, 1-2, 3-4, 5-8 too large, 5-6, 7-8 too large, 7 alone too large, 8.
    expect(target.sent.map((b) => b.length)).toEqual([8, 4, 2, 2, 4, 2, 2, 1, 1]);
    expect(revs(target.delivered)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(deadLettered('recording').map((d) => [d.record.revision, d.reason])).toEqual([[7, 'too_large: HTTP 413']]);
    expect(delivery.stats()).toMatchObject({ delivered: 7, deadLettered: 1 });
  });

  it('isolates exactly the record the destination rejects into the dead-letter file and delivers the others', async () => {
    const target = createRecordingTarget({
      batch: { maxRecords: 8 },
      respond: (rs) => (rs.some((r) => r.revision === 5) ? { kind: 'rejected', reason: 'HTTP 400: invalid event' } : { kind: 'delivered' }),
    });
    const delivery = await started(target);
    await delivery.enqueue(records(1, 8));
    await promptly(() => delivery.stats().delivered === 7, 'the spool to empty');
    expect(revs(target.delivered)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    // 1-8 rejected, 1-4, 5-8 rejected, 5-6 rejected, 5 alone rejected, 6, 7-8.
    expect(target.sent.map(revs)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4], [5, 6, 7, 8], [5, 6], [5], [6], [7, 8]]);
    const dead = deadLettered('recording');
    expect(dead).toHaveLength(1);
    expect(dead[0]).toEqual({ at: expect.any(Number), sink: 'recording', reason: 'rejected: HTTP 400: invalid event', record: record(5) });
    expect(deadLetters.count('recording')).toBe(1);
    expect(delivery.stats()).toMatchObject({ delivered: 7, deadLettered: 1, attempts: expect.objectContaining({ rejected: 4, delivered: 3 }) });
  });

  it('keeps everything while misconfigured, reports it once, and delivers it all once the configuration is fixed', async () => {
    let fixed = false;
    const target = createRecordingTarget({ respond: () => (fixed ? { kind: 'delivered' } : { kind: 'misconfigured', reason: 'HTTP 403: invalid token' }) });
    const logger = capturingLogger();
    const delivery = await started(target, { logger });
    await delivery.enqueue(records(1, 3));
    await promptly(() => target.sent.length >= 4, 'several refused attempts');
    expect(delivery.stats()).toMatchObject({ healthy: false, lastError: 'HTTP 403: invalid token', delivered: 0, deadLettered: 0, pendingRecords: 3 });
    expect(sleeps.slice(0, 3)).toEqual([60_000, 60_000, 60_000]); // the slowest pace
    const errors = logger.lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toContain('HTTP 403: invalid token');
    await delivery.enqueue(records(4, 4));
    fixed = true;
    await promptly(() => delivery.stats().delivered === 4, 'delivery after the fix');
    expect(revs(target.delivered)).toEqual([1, 2, 3, 4]);
    expect(deadLettered('recording')).toEqual([]);
    expect(delivery.stats().healthy).toBe(true);
    expect(logger.lines.filter((l) => l.level === 'info').map((l) => l.msg)).toContain('sink recovered: delivering again');
  });

  it('reports a sink unhealthy only after repeated transient failures, and logs it once', async () => {
    const healthAtAttempt: boolean[] = [];
    let delivery: SinkDelivery | undefined;
    const target = createRecordingTarget({
      respond: (_r, attempt) => {
        healthAtAttempt.push(delivery!.stats().healthy);
        return attempt <= 6 ? { kind: 'retry', reason: 'connection refused' } : { kind: 'delivered' };
      },
    });
    const logger = capturingLogger();
    delivery = await started(target, { logger });
    await delivery.enqueue(records(1, 1));
    await promptly(() => delivery!.stats().delivered === 1, 'delivery');
    // Healthy through two failures, unhealthy from the third until the delivery.
    expect(healthAtAttempt).toEqual([true, true, true, false, false, false, false]);
    expect(delivery.stats().healthy).toBe(true);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
  });

  it('treats a send that throws as transient and still delivers', async () => {
    const target = createRecordingTarget({
      respond: (_r, attempt) => {
        if (attempt === 1) throw new Error('socket hang up');
        return { kind: 'delivered' };
      },
    });
    const delivery = await started(target);
    await delivery.enqueue(records(1, 2));
    await promptly(() => delivery.stats().delivered === 2, 'delivery');
    expect(delivery.stats()).toMatchObject({ attempts: expect.objectContaining({ retry: 1, delivered: 1 }), lastError: 'send failed: socket hang up' });
  });

  it('never spools records below the sink minimum severity', async () => {
    const target = createRecordingTarget({ minSeverity: 'high' });
    const delivery = await started(target);
    await delivery.enqueue([record(1, 'medium'), record(2, 'high')]);
    await promptly(() => delivery.stats().delivered === 1, 'delivery');
    expect(revs(target.delivered)).toEqual([2]);
  });

  it('waits up to maxWaitMs to fill a batch, and not at all once it is full', async () => {
    const target = createRecordingTarget({ batch: { maxRecords: 3, maxWaitMs: 300 } });
    const delivery = await started(target, { sleep: undefined });
    const t0 = Date.now();
    await delivery.enqueue(records(1, 1));
    await delivery.enqueue(records(2, 2));
    await promptly(() => delivery.stats().delivered === 2, 'the partial batch');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    expect(target.sent.map(revs)).toEqual([[1, 2]]);
    const t1 = Date.now();
    await delivery.enqueue(records(3, 5));
    await promptly(() => delivery.stats().delivered === 5, 'the full batch');
    expect(Date.now() - t1).toBeLessThan(250);
  });

  it('stops promptly during an outage; the next run over the same spool delivers everything exactly once', async () => {
    // The destination hangs until it is told to give up, as a slow SIEM does.
    const down = createRecordingTarget({
      name: 'siem',
      respond: (_r, _a, signal) => new Promise<DeliveryOutcome>((resolve) => signal.addEventListener('abort', () => resolve({ kind: 'retry', reason: 'aborted' }))),
    });
    const first = createSinkDelivery(down, { spoolDir }, { logger: silentLogger, clock: systemClock, deadLetters });
    await first.start();
    await first.enqueue(records(1, 3));
    await promptly(() => down.sent.length === 1, 'the first send');
    await first.enqueue(records(4, 6));
    expect(await first.drain(50)).toBe(false);
    const t0 = Date.now();
    await first.stop();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(first.stats()).toMatchObject({ delivered: 0, pendingRecords: 6 });
    await expect(first.enqueue(records(7, 7))).rejects.toMatchObject({ code: 'SINK_DELIVERY_STOPPED', retriable: true });

    const up = createRecordingTarget({ name: 'siem' });
    const second = await started(up);
    await second.enqueue(records(7, 8));
    await promptly(() => second.stats().delivered === 8, 'everything');
    expect(await second.drain(1000)).toBe(true);
    await second.stop();
    expect(revs(up.delivered)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(up.delivered.map((r) => r.id)).size).toBe(8);

    const third = createRecordingTarget({ name: 'siem' });
    await started(third);
    await new Promise((r) => setTimeout(r, 50));
    expect(third.sent).toEqual([]); // nothing delivered is sent again
  });

  it('refuses a sink name that cannot name a directory', () => {
    expect(() => createSinkDelivery(createRecordingTarget({ name: '../etc' }), { spoolDir }, { logger: silentLogger, clock: systemClock, deadLetters })).toThrow(/sink name "\.\.\/etc"/);
  });
});
