import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Logger } from '@warden/core';
import { verifyAuditLog, type AuditEntry } from '@warden/response';
import { AuditLog } from './audit-log';

function recordingLogger(): Logger & { errors: { fields: Record<string, unknown>; message: string }[] } {
  const errors: { fields: Record<string, unknown>; message: string }[] = [];
  const logger = {
    errors,
    debug() {},
    info() {},
    warn() {},
    error(fields: Record<string, unknown>, message: string) {
      errors.push({ fields, message });
    },
    child: () => logger,
  };
  return logger;
}

const lines = (text: string): AuditEntry[] => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AuditEntry);

describe('AuditLog', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'warden-audit-'));
    file = path.join(dir, 'audit', 'audit.jsonl');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('appends concurrent calls one at a time, in call order, as a chain that verifies', async () => {
    const log = await AuditLog.open(file, recordingLogger());
    await Promise.all(Array.from({ length: 40 }, (_, i) => log.append({ atMs: i, type: 'finding', actor: 'warden', data: { i } })));
    await log.close();
    const text = await readFile(file, 'utf8');
    expect(lines(text).map((e) => [e.seq, e.data.i])).toEqual(Array.from({ length: 40 }, (_, i) => [i + 1, i]));
    expect(verifyAuditLog(text)).toMatchObject({ ok: true, entries: 40 });
    expect(log.appendedCount()).toBe(40);
  });

  it('resumes the chain from the last line after a restart', async () => {
    const first = await AuditLog.open(file, recordingLogger());
    await first.append({ atMs: 1, type: 'finding', actor: 'warden', data: {} });
    await first.append({ atMs: 2, type: 'decision', actor: 'warden', data: {} });
    await first.close();
    const second = await AuditLog.open(file, recordingLogger());
    const entry = await second.append({ atMs: 3, type: 'kill_switch', actor: 'carol', data: { engaged: true } });
    await second.close();
    expect(entry.seq).toBe(3);
    expect(verifyAuditLog(await readFile(file, 'utf8'))).toMatchObject({ ok: true, entries: 3 });
  });

  it('reports a damaged log by line, never rewrites it, and keeps appending from its last entry', async () => {
    const first = await AuditLog.open(file, recordingLogger());
    for (let i = 0; i < 3; i += 1) await first.append({ atMs: i, type: 'finding', actor: 'warden', data: { i } });
    await first.close();
    const original = await readFile(file, 'utf8');
    const edited = original.replace('"i":1', '"i":7');
    await writeFile(file, edited);

    const logger = recordingLogger();
    const second = await AuditLog.open(file, logger);
    expect(logger.errors).toHaveLength(1);
    expect(logger.errors[0]!.fields).toMatchObject({ line: 2 });
    expect(logger.errors[0]!.message).toContain('line 2');
    const entry = await second.append({ atMs: 9, type: 'finding', actor: 'warden', data: {} });
    await second.close();

    const after = await readFile(file, 'utf8');
    expect(after.startsWith(edited)).toBe(true);
    expect(entry).toMatchObject({ seq: 4, prevHash: lines(original)[2]!.hash });
    expect(verifyAuditLog(after)).toMatchObject({ ok: false, line: 2 });
  });

  it('starts a fresh line after a torn last line, leaving the torn one visible', async () => {
    const first = await AuditLog.open(file, recordingLogger());
    const good = await first.append({ atMs: 1, type: 'finding', actor: 'warden', data: {} });
    await first.close();
    await appendFile(file, '{"seq":2,"atMs":2,"ty');

    const logger = recordingLogger();
    const second = await AuditLog.open(file, logger);
    const entry = await second.append({ atMs: 3, type: 'finding', actor: 'warden', data: {} });
    await second.close();
    expect(logger.errors[0]!.fields).toMatchObject({ line: 2 });
    expect(entry).toMatchObject({ seq: 2, prevHash: good.hash });
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')[1]).toBe('{"seq":2,"atMs":2,"ty');
    expect(JSON.parse(text.split('\n')[2]!)).toEqual(entry);
  });
});
