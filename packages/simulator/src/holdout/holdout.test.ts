/**
 * The held-out corpus: every campaign renders, carries its trigger mark, keeps the standard ids and
 * expectations with `holdout-` variants, and tells the story its scenario expects (the destination
 * the agent sends to is named in the content it read; benign look-alikes stay on known ground).
 */
import { Prng } from '../prng';
import { SCENARIO_IDS } from '../scenarios/catalogue';
import type { ScenarioId } from '../scenarios/catalogue';
import { SCENARIO_BUILDERS } from '../scenarios/registry';
import type { SpanSpec } from '../span-spec';
import { generateTraffic } from '../traffic';
import type { SimulatedSession } from '../traffic';
import { CONTACTS } from '../workflows/assistant';
import { VENDORS } from '../fake-data';
import { HOLDOUT_VARIANT_PREFIX } from './campaign';
import { stripZeroWidth } from './obfuscation';
import { HOLDOUT_BUILDERS } from './registry';
import { triggersOf } from '../../testdata/held-out-sessions';
import { toolArgs, toolName, toolResult, triggerSpan } from '../../testdata/span-readers';

const NOW = Date.UTC(2026, 10, 21, 12);
const traffic = generateTraffic({ seed: 'holdout', agentsPerType: 2, historySessions: 150, liveSessions: 30, scenarios: 'all', nowMs: NOW, corpus: 'holdout' });
const attacks = traffic.sessions.filter((s) => s.scenario !== 'benign');
const triggers = (scenario: ScenarioId): SimulatedSession[] => triggersOf(attacks, scenario);

/** Where the trigger's data goes: an address, a channel, an IBAN, or a URL's host. */
function destinations(span: SpanSpec): string[] {
  const a = toolArgs(span);
  const out: string[] = [];
  for (const key of ['to', 'bcc', 'attendees', 'channel', 'iban']) {
    const v = a[key];
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) out.push(...v.map(String));
  }
  if (typeof a['url'] === 'string') out.push(new URL(a['url']).hostname);
  for (const m of String(a['body'] ?? '').matchAll(/\]\((https:\/\/[^/)]+)/g)) out.push(new URL(m[1]!).hostname);
  return out;
}

describe('holdout campaigns', () => {

  it('keep the standard scenario ids and agent types, with holdout- variants distinct from the standard ones', () => {
    for (const id of SCENARIO_IDS) {
      const holdout = HOLDOUT_BUILDERS[id]({ rng: new Prng('ids'), leakWindowHours: 4 });
      const standard = SCENARIO_BUILDERS[id]({ rng: new Prng('ids'), leakWindowHours: 4 });
      expect(holdout.length).toBeGreaterThanOrEqual(2);
      for (const c of holdout) {
        expect(c.scenario).toBe(id);
        expect(c.variant.startsWith(HOLDOUT_VARIANT_PREFIX)).toBe(true);
        expect(standard.map((s) => s.variant)).not.toContain(c.variant);
      }
      expect(new Set(holdout.map((c) => c.variant)).size).toBe(holdout.length);
    }
  });
});

describe('holdout traffic', () => {
  it('content injection: the destination the agent sends to is named in content it read earlier', () => {
    const sessions = triggers('content_injection_send');
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    for (const s of sessions) {
      const send = triggerSpan(s);
      const earlier = s.spans.filter((x) => toolName(x) !== undefined && x.endTimeMs <= send.startTimeMs).map((x) => stripZeroWidth(toolResult(x))).join('\n');
      const named = destinations(send).filter((d) => earlier.includes(d));
      expect({ variant: s.variant, named: named.length > 0 }).toEqual({ variant: s.variant, named: true });
    }
  });

  it('hides some payloads: zero-width characters, a base64 chunk, an HTML comment; and speaks German, Spanish and French', () => {
    const all = attacks.flatMap((s) => s.spans.map((x) => toolResult(x) + String(x.attributes['input.value'] ?? '') + String(x.attributes['gen_ai.input.messages'] ?? ''))).join('\n');
    expect(all).toMatch(/[\u200b\u200d]/);
    expect(all).toContain('<!--');
    const chunk = /processing-metadata: ([A-Za-z0-9+/=]{40,})/.exec(all);
    expect(Buffer.from(chunk![1]!, 'base64').toString('utf8')).toContain('Assistant directive');
    expect(all).toContain('Hinweis an den KI-Assistenten');
    expect(all).toContain('directora financiera');
    expect(all).toContain('Note à l');
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

  it('benign look-alikes send only to destinations the agents already use, and act on no instruction', () => {
    const known = new Set<string>([...CONTACTS, ...VENDORS.map((v) => v.billingEmail), ...VENDORS.map((v) => v.iban), '#ops-alerts']);
    const sessions = triggers('benign_lookalike');
    expect(sessions.length).toBeGreaterThanOrEqual(6);
    for (const s of sessions) {
      for (const span of s.spans.filter((x) => ['email.send', 'slack.post_message', 'payments.create_transfer'].includes(toolName(x) ?? ''))) {
        for (const d of destinations(span)) expect(known.has(d)).toBe(true);
      }
    }
  });
});
