import type { ContentOrigin, ContentPart } from '@warden/core';
import { boundText } from './bounded-text';
import type { NormalizeLimits } from './limits';

/** Which half of the exchange a part belongs to, for `inputText` / `outputText`. */
export type ContentSide = 'input' | 'output' | 'context';

/**
 * Presentation order of parts in an event: system context, then input, then what the span
 * produced. Extractors add parts in *priority* order (what must survive the part limit first);
 * `section` and `index` restore the natural order afterwards.
 */
export const Section = {
  system: 0,
  input: 1,
  toolArguments: 2,
  toolResult: 3,
  documents: 4,
  output: 5,
} as const;

export interface AddOptions {
  readonly side: ContentSide;
  readonly section: number;
  readonly index?: number;
  readonly ref?: string;
  readonly toolName?: string;
}

interface Collected {
  readonly part: ContentPart;
  readonly side: ContentSide;
  readonly order: number;
  readonly seq: number;
}

export class ContentCollector {
  private readonly collected: Collected[] = [];
  private readonly seen = new Set<string>();
  private dropped = 0;

  constructor(private readonly limits: NormalizeLimits) {}

  /** Whether another part would still be kept; extractors use it to stop walking long lists. */
  get full(): boolean {
    return this.collected.length >= this.limits.maxContentParts;
  }

  get droppedParts(): number {
    return this.dropped;
  }

  add(origin: ContentOrigin, rawText: string, options: AddOptions): void {
    if (rawText.trim() === '') return;
    const text = boundText(rawText, this.limits.maxTextChars);
    const ref = options.ref === undefined ? undefined : boundText(options.ref, this.limits.maxIdentityChars);
    const toolName =
      options.toolName === undefined ? undefined : boundText(options.toolName, this.limits.maxIdentityChars);
    // The same text often arrives twice (e.g. input.value and flattened messages); keep it once.
    const key = `${origin}\u0000${ref ?? ''}\u0000${text}`;
    if (this.seen.has(key)) return;
    if (this.full) {
      this.dropped++;
      return;
    }
    this.seen.add(key);
    const part: ContentPart = {
      origin,
      text,
      ...(ref === undefined ? {} : { ref }),
      ...(toolName === undefined ? {} : { toolName }),
    };
    this.collected.push({
      part,
      side: options.side,
      order: options.section * 1_000_000 + Math.min(options.index ?? 0, 999_999),
      seq: this.collected.length,
    });
  }

  /** Count a part that was never offered because its list was cut short. */
  skip(count: number): void {
    if (count > 0) this.dropped += count;
  }

  private ordered(): Collected[] {
    return [...this.collected].sort((a, b) => a.order - b.order || a.seq - b.seq);
  }

  parts(): ContentPart[] {
    return this.ordered().map((c) => c.part);
  }

  text(side: ContentSide): string | undefined {
    const texts = this.ordered()
      .filter((c) => c.side === side)
      .map((c) => c.part.text);
    return texts.length === 0 ? undefined : boundText(texts.join('\n'), this.limits.maxTextChars);
  }
}
