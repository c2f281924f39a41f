import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryBus } from '@warden/bus';
import { Topics, WardenError, silentLogger, type RiskFinding } from '@warden/core';
import { OcsfSchemaValidator } from '@warden/ocsf';
import { createEmitter } from './emitter';
import type { EmittedFinding, FindingSink } from './finding-sink';
import { createFileSink } from './file-sink';

const fixture = JSON.parse(readFileSync(path.join(__dirname, '..', 'testdata', 'finding-create.json'), 'utf8')) as RiskFinding;
const finding = (over: Partial<RiskFinding>): RiskFinding => ({ ...fixture, ...over });
const clock = { nowMs: () => 1_795_340_010_000 };
const product = { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' };

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function recordingSink(minSeverity: RiskFinding['severity'] = 'low'): FindingSink & { got: EmittedFinding[] } {
  const got: EmittedFinding[] = [];
  return { name: 'recording', minSeverity, got, write: async (b) => void got.push(...b) };
}

describe('emitter', () => {
  let bus: MemoryBus;
  beforeEach(async () => {
    bus = new MemoryBus({ retryBackoffMs: 5 });
    await bus.start();
  });
  afterEach(async () => bus.stop());

  it('appends one schema-valid OCSF Detection Finding per line to the findings file', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'warden-emitter-')), 'nested', 'alerts.ocsf.jsonl');
    const emitter = createEmitter({ product }, { bus, logger: silentLogger, clock, sinks: [createFileSink({ file, minSeverity: 'low' })] });
    await emitter.start();
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ activity: 'create', revision: 1 }) },
      { key: 'k', value: finding({ activity: 'update', revision: 2, riskScore: 97, severity: 'critical' }) },
    ]);
    await eventually(() => emitter.stats().delivered.file === 2, 'two deliveries');
    await emitter.stop();
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines).toHaveLength(2);
    const validator = OcsfSchemaValidator.load();
    for (const line of lines) expect(validator.validate(line).filter((e) => e.severity === 'error')).toEqual([]);
    expect(lines.map((l) => l.activity_id)).toEqual([1, 2]);
    expect(lines[0]!.finding_info.uid).toBe(lines[1]!.finding_info.uid);
    expect(lines[0]!.metadata.correlation_uid).toBe(fixture.sessionId);
  });

  it('holds findings below a sink minimum back, and announces an incident that crosses it later as a Create', async () => {
    const sink = recordingSink('high');
    const told: [number, readonly string[]][] = [];
    const emitter = createEmitter(
      { product },
      { bus, logger: silentLogger, clock, sinks: [sink], onDelivered: (f, sinks) => void told.push([f.revision, sinks]) },
    );
    await emitter.start();
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ activity: 'create', revision: 1, riskScore: 45, severity: 'medium' }) },
      { key: 'k', value: finding({ activity: 'update', revision: 2, riskScore: 70, severity: 'high' }) },
      { key: 'k', value: finding({ activity: 'update', revision: 3, riskScore: 90, severity: 'critical' }) },
    ]);
    await eventually(() => sink.got.length === 2, 'two findings at high or above');
    await emitter.stop();
    expect(sink.got.map((g) => [g.finding.revision, g.ocsf.activity_id])).toEqual([
      [2, 1],
      [3, 2],
    ]);
    // Only what reached a sink is reported delivered.
    expect(told).toEqual([
      [2, ['recording']],
      [3, ['recording']],
    ]);
  });

  it('retries a batch a sink failed to write, so the finding arrives instead of being dropped', async () => {
    let failures = 0;
    const got: EmittedFinding[] = [];
    const flaky: FindingSink = {
      name: 'flaky',
      minSeverity: 'low',
      async write(b) {
        if (failures++ < 2) throw new WardenError('TEST_SINK_DOWN', 'sink unavailable', { retriable: true });
        got.push(...b);
      },
    };
    const emitter = createEmitter({ product }, { bus, logger: silentLogger, clock, sinks: [flaky] });
    await emitter.start();
    await bus.publish(Topics.findings, [{ key: 'k', value: finding({}) }]);
    await eventually(() => got.length === 1, 'the retried finding');
    await emitter.stop();
    expect(failures).toBe(3);
    expect(emitter.stats().failures.flaky).toEqual({ retriable: 2, permanent: 0 });
    expect(emitter.stats().delivered.flaky).toBe(1);
  });

  it('sends a finding the OCSF mapper refuses to the dead-letter topic and still delivers the rest', async () => {
    const dead: unknown[] = [];
    await bus.subscribe(Topics.deadLetter, { group: 'dlq' }, async (b) => void dead.push(...b.map((r) => r.value)));
    const sink = recordingSink();
    const emitter = createEmitter({ product }, { bus, logger: silentLogger, clock, sinks: [sink] });
    await emitter.start();
    await bus.publish(Topics.findings, [
      { key: 'k', value: finding({ findingId: '', riskScore: Number.NaN }) },
      { key: 'k', value: finding({ findingId: 'good-one' }) },
    ]);
    await eventually(() => sink.got.length === 1 && dead.length === 1, 'one delivery and one dead letter');
    await emitter.stop();
    expect(sink.got[0]!.finding.findingId).toBe('good-one');
    expect(dead[0]).toMatchObject({ topic: Topics.findings, reason: 'OCSF_INVALID_FINDING' });
  });
});
