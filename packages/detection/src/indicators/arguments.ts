/** One scalar found in a tool's arguments, with the key path that led to it. */
export interface ArgumentField {
  /** Lower-cased last key on the path (`to`, `channel`, `bucket`); empty for bare array items. */
  readonly key: string;
  readonly value: string;
  /**
   * Which object of the arguments holds the value (numbered in walk order; 0 the top level), so
   * that a value can be read beside its siblings: a phone next to a date of birth describes a person.
   */
  readonly record?: number;
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
  let records = 0;
  const walk = (node: unknown, key: string, record: number): void => {
    if (out.length >= MAX_FIELDS || node === null || node === undefined) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key, record);
    } else if (typeof node === 'object') {
      const own = records++;
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, k.toLowerCase(), own);
    } else if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
      out.push({ key, value: String(node), record });
    }
  };
  walk(parsed, '', 0);
  return out;
}
