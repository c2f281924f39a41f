/**
 * Where a decoder is inside a request, kept as a stack so that the common (valid) case costs a push
 * and a pop per element and the string is only built for an error message.
 */
const KEY = Symbol('key');

export class FieldPath {
  private readonly segments: (string | number | typeof KEY)[] = [];

  /** Enters a singular field (`status`) or a repeated one (`spans`, then `index()`). */
  enter(name: string): void {
    this.segments.push(name);
  }

  index(i: number): void {
    this.segments.push(i);
  }

  /** An attribute or kvlist entry by its key; leave with `leaveKey()`. */
  key(key: string): void {
    this.segments.push(KEY, key);
  }

  leave(): void {
    this.segments.pop();
  }

  leaveKey(): void {
    this.segments.length -= 2;
  }

  /** `resourceSpans[0].scopeSpans[1].spans[2].attributes["http.method"]`; `(root)` at the top. */
  toString(): string {
    let out = '';
    for (let i = 0; i < this.segments.length; i++) {
      const segment = this.segments[i];
      if (segment === KEY) {
        const key = String(this.segments[++i]);
        out += key === '' ? '[?]' : `[${JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}...` : key)}]`;
      } else if (typeof segment === 'number') {
        out += `[${segment}]`;
      } else if (segment !== undefined) {
        out += out === '' ? segment : `.${segment}`;
      }
    }
    return out === '' ? '(root)' : out;
  }
}
