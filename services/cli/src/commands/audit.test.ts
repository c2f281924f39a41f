import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chainAuditEntry, type AuditEntry } from '@warden/response';
import { runCli } from '../admin-api/__tests__/run-cli';

function auditLog(): { text: string; entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  const inputs = [
    { atMs: 1_795_340_000_000, type: 'finding' as const, actor: 'warden', data: { findingId: 'f-1', severity: 'critical' } },
    { atMs: 1_795_340_000_100, type: 'approval_requested' as const, actor: 'warden', data: { decisionId: 'f-1/quarantine' } },
    { atMs: 1_795_340_060_000, type: 'approval_vote' as const, actor: 'alice', data: { decisionId: 'f-1/quarantine', verdict: 'approve', reason: 'confirmed' } },
    { atMs: 1_795_340_060_500, type: 'action_executed' as const, actor: 'warden', data: { decisionId: 'f-1/quarantine', status: 200 } },
  ];
  for (const input of inputs) entries.push(chainAuditEntry(entries.at(-1), input));
  return { text: entries.map((e) => `${JSON.stringify(e)}\n`).join(''), entries };
}

describe('warden audit verify', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'warden-audit-'));
    mkdirSync(path.join(dir, 'audit'));
    file = path.join(dir, 'audit', 'audit.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on an intact log, naming the entries and the head hash; the default file is under WARDEN_DATA_DIR', async () => {
    const { text, entries } = auditLog();
    writeFileSync(file, text);
    const r = await runCli(['audit', 'verify'], { WARDEN_DATA_DIR: dir });
    expect(r).toEqual({ code: 0, stdout: `audit log intact: 4 entries, head ${entries[3]?.hash}\n`, stderr: '' });
    expect((await runCli(['audit', 'verify', '--file', file])).code).toBe(0);
  });

  it('exits 1 naming the line and entry when one byte of an entry is changed', async () => {
    const { text } = auditLog();
    const at = text.indexOf('confirmed');
    const edited = `${text.slice(0, at)}C${text.slice(at + 1)}`;
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(file, edited);
    const r = await runCli(['audit', 'verify', '--file', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^audit log broken at line 3 \(entry seq 3\): .+\n$/);
  });

  it('exits 1 when an entry is removed or two are swapped', async () => {
    const lines = auditLog().text.trimEnd().split('\n');
    writeFileSync(file, `${[lines[0], lines[2], lines[3]].join('\n')}\n`);
    const removed = await runCli(['audit', 'verify', '--file', file]);
    expect(removed.code).toBe(1);
    expect(removed.stdout).toMatch(/^audit log broken at line 2 \(entry seq 3\)/);
    writeFileSync(file, `${[lines[0], lines[2], lines[1], lines[3]].join('\n')}\n`);
    expect((await runCli(['audit', 'verify', '--file', file])).stdout).toMatch(/^audit log broken at line 2/);
    expect(readFileSync(file, 'utf8')).toContain('approval_vote');
  });

  it('exits 1 saying which file it could not read, and 2 on bad usage', async () => {
    const missing = await runCli(['audit', 'verify'], { WARDEN_DATA_DIR: path.join(dir, 'nowhere') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(path.join(dir, 'nowhere', 'audit', 'audit.jsonl'));
    expect(missing.stderr).toMatch(/ENOENT.*--file or set WARDEN_DATA_DIR/);
    expect((await runCli(['audit'])).code).toBe(2);
    expect((await runCli(['audit', 'check'])).code).toBe(2);
    expect((await runCli(['audit', 'verify', '--files', file])).code).toBe(2);
  });
});
