import { tryParseJson } from './try-parse-json';

const ARRAY_FIELDS = ['records', 'results', 'items', 'customers', 'rows', 'objects', 'documents', 'data', 'hits', 'entries', 'employees', 'invoices'];
const CONTAINER_FIELDS: ReadonlySet<string> = new Set(['records', 'results', 'items', 'rows', 'objects', 'documents', 'hits', 'entries']);
const COUNT_FIELDS = ['count', 'total_count', 'totalcount', 'row_count', 'rowcount', 'num_results', 'hits_total'];
/**
 * `total` counts records beside the page of them it totals (`{"rows": [...], "total": 250}`); alone it
 * is as often an amount (an invoice's `"total": 48600000`, in dong), which no count of records is.
 */
const PAGE_TOTAL = 'total';

/**
 * How many records a tool returned (shared by the normalizer, which sees a big result whole
 * before cutting it to size, and detection, which sees what was kept). Results are JSON arrays, objects with a list field, or carry
 * a count; the normalizer may have truncated a big result, so when JSON does not parse we fall
 * back to a count field or to counting the objects that did arrive (a lower bound).
 */
export function recordsReturned(result: string | undefined, declared?: number): number | undefined {
  const fromDeclared = declared !== undefined && Number.isFinite(declared) && declared >= 0 ? declared : undefined;
  if (result === undefined || result.length === 0) return fromDeclared;
  const parsed = tryParseJson(result);
  let counted: number | undefined;
  if (Array.isArray(parsed)) counted = parsed.length;
  else if (parsed !== null && typeof parsed === 'object') {
    const obj = parsed as Record<string, unknown>;
    const lower = new Map(Object.entries(obj).map(([k, v]) => [k.toLowerCase(), v] as const));
    for (const f of COUNT_FIELDS) {
      const v = lower.get(f);
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) counted = Math.max(counted ?? 0, v);
    }
    for (const f of ARRAY_FIELDS) {
      const v = lower.get(f);
      if (Array.isArray(v)) counted = Math.max(counted ?? 0, v.length);
      // An export or a search that says how many it holds rather than listing them: `"rows": 412000`.
      // A number under a thing's name (`"employees": 150`) is what a report sums up, not rows returned.
      else if (CONTAINER_FIELDS.has(f) && typeof v === 'number' && Number.isInteger(v) && v >= 0) counted = Math.max(counted ?? 0, v);
    }
    // The page may be named for what it lists (`subscribers`, `accounts`): any list beside the total will do.
    const total = lower.get(PAGE_TOTAL);
    const lists = [...lower.values()].filter((v): v is unknown[] => Array.isArray(v));
    if (lists.length > 0 && typeof total === 'number' && Number.isFinite(total) && total >= 0) {
      const summed = lists.find((l) => sumsAField(l, total));
      counted = Math.max(counted ?? 0, summed === undefined ? total : summed.length);
    }
    if (counted === undefined) counted = 1;
  } else if (parsed === undefined) {
    counted = countInTruncated(result);
  }
  if (counted === undefined) return fromDeclared;
  return fromDeclared === undefined ? counted : Math.max(counted, fromDeclared);
}

/**
 * A statement's `total` beside its lines is often what they add up to (`{"lines": [{"amount": 42000000}, …],
 * "total": 287000000}`): a sum of a field every line carries is no count of records, the lines are.
 */
function sumsAField(list: readonly unknown[], total: number): boolean {
  const first = list[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return false;
  const tolerance = 1e-9 * Math.max(1, Math.abs(total));
  return Object.keys(first).some((key) => {
    let sum = 0;
    for (const item of list) {
      const v = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
      if (typeof v !== 'number' || !Number.isFinite(v)) return false;
      sum += v;
    }
    return Math.abs(sum - total) <= tolerance;
  });
}

function countInTruncated(text: string): number | undefined {
  const t = text.trimStart();
  if (!(t.startsWith('[') || t.startsWith('{'))) return undefined;
  // Objects that opened inside the first list: a lower bound on what was returned.
  const listStart = t.startsWith('[') ? 0 : t.search(/"(?:records|results|items|customers|rows|objects|documents|data)"\s*:\s*\[/i);
  const countField = (listStart < 0 ? /"(?:count|total_count|row_count)"\s*:\s*(\d{1,9})/i : /"(?:count|total|total_count|row_count)"\s*:\s*(\d{1,9})/i).exec(t);
  if (countField?.[1] !== undefined) return Number(countField[1]);
  if (listStart < 0) return undefined;
  let depth = 0;
  let objects = 0;
  let inString = false;
  let listDepth = -1;
  for (let i = listStart; i < t.length; i++) {
    const c = t[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (c === '[' && listDepth < 0) listDepth = depth + 1;
      else if (c === '{' && depth === listDepth) objects++;
      depth++;
    } else if (c === ']' || c === '}') depth--;
  }
  return objects > 0 ? objects : undefined;
}
