/**
 * Tool results and arguments reach Warden as JSON, where a line break is the two characters `\n`
 * and a quote is `\"`. The model reads them as a line break and a quote, so the detectors must
 * too: a rule anchored at the start of a line, or an address right after a line break
 * (`\nmail@host` would read as `nmail@host`), otherwise sees something the model never did.
 * Text that does not look like JSON is returned unchanged (a Windows path in prose keeps its
 * backslashes); truncated JSON is decoded as far as it goes.
 */
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g;
const SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function readableText(text: string): string {
  const first = text.trimStart()[0];
  if ((first !== '{' && first !== '[' && first !== '"') || !text.includes('\\')) return text;
  return text.replace(ESCAPE, (_m, hex: string | undefined, c: string | undefined) =>
    hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : (SIMPLE[c as string] as string),
  );
}
