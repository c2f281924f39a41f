import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RiskFinding } from '@warden/core';
import { toDetectionFinding } from '@warden/ocsf';
import type { OutboundRecord } from './delivery/delivery-target';
import { classifyFileWriteError, createFileTarget } from './file-sink';

const fixture = JSON.parse(readFileSync(path.join(__dirname, '..', 'testdata', 'finding-create.json'), 'utf8')) as RiskFinding;
const record = (revision: number): OutboundRecord => {
  const f = { ...fixture, revision };
  return { id: `${f.findingId}:${revision}`, findingId: f.findingId, revision, activity: f.activity, severity: f.severity, ocsf: toDetectionFinding(f, { nowMs: 1_795_340_010_000, product: { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' } }) };
};
const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('file target', () => {
  it('appends the OCSF object of each record as one line, after what the file already held', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'warden-file-')), 'a', 'alerts.jsonl');
    const target = createFileTarget({ file, minSeverity: 'low' });
    await target.start!();
    expect(await target.send([record(1), record(2)], new AbortController().signal)).toEqual({ kind: 'delivered' });
    expect(await target.send([record(3)], new AbortController().signal)).toEqual({ kind: 'delivered' });
    await target.stop!();
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { metadata: { uid: string } });
    expect(lines.map((l) => l.metadata.uid)).toEqual([1, 2, 3].map((r) => `${fixture.findingId}:${r}`));
    expect(lines[0]).toEqual(record(1).ocsf);
  });

  it('fails to start with an actionable error when the file cannot be opened', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'warden-file-'));
    writeFileSync(path.join(dir, 'not-a-dir'), '');
    const target = createFileTarget({ file: path.join(dir, 'not-a-dir', 'alerts.jsonl'), minSeverity: 'low' });
    await expect(target.start!()).rejects.toMatchObject({ code: 'SINK_FILE_UNWRITABLE', message: expect.stringContaining('WARDEN_ALERTS_FILE') });
  });

  it('reports a findings path it cannot write as misconfigured, so the records wait instead of being lost', async () => {
    // A directory where the file should be (permissions would not stop root, which tests may run as).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'warden-file-'));
    mkdirSync(path.join(dir, 'alerts.jsonl'));
    const target = createFileTarget({ file: path.join(dir, 'alerts.jsonl'), minSeverity: 'low' });
    expect(await target.send([record(1)], new AbortController().signal)).toEqual({ kind: 'misconfigured', reason: expect.stringMatching(/^EISDIR: /) });
  });

  it('classifies write errors: a full disk may pass, permissions need an operator', () => {
    expect(classifyFileWriteError(errno('ENOSPC'))).toEqual({ kind: 'retry', reason: 'ENOSPC: ENOSPC: something' });
    expect(classifyFileWriteError(errno('EIO')).kind).toBe('retry');
    expect(classifyFileWriteError(new Error('odd')).kind).toBe('retry');
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOENT']) expect(classifyFileWriteError(errno(code)).kind).toBe('misconfigured');
  });
});
