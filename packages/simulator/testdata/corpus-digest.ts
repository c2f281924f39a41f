/**
 * A corpus's small traffic as the comparisons between corpora read it: all of its text, ordinary
 * sessions included, and the trigger tools of its exfiltrating families. Every held-out corpus's own
 * tests compare with every other corpus, so generating them all again in each test file made the
 * suite grow with the square of the number of corpora. Each digest is made once per test run and kept
 * in the run's cache folder (test/run-cache); without one (a runner that skips the global setup) it is
 * made once per test file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioCorpus } from '../src/scenarios/corpus';
import { generateTraffic, type SimulatedTraffic } from '../src/traffic';
import { spanText, toolName, triggerSpan } from './span-readers';

export interface CorpusDigest {
  readonly corpus: ScenarioCorpus;
  /** Every span's text, one span a line. */
  readonly text: string;
  /** The trigger tools of its exfiltrating families, one per trigger session. */
  readonly exitTools: readonly string[];
}

/** The size and clock every digest is made with: big enough to play every campaign of every family. */
const SMALL_TRAFFIC = { agentsPerType: 2, historySessions: 20, liveSessions: 10, scenarios: 'all', nowMs: Date.UTC(2026, 10, 21, 12) } as const;

/** Families whose trigger is the way out: a new corpus should find new ways. */
const EXIT_FAMILIES: readonly string[] = ['content_injection_send', 'tool_chaining', 'memory_poisoning'];

/** The trigger tools of `traffic`'s exfiltrating families. */
export function exitTools(traffic: SimulatedTraffic): string[] {
  return traffic.sessions.filter((s) => EXIT_FAMILIES.includes(s.scenario) && s.label?.role === 'trigger').map((s) => toolName(triggerSpan(s)) ?? '');
}

const madeInThisFile = new Map<ScenarioCorpus, CorpusDigest>();

/** `corpus`'s small traffic (seeded with its own name), digested. */
export function corpusDigest(corpus: ScenarioCorpus): CorpusDigest {
  const known = madeInThisFile.get(corpus);
  if (known !== undefined) return known;
  const dir = process.env['WARDEN_TEST_RUN_CACHE'];
  const file = dir === undefined ? undefined : join(dir, `corpus-digest-${corpus}.json`);
  let digest: CorpusDigest;
  if (file !== undefined && existsSync(file)) {
    digest = JSON.parse(readFileSync(file, 'utf8')) as CorpusDigest;
  } else {
    const traffic = generateTraffic({ ...SMALL_TRAFFIC, seed: corpus, corpus });
    digest = { corpus, text: traffic.sessions.flatMap((s) => s.spans.map(spanText)).join('\n'), exitTools: exitTools(traffic) };
    if (file !== undefined) {
      // Written aside and renamed, so a test file in another worker never reads half of it.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(digest));
      renameSync(partial, file);
    }
  }
  madeInThisFile.set(corpus, digest);
  return digest;
}
