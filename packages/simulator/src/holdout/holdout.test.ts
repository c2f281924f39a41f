/**
 * The held-out corpus: every campaign renders, carries its trigger mark, keeps the standard ids and
 * expectations with `holdout-` variants, and tells the story its scenario expects (the destination
 * the agent sends to is named in the content it read; benign look-alikes stay on known ground).
 */
import { Prng } from '../prng';
import { SCENARIO_EXPECTATIONS, SCENARIO_IDS } from '../scenarios/catalogue';
import type { ScenarioId } from '../scenarios/catalogue';
import { ATTACK_INDICATORS } from '../scenarios/indicators';
import { SCENARIO_BUILDERS } from '../scenarios/registry';
import type { SpanSpec } from '../span-spec';
import { generateTraffic } from '../traffic';
import type { SimulatedSession } from '../traffic';
import { CONTACTS } from '../workflows/assistant';
import { VENDORS } from '../fake-data';
import { HOLDOUT_VARIANT_PREFIX } from './campaign';
import { HOLDOUT_INDICATORS } from './indicators';
import { stripZeroWidth } from './obfuscation';
import { HOLDOUT_BUILDERS } from './registry';
import { triggersOf } from '../../testdata/held-out-sessions';
import { spanText, toolArgs, toolName, toolResult, triggerSpan } from '../../testdata/span-readers';

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
  const rendered = SCENARIO_IDS.flatMap((id) =>
    HOLDOUT_BUILDERS[id]({ rng: new Prng(`render:${id}`), leakWindowHours: 4 }).map((campaign) => ({ id, campaign })),
  );

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

  it('have more benign look-alikes than any attack family has variants', () => {
    const count = (id: ScenarioId): number => rendered.filter((r) => r.id === id).length;
    const largestAttack = Math.max(...SCENARIO_IDS.filter((id) => SCENARIO_EXPECTATIONS[id].category !== 'none').map(count));
    expect(count('benign_lookalike')).toBeGreaterThan(largestAttack);
  });
});

describe('holdout traffic', () => {
  it('labels every session with the holdout- prefix and the catalogue\'s expectations', () => {
    expect(traffic.labels.length).toBe(attacks.length);
    for (const l of traffic.labels) {
      expect(l.variant.startsWith(HOLDOUT_VARIANT_PREFIX)).toBe(true);
      const e = SCENARIO_EXPECTATIONS[l.scenario];
      expect([l.scenarioNumber, l.expectedCategory, l.expectedMinSeverity, l.expectedMaxSeverity]).toEqual([e.number, e.category, e.minSeverity, e.maxSeverity]);
    }
    const triggered = new Set(traffic.labels.filter((l) => l.role === 'trigger').map((l) => l.scenario));
    expect([...triggered].sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it('shares no payload with the standard scenarios, and ordinary traffic carries none of its own', () => {
    const attackText = attacks.flatMap((s) => s.spans.map(spanText)).join('\n');
    for (const indicator of ATTACK_INDICATORS) expect(attackText.includes(indicator)).toBe(false);
    const benign = traffic.sessions.filter((s) => s.scenario === 'benign' || s.scenario === 'benign_lookalike').flatMap((s) => s.spans.map(spanText)).join('\n');
    for (const indicator of HOLDOUT_INDICATORS) expect(benign.includes(indicator)).toBe(false);
    const standard = generateTraffic({ seed: 'holdout', agentsPerType: 2, historySessions: 20, liveSessions: 10, scenarios: 'all', nowMs: NOW });
    const standardText = standard.sessions.flatMap((s) => s.spans.map(spanText)).join('\n');
    for (const indicator of HOLDOUT_INDICATORS) expect(standardText.includes(indicator)).toBe(false);
  });

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

  it('plays history from the same plan as the standard corpus: same agents at the same times', () => {
    const plan = (t: typeof traffic): string[] => t.sessions.filter((s) => s.phase === 'history' && s.scenario === 'benign').map((s) => `${s.agent.agentId}@${s.startTimeMs}`);
    const standard = generateTraffic({ seed: 'holdout', agentsPerType: 2, historySessions: 150, liveSessions: 30, scenarios: 'all', nowMs: NOW });
    expect(plan(traffic)).toEqual(plan(standard));
    expect(traffic.sessions.filter((s) => s.phase === 'live' && s.scenario === 'benign')).toHaveLength(30);
  });
});
