import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RiskFinding } from '@warden/core';
import { createConsoleSink, summarizeFinding } from './console-sink';

const fixture = JSON.parse(readFileSync(path.join(__dirname, '..', 'testdata', 'finding-create.json'), 'utf8')) as RiskFinding;

describe('summarizeFinding', () => {
  it('tells a new incident by severity, risk, agent, session and its strongest reasons', () => {
    const line = summarizeFinding(fixture);
    expect(line).toMatch(/^\[CRITICAL 87\] NEW Injected instruction/);
    expect(line).toContain(`agent ${fixture.agentId}`);
    expect(line).toContain('why: A tool result tells the model to ignore its previous instructions');
  });

  it('tells a response step as what was done and by whom, not as another update of the incident', () => {
    const line = summarizeFinding({
      ...fixture,
      activity: 'update',
      response: { seq: 2, decisionId: `${fixture.findingId}/quarantine`, action: 'quarantine', status: 'executed', by: ['alice'], reason: 'confirmed exfiltration', atMs: 1 },
    });
    expect(line).toMatch(/^\[CRITICAL 87\] RESPONSE quarantine executed by alice — agent support-7/);
    expect(line).toContain('confirmed exfiltration');
    expect(line).not.toContain('UPDATED');
  });
});

describe('console sink', () => {
  it('prints findings and response steps, but not the note that a notification went out', async () => {
    let out = '';
    const sink = createConsoleSink({ out: { write: (chunk: string) => ((out += chunk), true) } as unknown as NodeJS.WritableStream, minSeverity: 'low' });
    const note = (action: string) => ({ ...fixture, activity: 'update' as const, response: { seq: 1, decisionId: `x/${action}`, action, status: 'pending_approval' as const, reason: 'r', atMs: 1 } });
    await sink.write([fixture, note('notify'), note('quarantine')].map((finding) => ({ finding, ocsf: {} as never })));
    const lines = out.trim().split('\n').filter((l) => l.startsWith('['));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/RESPONSE quarantine pending approval/);
  });
});
