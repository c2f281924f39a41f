import type { OtlpAttributes } from '@warden/otlp';

/**
 * OpenInference and legacy OpenLLMetry flatten lists into indexed keys
 * (`llm.input_messages.0.message.role`, `gen_ai.prompt.1.content`). This rebuilds the nested
 * form so one message reader serves every convention: numeric segments become array positions
 * (sorted, gaps closed), other segments object keys.
 */

type Node = Map<string, Node | unknown>;

const INDEX = /^\d{1,9}$/;
// Never let attribute keys name an object's prototype machinery.
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

function isNode(v: unknown): v is Node {
  return v instanceof Map;
}

export function unflattenIndexed(attributes: OtlpAttributes, prefix: string): unknown[] {
  const root: Node = new Map();
  const start = `${prefix}.`;
  for (const key in attributes) {
    if (!key.startsWith(start)) continue;
    const segments = key.slice(start.length).split('.');
    if (segments.length < 1 || !INDEX.test(segments[0] ?? '')) continue;
    if (segments.some((s) => s === '' || FORBIDDEN.has(s))) continue;
    let node = root;
    let ok = true;
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i] as string;
      const next = node.get(seg);
      if (next === undefined) {
        const created: Node = new Map();
        node.set(seg, created);
        node = created;
      } else if (isNode(next)) {
        node = next;
      } else {
        ok = false; // a leaf already sits where a branch should be: keep the leaf
        break;
      }
    }
    const leaf = segments[segments.length - 1] as string;
    if (ok && !node.has(leaf)) node.set(leaf, attributes[key]);
  }
  const out = materialize(root);
  return Array.isArray(out) ? out : [];
}

function materialize(node: Node): unknown {
  const keys = [...node.keys()];
  if (keys.length > 0 && keys.every((k) => INDEX.test(k))) {
    return keys
      .map((k) => [Number(k), node.get(k)] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => (isNode(v) ? materialize(v) : v));
  }
  const obj: Record<string, unknown> = {};
  for (const k of keys) {
    const v = node.get(k);
    obj[k] = isNode(v) ? materialize(v) : v;
  }
  return obj;
}
