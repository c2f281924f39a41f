import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MemoryBus } from '@warden/bus';
import { agentKey, Topics, silentLogger, type RiskFinding } from '@warden/core';
import { DEFAULT_RESPONSE_POLICY, verifyAuditLog, type AuditEntry, type ResponsePolicy } from '@warden/response';
import { createResponder, type Responder, type ResponderConfig } from '../src/responder';
import { startFakeControlPlane, type FakeControlPlane } from './fake-control-plane';
import { promptly } from '../../../test/support/eventually';

/** A 32-byte Standard Webhooks secret, as a platform would hand it out. */
export const CONTROL_PLANE_SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

const FIXTURE = path.join(__dirname, '../../emitter/testdata/finding-create.json');

/** The shared critical finding (support-7, risk 87), optionally reshaped. */
export async function criticalFinding(overrides: Partial<RiskFinding> = {}): Promise<RiskFinding> {
  const base = JSON.parse(await readFile(FIXTURE, 'utf8')) as RiskFinding;
  return { ...base, ...overrides };
}

export async function highFinding(overrides: Partial<RiskFinding> = {}): Promise<RiskFinding> {
  return criticalFinding({ riskScore: 65, severity: 'high', ...overrides });
}

export interface HarnessOptions {
  readonly policy?: ResponsePolicy;
  /** Default true: a fake control plane is started and configured. */
  readonly controlPlane?: boolean;
  readonly failFirst?: number;
  readonly dataDir?: string;
  readonly config?: Partial<ResponderConfig>;
  /** Shares a running control plane (restart tests). */
  readonly plane?: FakeControlPlane;
  readonly clock?: { ms: number };
  /** The secret the responder signs with (default: the control plane's). */
  readonly responderSecret?: string;
}

export interface Harness {
  readonly bus: MemoryBus;
  readonly responder: Responder;
  readonly plane: FakeControlPlane | undefined;
  readonly dataDir: string;
  readonly clock: { ms: number };
  /** Response notes the responder published, in order. */
  readonly notes: RiskFinding[];
  readonly contained: { seconds: number; action: string }[];
  publish(...findings: RiskFinding[]): Promise<void>;
  audit(): Promise<AuditEntry[]>;
  /** Waits until the audit log has an entry matching the predicate, and returns it. */
  auditEntry(type: AuditEntry['type'], where?: (data: Record<string, unknown>) => boolean): Promise<AuditEntry>;
  /** Stops the responder and bus (the control plane only if this harness started it). */
  stop(): Promise<void>;
  /** Stops, checks the audit log verifies, removes the data directory. */
  dispose(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = options.clock ?? { ms: Date.UTC(2026, 5, 1, 12, 0, 0) };
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'warden-responder-')));
  const ownsPlane = options.plane === undefined && options.controlPlane !== false;
  const plane =
    options.plane ??
    (options.controlPlane === false
      ? undefined
      : await startFakeControlPlane({ secret: CONTROL_PLANE_SECRET, clock: { nowMs: () => clock.ms }, ...(options.failFirst ? { failFirst: options.failFirst } : {}) }));
  const bus = new MemoryBus();
  await bus.start();
  const notes: RiskFinding[] = [];
  await bus.subscribe(Topics.findings, { group: 'test-notes' }, async (batch) => {
    for (const { value } of batch) if (value.response) notes.push(value);
  });
  const contained: { seconds: number; action: string }[] = [];
  const responder = createResponder(
    {
      dataDir,
      policy: options.policy ?? DEFAULT_RESPONSE_POLICY,
      ...(plane ? { controlPlane: { url: plane.url, secret: options.responderSecret ?? CONTROL_PLANE_SECRET, timeoutMs: 2000 } } : {}),
      tickMs: 10,
      ...options.config,
    },
    {
      bus,
      logger: silentLogger,
      clock: { nowMs: () => clock.ms },
      sleep: async () => undefined,
      onContained: (seconds, action) => contained.push({ seconds, action }),
    },
  );
  await responder.start();
  const auditFile = path.join(dataDir, 'audit', 'audit.jsonl');
  const readAudit = async (): Promise<AuditEntry[]> => {
    const text = await readFile(auditFile, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as AuditEntry);
  };
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await responder.stop();
    await bus.stop();
    if (ownsPlane) await plane?.close();
  };
  return {
    bus,
    responder,
    plane,
    dataDir,
    clock,
    notes,
    contained,
    publish: (...findings) => bus.publish(Topics.findings, findings.map((f) => ({ key: agentKey(f), value: f }))),
    audit: readAudit,
    async auditEntry(type, where = () => true) {
      let found: AuditEntry | undefined;
      await promptly(async () => {
        found = (await readAudit()).find((e) => e.type === type && where(e.data as Record<string, unknown>));
        return found !== undefined;
      }, `an audit entry of type ${type}`);
      return found as AuditEntry;
    },
    stop,
    async dispose() {
      await stop();
      const verdict = verifyAuditLog(await readFile(auditFile, 'utf8').catch(() => ''));
      if (!verdict.ok) throw new Error(`the audit log does not verify: line ${verdict.line}: ${verdict.problem}`);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
