import { boundText } from './bounded-text';
import type { NormalizeLimits } from './limits';

/**
 * What a span touched, as `type:value` strings (`memory_record:r-17`, `db.collection:customers`,
 * `document:kb-42`) or a URL without its query. Bounded and de-duplicated; overflow is counted.
 */
export class ResourceSet {
  private readonly items = new Set<string>();
  private dropped = 0;

  constructor(private readonly limits: NormalizeLimits) {}

  add(type: string, value: string | undefined): void {
    if (value === undefined || value.trim() === '') return;
    this.addRaw(`${type}:${value.trim()}`);
  }

  addUrl(url: string | undefined): void {
    if (url === undefined) return;
    this.addRaw(urlWithoutQuery(url));
  }

  private addRaw(resource: string): void {
    const bounded = boundText(resource, this.limits.maxIdentityChars);
    if (this.items.has(bounded)) return;
    if (this.items.size >= this.limits.maxResources) {
      this.dropped++;
      return;
    }
    this.items.add(bounded);
  }

  get droppedResources(): number {
    return this.dropped;
  }

  toArray(): string[] {
    return [...this.items];
  }
}

/** Query strings carry tokens and per-call noise; the resource is the endpoint. */
function urlWithoutQuery(url: string): string {
  const trimmed = url.trim();
  const cut = trimmed.search(/[?#]/);
  return cut < 0 ? trimmed : trimmed.slice(0, cut);
}

/** Host of a URL, lower-cased; undefined when it does not parse. */
export function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const host = new URL(url.trim()).hostname.toLowerCase();
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}
