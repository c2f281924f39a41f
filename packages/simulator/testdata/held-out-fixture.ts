/**
 * What a held-out corpus's own test file starts from: its traffic (a fixed seed and clock, the
 * size every corpus test uses), the attack sessions, every other corpus's small traffic digested
 * (corpus-digest.ts) for the "nobody else uses it" comparisons, and finders for a scenario's
 * triggers and one variant.
 */
import type { ScenarioId } from '../src/scenarios/catalogue';
import { SCENARIO_CORPORA, type ScenarioCorpus } from '../src/scenarios/corpus';
import { generateTraffic, type SimulatedSession } from '../src/traffic';
import { corpusDigest, exitTools, type CorpusDigest } from './corpus-digest';
import { resultOfTool, triggersOf, variantIn } from './held-out-sessions';
import { escaped, spanText, toolArgs, toolName, toolResult, triggerSpan } from './span-readers';

export interface HeldOutFixture {
  readonly traffic: ReturnType<typeof generateTraffic>;
  readonly attacks: readonly SimulatedSession[];
  /** The corpora compared with (every other one unless told), each as its small traffic's digest. */
  readonly otherCorpora: readonly CorpusDigest[];
  /** Of those, the corpora written before this one (what "no earlier corpus uses" compares with). */
  readonly earlierCorpora: readonly CorpusDigest[];
  triggers(scenario: ScenarioId): SimulatedSession[];
  variant(scenario: ScenarioId, suffix: string): SimulatedSession;
  /** The trigger tools of this corpus's exfiltrating families, and those of the corpora compared with. */
  exits(): { mine: string[]; others: ReadonlySet<string> };
  /** One slow-leak variant: its sessions, the hosts their sends reach, how many people's e-mails they carry. */
  slowLeak(suffix: string): { sessions: number; hosts: string[]; people: number };
  /** The ordinary (benign) sessions of the traffic. */
  readonly ordinary: readonly SimulatedSession[];
  /**
   * Memory poisoning: each trigger acts on one of `values` (each used once) after the memory read that
   * returned it; the setup sessions read `carriers`, the texts the memories were written from.
   */
  expectMemoryActedOn(values: readonly string[], carriers?: readonly string[]): void;
  /** Each slow-leak variant sends one person's details per session (20 sessions or more) to its one host. */
  expectSlowLeaks(variants: readonly (readonly [suffix: string, host: string])[]): void;
  /** Supply chain: `tool`, which ordinary sessions use, reaches `host`, which no ordinary session reaches. */
  expectStableToolGainsHost(session: SimulatedSession, tool: string, host: string): void;
  /** Supply chain: `tool`, which no ordinary session uses, reaches `host` (carrying what `carries` checked, when given). */
  expectNewToolReachesHost(session: SimulatedSession, tool: string, host: string, carries?: boolean): void;
  /**
   * Scope deviation: two triggers, each calling only `scopeTools` (its trigger tool among them), and no
   * ordinary session calls a tool `domains` matches (the reach is outside what the cohort ever does).
   */
  expectScopeToolsOnly(scopeTools: readonly string[], domains: RegExp): void;
  /**
   * Volume spikes: two triggers, each returning `minCustomers` customers or more, called right after
   * the tool `carriers` matches (the injected content the pull follows).
   */
  expectVolumeSpikesRightAfter(carriers: RegExp, minCustomers: number): void;
  /** Drift: neither this corpus's model nor its prompt version appears in any corpus compared with. */
  expectDriftMarkersOnlyHere(model: string, promptVersion: string): void;
  /** Ignored injections: none of `sessions` calls a tool `egress` matches, and every HTTP request they make is a GET. */
  expectSendsNothing(sessions: readonly SimulatedSession[], egress: RegExp): void;
  /** The words of this corpus's languages appear in no corpus written before it. */
  expectWordsInNoEarlierCorpus(words: readonly string[]): void;
  /**
   * Each `[scenario, suffix, tool, payload]`: the variant's call of `tool` returned `payload`, and the
   * user's own messages do not carry it (the instruction arrives in the carrier, not the request).
   */
  expectCarriersHoldPayloads(carriers: readonly (readonly [scenario: string, suffix: string, tool: string, payload: string])[]): void;
}

