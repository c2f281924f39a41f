import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RiskFinding } from '@warden/core';
import { summarizeFinding } from './console-sink';

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
