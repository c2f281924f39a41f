import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryBus } from '@warden/bus';
import { Topics, silentLogger, type FindingActivity, type RiskFinding } from '@warden/core';
import { OcsfSchemaValidator } from '@warden/ocsf';
import type { DeliveryOutcome, DeliveryTarget } from './delivery/delivery-target';
import { createRecordingTarget, type RecordingTarget } from './delivery/recording-target';
import { createEmitter, type Emitter, type EmitterDeps } from './emitter';
import { createFileTarget } from './file-sink';
import type { EmittedFinding, FindingSink } from './finding-sink';
import { promptly } from '../../../test/support/eventually';

const fixture = JSON.parse(readFileSync(path.join(__dirname, '..', 'testdata', 'finding-create.json'), 'utf8')) as RiskFinding;
const finding = (over: Partial<RiskFinding>): RiskFinding => ({ ...fixture, ...over });
const clock = { nowMs: () => 1_795_340_010_000 };
const product = { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' };
const ACTIVITY_ID: Record<FindingActivity, number> = { create: 1, update: 2, close: 3 };

/** Revision and OCSF activity_id of what a target was delivered. */
const got = (t: RecordingTarget) => t.delivered.map((r) => [r.revision, r.ocsf.activity_id]);

/** A destination that is down: every send hangs until delivery gives up on it. */
const downTarget = (name: string): RecordingTarget =>
  createRecordingTarget({
    name,
    respond: (_r, _a, signal) => new Promise<DeliveryOutcome>((resolve) => signal.addEventListener('abort', () => resolve({ kind: 'retry', reason: 'timeout' }))),
  });

describe('emitter', () => {
  let bus: MemoryBus;
  let dataDir: string;
  let emitters: Emitter[];
  beforeEach(async () => {
    bus = new MemoryBus({ retryBackoffMs: 5 });
    await bus.start();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-emitter-'));
    emitters = [];
  });
  afterEach(async () => {
    for (const e of emitters) await e.stop();
    await bus.stop();
  });

  function emitter(targets: readonly DeliveryTarget[], more: Partial<EmitterDeps> = {}, drainTimeoutMs = 1000): Emitter {
    const e = createEmitter(
      { product, spoolDir: path.join(dataDir, 'spool'), deadLetterDir: path.join(dataDir, 'dead-letter'), drainTimeoutMs },
      { bus, logger: silentLogger, clock, targets, ...more },
    );
    emitters.push(e);
    return e;
  }
  const emitterLag = () => bus.stats().find((g) => g.topic === Topics.findings && g.group === 'emitter')?.depth ?? 0;

  it('appends one schema-valid OCSF Detection Finding per line to the findings file', async () => {
    const file = path.join(dataDir, 'nested', 'alerts.ocsf.jsonl');
    const e = emitter([createFileTarget({ file, minSeverity: 'low' })]);
    await e.start();
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ activity: 'create', revision: 1 }) },
      { key: 'k', value: finding({ activity: 'update', revision: 2, riskScore: 97, severity: 'critical' }) },
    ]);
    await promptly(() => e.stats().delivered.file === 2, 'two deliveries');
    await e.stop();
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines).toHaveLength(2);
    const validator = OcsfSchemaValidator.load();
    for (const line of lines) expect(validator.validate(line).filter((x) => x.severity === 'error')).toEqual([]);
    expect(lines.map((l) => l.activity_id)).toEqual([1, 2]);
    expect(lines.map((l) => l.metadata.uid)).toEqual([`${fixture.findingId}:1`, `${fixture.findingId}:2`]);
    expect(lines[0]!.finding_info.uid).toBe(lines[1]!.finding_info.uid);
    expect(lines[0]!.metadata.correlation_uid).toBe(fixture.sessionId);
  });

  it('shapes each sink its own way: Create when an incident first crosses its threshold, Close only if it was told', async () => {
    const all = createRecordingTarget({ name: 'all', minSeverity: 'low' });
    const high = createRecordingTarget({ name: 'high', minSeverity: 'high' });
    const observer: FindingSink & { got: EmittedFinding[] } = { name: 'observer', minSeverity: 'high', got: [], write: async (b) => void observer.got.push(...b) };
    const told: [number, FindingActivity, string][] = [];
    const e = emitter([all, high], { sinks: [observer], onDelivered: (f, sink) => void told.push([f.revision, f.activity, sink]) });
    await e.start();
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ activity: 'create', revision: 1, riskScore: 45, severity: 'medium' }) },
      { key: 'k', value: finding({ activity: 'update', revision: 2, riskScore: 70, severity: 'high' }) },
      { key: 'k', value: finding({ activity: 'update', revision: 3, riskScore: 90, severity: 'critical' }) },
      { key: 'k', value: finding({ activity: 'close', revision: 4, riskScore: 90, severity: 'critical' }) },
      // Closing an incident no sink was ever told about says nothing to anyone.
      { key: 'o', value: finding({ findingId: 'never-told', activity: 'close', revision: 6, severity: 'critical' }) },
    ]);
    await promptly(() => e.stats().delivered.all === 4 && e.stats().delivered.high === 3 && observer.got.length === 3, 'deliveries');
    expect(got(all)).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
      [4, 3],
    ]);
    expect(got(high)).toEqual([
      [2, 1],
      [3, 2],
      [4, 3],
    ]);
    expect(observer.got.map((g) => [g.finding.revision, g.finding.activity, g.ocsf.activity_id])).toEqual([
      [2, 'create', 1],
      [3, 'update', 2],
      [4, 'close', 3],
    ]);
    // Told once per record, at its first delivery, as the delivering sink shaped it.
    await promptly(() => told.length === 4, 'four records reported');
    expect(told.map(([rev]) => rev).sort()).toEqual([1, 2, 3, 4]);
    const shapedBy = (rev: number, sink: string) => (sink === 'high' && rev === 2 ? 'create' : ['create', 'update', 'update', 'close'][rev - 1]);
    for (const [rev, activity, sink] of told) expect(activity).toBe(shapedBy(rev, sink));
    expect(e.stats()).toMatchObject({ findingsIn: 5, delivered: { all: 4, high: 3, observer: 3 } });
  });

  it('sends a finding the OCSF mapper refuses to the dead-letter topic and still delivers the rest', async () => {
    const dead: unknown[] = [];
    await bus.subscribe(Topics.deadLetter, { group: 'dlq' }, async (b) => void dead.push(...b.map((r) => r.value)));
    const target = createRecordingTarget();
    const e = emitter([target]);
    await e.start();
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ findingId: '', riskScore: Number.NaN }) },
      { key: 'k', value: finding({ findingId: 'good-one' }) },
    ]);
    await promptly(() => target.delivered.length === 1 && dead.length === 1, 'one delivery and one dead letter');
    expect(target.delivered[0]!.findingId).toBe('good-one');
    expect(dead[0]).toMatchObject({ topic: Topics.findings, reason: 'OCSF_INVALID_FINDING' });
  });

  it('acknowledges the bus once spooled: a down sink holds up neither the pipeline nor the other sink', async () => {
    const down = downTarget('down');
    const up = createRecordingTarget({ name: 'up' });
    const e = emitter([down, up], {}, 50);
    await e.start();
    for (let rev = 1; rev <= 3; rev++) await bus.publish(Topics.findings, [{ key: 'k', value: finding({ activity: rev === 1 ? 'create' : 'update', revision: rev }) }]);
    await promptly(() => up.delivered.length === 3, 'the healthy sink to get everything');
    await promptly(() => emitterLag() === 0, 'the bus to be acknowledged');
    expect(got(up)).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
    ]);
    const downStats = e.stats().sinks.find((s) => s.sink === 'down')!;
    expect(downStats).toMatchObject({ delivered: 0, pendingRecords: 3 });
    const t0 = Date.now();
    await e.stop();
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('after a restart resumes the spool and never announces an incident twice', async () => {
    const e1 = emitter([downTarget('siem')], {}, 20);
    await e1.start();
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ activity: 'create', revision: 1, severity: 'medium', riskScore: 45 }) },
      { key: 'k', value: finding({ activity: 'update', revision: 2, severity: 'high', riskScore: 70 }) },
    ]);
    await promptly(() => emitterLag() === 0 && e1.stats().sinks[0]!.pendingRecords === 2, 'two records spooled');
    await e1.stop();

    const siem = createRecordingTarget({ name: 'siem', minSeverity: 'low' });
    const e2 = emitter([siem]);
    await e2.start();
    await bus.publish(Topics.findings, [{ key: 'k', value: finding({ activity: 'update', revision: 3, severity: 'critical', riskScore: 90 }) }]);
    await promptly(() => siem.delivered.length === 3, 'everything delivered');
    expect(got(siem)).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
    ]);
    expect(new Set(siem.delivered.map((r) => r.id)).size).toBe(3);
    await e2.stop();

    // And a sink that first hears of the incident after a restart still gets a Create first.
    const late = createRecordingTarget({ name: 'late', minSeverity: 'critical' });
    const e3 = emitter([createRecordingTarget({ name: 'siem' }), late]);
    await e3.start();
    await bus.publish(Topics.findings, [{ key: 'k', value: finding({ activity: 'update', revision: 4, severity: 'critical', riskScore: 95 }) }]);
    await promptly(() => late.delivered.length === 1, 'the late sink');
    expect(got(late)).toEqual([[4, 1]]);
  });

  it('drops a record the sink already has when it comes back, also after a restart (a scorer that re-published)', async () => {
    const siem = createRecordingTarget({ name: 'siem', minSeverity: 'low' });
    const e1 = emitter([siem]);
    await e1.start();
    const note = (seq: number) => finding({ activity: 'update', revision: 2, severity: 'high', riskScore: 70, response: { seq, decisionId: 'x/throttle', action: 'throttle', status: 'executed', reason: 'r', atMs: 1 } });
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ activity: 'create', revision: 1, severity: 'medium', riskScore: 45 }) },
      { key: 'k', value: finding({ activity: 'update', revision: 2, severity: 'high', riskScore: 70 }) },
      { key: 'k', value: note(1) },
      // The same revision and the same response step again, as a restarted producer would send them.
      { key: 'k', value: finding({ activity: 'update', revision: 2, severity: 'high', riskScore: 70 }) },
      { key: 'k', value: note(1) },
    ]);
    await promptly(() => e1.stats().findingsIn === 5 && siem.delivered.length === 3, 'three distinct records delivered');
    await e1.stop();
    expect(e1.stats().repeatsDropped).toBe(2);

    const again = createRecordingTarget({ name: 'siem', minSeverity: 'low' });
    const e2 = emitter([again]);
    await e2.start();
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ activity: 'create', revision: 1, severity: 'medium', riskScore: 45 }) },
      { key: 'k', value: note(1) },
      { key: 'k', value: finding({ activity: 'update', revision: 3, severity: 'critical', riskScore: 90 }) },
      { key: 'k', value: note(2) },
    ]);
    await promptly(() => again.delivered.length === 2, 'only the new records');
    await new Promise((r) => setTimeout(r, 50));
    expect(again.delivered.map((r) => r.id)).toEqual([`${fixture.findingId}:3`, `${fixture.findingId}:2:response:2`]);
    expect(new Set([...siem.delivered, ...again.delivered].map((r) => r.id)).size).toBe(5);
  });

  it('holds bus input back while a spool is full, and takes it once the sink drains', async () => {
    let up = false;
    const target = createRecordingTarget({ name: 'slow', respond: () => (up ? { kind: 'delivered' } : { kind: 'retry', reason: 'HTTP 503' }) });
    const e = createEmitter(
      { product, spoolDir: path.join(dataDir, 'spool'), deadLetterDir: path.join(dataDir, 'dead-letter'), delivery: { maxSpoolBytes: 1000 } },
      { bus, logger: silentLogger, clock, targets: [target], sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))) },
    );
    emitters.push(e);
    await e.start();
    await bus.publish(Topics.findings, [{ key: 'k', value: finding({ revision: 1 }) }]);
    await promptly(() => e.stats().sinks[0]!.pendingRecords === 1, 'the first record spooled');
    await bus.publish(Topics.findings, [{ key: 'k', value: finding({ activity: 'update', revision: 2 }) }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(emitterLag()).toBe(1); // refused by the full spool, so still on the bus
    expect(e.stats().sinks[0]!.pendingRecords).toBe(1);
    up = true;
    await promptly(() => target.delivered.length === 2 && emitterLag() === 0, 'both delivered');
    expect(got(target)).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('refuses two sinks with one name', () => {
    expect(() => emitter([createRecordingTarget({ name: 'a' }), createRecordingTarget({ name: 'a' })])).toThrow(/"a" is used twice/);
  });
});
