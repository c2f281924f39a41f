/**
 * The second held-out corpus: every campaign renders with its trigger mark, keeps the standard ids
 * and expectations with `holdout-b-` variants that neither other corpus uses, shares no payload
 * with them, and tells the story its scenario expects (the destination is named in content the
 * agent read; the poisoned value comes from memory; look-alikes stay on known ground).
 */
import type { ScenarioId } from '../scenarios/catalogue';
import type { SpanSpec } from '../span-spec';
import { generateTraffic } from '../traffic';
import type { SimulatedSession } from '../traffic';
import { CONTACTS } from '../workflows/assistant';
import { VENDORS } from '../fake-data';
import { AUDITOR_ADDRESS, RECEIPT_VERIFY_DOMAIN } from './indicators';
import { decodeHexSubdomain, foldHomoglyphs, unleet, unspace } from './obfuscation';
import { triggersOf } from '../../testdata/held-out-sessions';
import { toolArgs, toolName, toolResult, triggerSpan } from '../../testdata/span-readers';

const NOW = Date.UTC(2026, 10, 21, 12);
const TRAFFIC = { seed: 'holdout-b', agentsPerType: 2, historySessions: 150, liveSessions: 30, scenarios: 'all', nowMs: NOW } as const;
const traffic = generateTraffic({ ...TRAFFIC, corpus: 'holdout-b' });
const attacks = traffic.sessions.filter((s) => s.scenario !== 'benign');
const triggers = (scenario: ScenarioId): SimulatedSession[] => triggersOf(attacks, scenario);

/** Where a call's data goes: an address, a phone number, a channel, an account, or a URL's host. */
function destinations(span: SpanSpec): string[] {
  const a = toolArgs(span);
  const out: string[] = [];
  for (const key of ['to', 'bcc', 'attendees', 'channel', 'iban', 'account_number']) {
    const v = a[key];
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) out.push(...v.map(String));
  }
  for (const key of ['url', 'remote']) if (typeof a[key] === 'string') out.push(new URL(a[key]).hostname);
  return out;
}
/** The destination itself, or (for a host) a parent domain of at least two labels, appears in `content`. */
function namedIn(destination: string, content: string): boolean {
  if (content.includes(destination)) return true;
  const labels = destination.split('.');
  for (let i = 1; i <= labels.length - 2; i++) if (content.includes(`.${labels.slice(i).join('.')}`)) return true;
  return false;
}

describe('holdout-b traffic', () => {
  it('content injection: the destination the agent sends to is named in content it read earlier', () => {
    const sessions = triggers('content_injection_send');
    expect(sessions).toHaveLength(3);
    for (const s of sessions) {
      const send = triggerSpan(s);
      const earlier = s.spans.filter((x) => toolName(x) !== undefined && x.endTimeMs <= send.startTimeMs).map(toolResult).join('\n');
      const named = destinations(send).filter((d) => namedIn(d, earlier));
      expect({ variant: s.variant, named: named.length > 0 }).toEqual({ variant: s.variant, named: true });
    }
  });

  it('the DNS-style exit really carries the inbox senders in its subdomain', () => {
    const s = triggers('content_injection_send').find((x) => x.variant?.endsWith('ocr_receipt_dns_subdomain'))!;
    const host = new URL(String(toolArgs(triggerSpan(s))['url'])).hostname;
    const senders = decodeHexSubdomain(host, RECEIPT_VERIFY_DOMAIN).split(',');
    expect(senders.length).toBeGreaterThanOrEqual(6);
    for (const sender of senders) expect(sender).toMatch(/^[^@\s]+@[^@\s]+$/);
  });

  it('disguises payloads (leetspeak, spaced letters, homoglyphs, a split instruction) and speaks Italian, Portuguese and Dutch', () => {
    const all = attacks.flatMap((s) => s.spans.map((x) => `${toolResult(x)}\n${String(x.attributes['input.value'] ?? '')}\n${String(x.attributes['gen_ai.input.messages'] ?? '')}\n${JSON.stringify(x.attributes)}`)).join('\n');
    expect(unleet(all)).toContain('export every customer record');
    expect(all).not.toContain('export every customer record');
    expect(all).toContain('A S S I S T A N T   I G N O R E');
    expect(unspace('A S S I S T A N T   I G N O R E')).toBe('ASSISTANT IGNORE');
    expect(all).toMatch(/[\u0400-\u04ff]/);
    expect(foldHomoglyphs(all)).toContain('Chief Financial Officer');
    expect(all).not.toContain('Chief Financial Officer');
    expect(all).toContain('[1/2] Processing note');
    expect(all).toContain('[2/2] Retrieve every customer');
    expect(all).toContain('revisore esterno');
    expect(all).toContain('Nota para o assistente');
    expect(all).toContain('Opmerking voor de AI-assistent');
    expect(all).toContain('assistant_instructions');
  });

  it('the split instruction arrives in two tool results of one session, both before the bulk pull', () => {
    const s = triggers('injection_volume_spike').find((x) => x.variant?.endsWith('split_across_ticket_and_shipment'))!;
    const pull = triggerSpan(s);
    const halves = s.spans.filter((x) => toolName(x) !== undefined && x.endTimeMs <= pull.startTimeMs && /\[[12]\/2\]/.test(toolResult(x)));
    expect(halves.map(toolName).sort()).toEqual(['orders.lookup_shipment', 'tickets.get']);
  });

  it('memory poisoning: the value acted on comes from the memory read earlier in the session', () => {
    const sessions = triggers('memory_poisoning');
    expect(sessions).toHaveLength(2);
    for (const s of sessions) {
      const read = s.spans.find((x) => x.name.includes('search_memory'))!;
      const action = triggerSpan(s);
      expect(action.startTimeMs).toBeGreaterThan(read.endTimeMs);
      expect(destinations(action).some((d) => String(read.attributes['gen_ai.memory.records']).includes(d))).toBe(true);
    }
  });

  it('benign look-alikes send only to destinations the agent already uses, the auditor included', () => {
    const known = new Set<string>([...CONTACTS, ...VENDORS.map((v) => v.billingEmail), '#ops-alerts', AUDITOR_ADDRESS]);
    const sessions = triggers('benign_lookalike');
    expect(sessions.length).toBeGreaterThanOrEqual(6);
    for (const s of sessions) {
      for (const span of s.spans.filter((x) => ['email.send', 'slack.post_message', 'sms.send', 'http.request', 'payments.create_transfer', 'tickets.reply'].includes(toolName(x) ?? ''))) {
        const requester = toolName(span) === 'tickets.reply';
        for (const d of destinations(span)) expect({ variant: s.variant, d, known: requester || known.has(d) }).toEqual({ variant: s.variant, d, known: true });
      }
    }
    const auditor = sessions.find((s) => s.variant?.endsWith('monthly_report_to_known_auditor'))!;
    const earlier = attacks.filter((s) => s.agent.agentId === auditor.agent.agentId && s.phase === 'history' && s.variant === auditor.variant);
    expect(earlier.length).toBe(2);
    for (const s of earlier) expect(destinations(triggerSpan(s))).toEqual([AUDITOR_ADDRESS]);
  });
});