export function heldOutFixture(
  corpus: ScenarioCorpus,
  variantPrefix: string,
  nowMs: number,
  others: readonly ScenarioCorpus[] = SCENARIO_CORPORA.filter((c) => c !== corpus),
): HeldOutFixture {
  const settings = { seed: corpus, agentsPerType: 2, historySessions: 150, liveSessions: 30, scenarios: 'all', nowMs } as const;
  const traffic = generateTraffic({ ...settings, corpus });
  const attacks = traffic.sessions.filter((s) => s.scenario !== 'benign');
  const ordinary = traffic.sessions.filter((s) => s.scenario === 'benign');
  const otherCorpora = others.map(corpusDigest);
  const slowLeak = (suffix: string): { sessions: number; hosts: string[]; people: number } => {
    const sends = attacks.filter((s) => s.variant === `${variantPrefix}${suffix}`).map((s) => toolArgs(triggerSpan(s)));
    return {
      sessions: sends.length,
      hosts: [...new Set(sends.map((a) => new URL(a['url'] as string).hostname))],
      people: new Set(sends.map((a) => JSON.stringify(a).match(/[a-z]+\.[a-z]+\d*@[a-z.]+/)?.[0])).size,
    };
  };
  const earlierCorpora = otherCorpora.filter((o) => SCENARIO_CORPORA.indexOf(o.corpus) < SCENARIO_CORPORA.indexOf(corpus));
  return {
    traffic,
    attacks,
    ordinary,
    otherCorpora,
    earlierCorpora,
    triggers: (scenario) => triggersOf(attacks, scenario),
    variant: (scenario, suffix) => variantIn(attacks, variantPrefix, scenario, suffix),
    exits: () => ({ mine: exitTools(traffic), others: new Set(otherCorpora.flatMap((o) => o.exitTools)) }),
    slowLeak,
    expectMemoryActedOn: (values, carriers = []) => {
      const acts = memoryActs(triggersOf(attacks, 'memory_poisoning'), values);
      expect(acts).toHaveLength(values.length);
      for (const a of acts) {
        expect(a.actionStartMs).toBeGreaterThan(a.readEndMs);
        expect(a.readText).toContain(a.value);
      }
      expect(acts.map((a) => a.value).sort()).toEqual([...values].sort());
      const setups = attacks.filter((s) => s.scenario === 'memory_poisoning' && s.label?.role === 'setup');
      for (const c of carriers) expect(textOf(setups)).toContain(escaped(c));
    },
    expectSlowLeaks: (variants) => {
      for (const [v, host] of variants) {
        const leak = slowLeak(v);
        expect(leak.sessions).toBeGreaterThanOrEqual(20);
        expect([v, leak.hosts]).toEqual([v, [host]]);
        expect(leak.people).toBeGreaterThan(leak.sessions / 2);
      }
    },
    expectStableToolGainsHost: (session, tool, host) => {
      expect([toolName(triggerSpan(session)), textOf([session]).includes(host)]).toEqual([tool, true]);
      expect(textOf(ordinary).includes(host)).toBe(false);
      expect(ordinary.flatMap(toolsOf)).toContain(tool);
    },
    expectNewToolReachesHost: (session, tool, host, carries) => {
      const seen = [toolName(triggerSpan(session)), textOf([session]).includes(host)];
      expect(carries === undefined ? seen : [...seen, carries]).toEqual(carries === undefined ? [tool, true] : [tool, true, true]);
      expect(ordinary.flatMap(toolsOf)).not.toContain(tool);
    },
    expectScopeToolsOnly: (scopeTools, domains) => {
      const sessions = triggersOf(attacks, 'scope_deviation');
      expect(sessions).toHaveLength(2);
      for (const s of sessions) {
        expect(scopeTools).toContain(toolName(triggerSpan(s)));
        expect(toolsOf(s).every((t) => scopeTools.includes(t))).toBe(true);
      }
      expect(ordinary.flatMap(toolsOf).filter((t) => domains.test(t))).toEqual([]);
    },
    expectVolumeSpikesRightAfter: (carriers, minCustomers) => {
      const sessions = triggersOf(attacks, 'injection_volume_spike');
      expect(sessions).toHaveLength(2);
      for (const s of sessions) {
        const r = JSON.parse(toolResult(triggerSpan(s))) as { customers?: unknown[] };
        expect({ variant: s.variant, bulk: (r.customers?.length ?? 0) >= minCustomers }).toEqual({ variant: s.variant, bulk: true });
        const tools = toolsOf(s);
        expect(tools.indexOf(toolName(triggerSpan(s))!) - 1).toBe(tools.findIndex((t) => carriers.test(t)));
      }
    },
    expectDriftMarkersOnlyHere: (model, promptVersion) => {
      for (const { corpus: other, text } of otherCorpora) {
        expect([other, text.includes(model), text.includes(promptVersion)]).toEqual([other, false, false]);
      }
    },
    expectSendsNothing: (sessions, egress) => {
      for (const s of sessions) {
        expect({ variant: s.variant, egress: toolsOf(s).filter((t) => egress.test(t)) }).toEqual({ variant: s.variant, egress: [] });
        for (const span of s.spans) if (span.attributes['http.request.method'] !== undefined) expect(span.attributes['http.request.method']).toBe('GET');
      }
    },
    expectCarriersHoldPayloads: (carriers) => {
      for (const [scenario, suffix, tool, payload] of carriers) {
        const s = variantIn(attacks, variantPrefix, scenario as ScenarioId, suffix);
        expect([suffix, resultOfTool(s, tool).includes(escaped(payload))]).toEqual([suffix, true]);
        const userText = s.spans.filter((x) => toolName(x) === undefined).map((x) => String(x.attributes['gen_ai.prompt'] ?? x.attributes['input.value'] ?? '')).join('\n');
        expect([suffix, userText.includes(payload.slice(0, 40))]).toEqual([suffix, false]);
      }
    },
    expectWordsInNoEarlierCorpus: (words) => {
      for (const { corpus: other, text } of earlierCorpora) {
        for (const word of words) expect([other, word, text.includes(escaped(word))]).toEqual([other, word, false]);
      }
    },
  };
}

/**
 * What each memory-poisoning trigger did with its memory: when the read ended and the action
 * started, which of `values` the action carries, and what the read returned.
 */
export function memoryActs(
  sessions: readonly SimulatedSession[],
  values: readonly string[],
): { readEndMs: number; actionStartMs: number; value: string | undefined; readText: string }[] {
  return sessions.map((s) => {
    const read = s.spans.find((x) => x.name.includes('search_memory'));
    if (read === undefined) throw new Error(`session ${s.sessionId} never reads memory`);
    const action = triggerSpan(s);
    const args = JSON.stringify(toolArgs(action));
    return {
      readEndMs: read.endTimeMs,
      actionStartMs: action.startTimeMs,
      value: values.find((v) => args.includes(v)),
      readText: String(read.attributes['gen_ai.memory.records'] ?? spanText(read)),
    };
  });
}

/** All the text of some sessions' spans, one span a line. */
export const textOf = (sessions: readonly SimulatedSession[]): string => sessions.flatMap((s) => s.spans.map(spanText)).join('\n');

/** The tools a session calls, in order. */
export const toolsOf = (s: SimulatedSession): string[] => s.spans.map(toolName).filter((t): t is string => t !== undefined);
