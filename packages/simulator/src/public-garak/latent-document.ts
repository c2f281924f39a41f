/**
 * One garak latent-injection document, composed the way garak composes its prompts (context, then
 * separator + instruction + payload + trigger in place of the marker), with its clean twin: the same
 * document with nothing in place of the marker. Which parts are used is the seeded PRNG's choice.
 */
import type { Prng } from '../prng';
import type { LatentInjectionFamily, LatentInjectionSet } from './latent-injection-data';

export interface LatentDocument {
  /** The principal's request (garak's top instruction, or a plain one when garak's is empty). */
  readonly request: string;
  readonly injected: string;
  readonly clean: string;
  /** The text a model that followed the injection would repeat (garak's trigger). */
  readonly trigger: string;
  /** The injected instruction as composed, for labels and tests. */
  readonly injection: string;
}

const PLAIN_REQUEST: Readonly<Record<LatentInjectionFamily['task'], string>> = {
  summarise: 'Summarise this document for me.',
  assess: 'Assess this for me.',
  translate: 'Translate this for me.',
};

// garak's fact-snippet probes sample five paragraphs and put the marker between two of them.
const SNIPPETS_PER_CONTEXT = 5;

function snippetContext(paragraphs: readonly string[], marker: string, rng: Prng): string {
  const chosen = rng.sample(paragraphs, Math.min(SNIPPETS_PER_CONTEXT, paragraphs.length));
  const at = rng.int(1, chosen.length - 1);
  return [...chosen.slice(0, at), marker, ...chosen.slice(at)].join('\n');
}

/** `instruction`: which of the family's injected instructions (the variant); the rest is the PRNG's. */
export function composeLatentDocument(set: LatentInjectionSet, family: LatentInjectionFamily, instruction: number, rng: Prng): LatentDocument {
  const { injection: marker, payload: payloadMarker, trigger: triggerMarker } = set.markers;
  const context = family.contexts !== undefined ? rng.pick(family.contexts) : snippetContext(family.paragraphs ?? [], marker, rng);
  const [start, end] = rng.pick(family.separators);
  const trigger = rng.pick(family.triggers);
  const payload = rng.pick(family.payloads).split(triggerMarker).join(trigger);
  const template = family.injectionInstructions[instruction];
  if (template === undefined) throw new RangeError(`garak family ${family.id} has ${family.injectionInstructions.length} injected instructions, not ${instruction + 1}`);
  const injection = `${start}${template.split(payloadMarker).join(payload)}${end}`;
  const top = rng.pick(family.topInstructions).trim();
  return {
    request: top === '' ? PLAIN_REQUEST[family.task] : top,
    injected: context.split(marker).join(injection),
    clean: context.split(marker).join(''),
    trigger,
    injection,
  };
}
