import type { RiskFinding, Severity } from '@warden/core';
import type { EmittedFinding, FindingSink } from './finding-sink';

/** One line a person reads: severity, risk, agent, session, what happened. */
export function summarizeFinding(f: RiskFinding): string {
  if (f.response) {
    const by = f.response.by && f.response.by.length > 0 ? ` by ${f.response.by.join(', ')}` : '';
    return (
      `[${f.severity.toUpperCase()} ${f.riskScore}] RESPONSE ${f.response.action} ${f.response.status.replace(/_/g, ' ')}${by} — ` +
      `agent ${f.agentId}, session ${f.sessionId}, finding ${f.findingId}\n    ${f.response.reason}`
    );
  }
  const strongest = [...f.signals].sort((a, b) => b.contribution - a.contribution).slice(0, 3);
  const why = strongest.map((s) => s.explanation).join(' | ');
  const verb = f.activity === 'create' ? 'NEW' : f.activity === 'update' ? 'UPDATED' : 'CLOSED';
  return (
    `[${f.severity.toUpperCase()} ${f.riskScore}] ${verb} ${f.title} — agent ${f.agentId} (${f.agentType}), ` +
    `session ${f.sessionId}, finding ${f.findingId} rev ${f.revision}\n    why: ${why}`
  );
}

/**
 * Prints each finding as it is detected. An observer rather than a spooled delivery target: it
 * is a live view for a person at a terminal, which cannot be "down", and replaying old lines
 * after a restart would only confuse; it also needs the domain finding, not its OCSF form.
 */
export function createConsoleSink(options: { out: NodeJS.WritableStream; minSeverity: Severity }): FindingSink {
  return {
    name: 'console',
    minSeverity: options.minSeverity,
    async write(batch: readonly EmittedFinding[]) {
      for (const b of batch) {
        // The finding's own line is the notification; a note saying it was sent adds nothing here.
        if (b.finding.response?.action === 'notify') continue;
        options.out.write(`${summarizeFinding(b.finding)}\n`);
      }
    },
  };
}
