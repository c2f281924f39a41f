/** One scalar found in a tool's arguments, with the key path that led to it. */
export interface ArgumentField {
  /** Lower-cased last key on the path (`to`, `channel`, `bucket`); empty for bare array items. */
  readonly key: string;
  readonly value: string;
}

const MAX_FIELDS = 500;

/**
 * Tool arguments arrive as JSON text (sometimes truncated by the normalizer, sometimes wrapped as
 * `{"args":[...],"kwargs":{...}}`). This flattens whatever parses into key/value scalars; text that
 * does not parse yields nothing here and is still scanned as free text by the callers.
 */
export function parseArgumentFields(args: string | undefined): ArgumentField[] {
  if (args === undefined || args.length === 0) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    return [];
  }
  const out: ArgumentField[] = [];
  const walk = (node: unknown, key: string): void => {
    if (out.length >= MAX_FIELDS || node === null || node === undefined) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key);
    } else if (typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, k.toLowerCase());
    } else if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
      out.push({ key, value: String(node) });
    }
  };
  walk(parsed, '');
  return out;
}
