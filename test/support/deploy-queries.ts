import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One PromQL expression of the operator-facing artifacts, and the file it is in (relative to the repo root). */
export interface DeployQuery {
  readonly file: string;
  readonly expr: string;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DASHBOARDS_DIR = path.join('deploy', 'grafana', 'dashboards');
const RULES_DIR = path.join('deploy', 'prometheus', 'rules');

/**
 * Every PromQL expression Warden ships: each target of each Grafana dashboard (panels inside
 * collapsed rows included) and each alerting and recording rule. `root` is the repository root;
 * tests pass a fixture directory.
 */
export function deployQueries(root: string = REPO_ROOT): DeployQuery[] {
  const queries: DeployQuery[] = [];
  for (const name of listFiles(path.join(root, DASHBOARDS_DIR), '.json')) {
    const file = path.join(DASHBOARDS_DIR, name);
    const dashboard = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { panels?: unknown };
    for (const panel of flattenPanels(dashboard.panels)) {
      const targets = (panel as { targets?: unknown }).targets;
      if (!Array.isArray(targets)) continue;
      for (const target of targets) {
        const expr = (target as { expr?: unknown }).expr;
        if (typeof expr === 'string') queries.push({ file, expr });
      }
    }
  }
  for (const name of listFiles(path.join(root, RULES_DIR), '.yml')) {
    const file = path.join(RULES_DIR, name);
    const doc = parseYaml(readFileSync(path.join(root, file), 'utf8')) as { groups?: { rules?: { expr?: unknown }[] }[] };
    for (const group of doc.groups ?? []) {
      for (const rule of group.rules ?? []) {
        if (typeof rule.expr === 'string') queries.push({ file, expr: rule.expr.trim() });
      }
    }
  }
  return queries;
}

/** Panels of a dashboard with the panels of rows (collapsed rows keep theirs inside) brought up to the top. */
export function flattenPanels(panels: unknown): Record<string, unknown>[] {
  if (!Array.isArray(panels)) return [];
  const out: Record<string, unknown>[] = [];
  for (const p of panels as Record<string, unknown>[]) {
    out.push(p);
    out.push(...flattenPanels(p.panels));
  }
  return out;
}

function listFiles(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
}

// Words that look like metric names to a tokenizer but are PromQL syntax.
const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'atan2', 'inf', 'nan']);
// Label lists follow these; the names inside are labels, not metrics.
const LABEL_LIST_KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
// Aggregations may be written `sum by (le) (...)`, so the name is not always followed by "(".
const AGGREGATIONS = new Set([
  'sum', 'min', 'max', 'avg', 'group', 'stddev', 'stdvar', 'count', 'count_values',
  'bottomk', 'topk', 'quantile', 'limitk', 'limit_ratio',
]);
const HISTOGRAM_SERIES = /_(bucket|sum|count)$/;

/**
 * Names of the scraped metrics a PromQL expression selects, each once, in order of appearance.
 * A histogram's `_bucket`, `_sum` and `_count` series are reported as the histogram's own name
 * (as docs/metrics.md lists it). Names with a colon are left out: by Prometheus convention they
 * are recording rules, produced by deploy/prometheus/rules rather than scraped. `up` is included
 * though Prometheus itself writes it. Selectors written only as `{__name__="..."}` are not seen.
 */
export function metricNamesIn(expr: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < expr.length) {
    const c = expr.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      const end = expr.indexOf('\n', i);
      i = end < 0 ? expr.length : end + 1;
    } else if (c === '"' || c === "'" || c === '`') {
      i = skipString(expr, i);
    } else if (c === '{') {
      i = skipUntil(expr, i, '}');
    } else if (c === '[') {
      i = skipUntil(expr, i, ']');
    } else if (c === '$') {
      // A Grafana variable outside a range, such as ${quantile}.
      const m = /^\$(\{[^}]*\}|\w+)/.exec(expr.slice(i));
      i += m ? m[0].length : 1;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(?:(?:[0-9]+(?:ms|[smhdwy]))+|0x[0-9a-f]+|[0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)/i.exec(expr.slice(i));
      i += m ? m[0].length : 1;
    } else if (/[A-Za-z_:]/.test(c)) {
      const word = /^[A-Za-z_:][A-Za-z0-9_:]*/.exec(expr.slice(i))![0];
      i += word.length;
      let next = i;
      while (next < expr.length && /\s/.test(expr.charAt(next))) next++;
      const followedByParen = expr.charAt(next) === '(';
      const lower = word.toLowerCase();
      if (LABEL_LIST_KEYWORDS.has(lower)) {
        if (followedByParen) i = skipUntil(expr, next, ')');
      } else if (KEYWORDS.has(lower) || AGGREGATIONS.has(word) || followedByParen || word.includes(':')) {
        // syntax, a function call, or a recording rule
      } else {
        const name = word.replace(HISTOGRAM_SERIES, '');
        if (!seen.has(name)) {
          seen.add(name);
          names.push(name);
        }
      }
    } else {
      i++;
    }
  }
  return names;
}

function skipString(text: string, start: number): number {
  const quote = text.charAt(start);
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\' && quote !== '`') i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return i;
}

/** Index just past the `close` that ends the bracket opened at `start`, skipping quoted strings. */
function skipUntil(text: string, start: number, close: string): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"' || c === "'" || c === '`') i = skipString(text, i);
    else if (c === close) return i + 1;
    else i++;
  }
  return i;
}
