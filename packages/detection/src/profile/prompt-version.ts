import type { AgentEvent } from '@warden/core';
import { safeKey } from '../internal/safe-key';
import { stableId } from '../text/hash';

/** Enough of the system prompt to tell one template from another, not so much that context varies it. */
const TEMPLATE_CHARS = 400;

/**
 * The prompt version of a span: the one the instrumentation declares (`gen_ai.prompt.version`,
 * OpenInference's template version, Traceloop's managed prompt), or else a fingerprint of the
 * system prompt's opening paragraph. Most agents declare no version; a new prompt still shows as
 * new text. Only the opening paragraph counts, because frameworks append per-request context
 * (retrieved memories, the date) after it, and a fingerprint that changes every session would be
 * no version at all (drift needs one version to dominate history).
 */
export function promptVersionOf(e: Pick<AgentEvent, 'kind' | 'promptVersion' | 'contents'>): string | undefined {
  if (e.promptVersion !== undefined) return safeKey(e.promptVersion);
  if (e.kind !== 'llm') return undefined;
  const system = e.contents.find((p) => p.origin === 'system' && typeof p.text === 'string' && p.text.trim().length > 0);
  if (system === undefined) return undefined;
  const template = system.text.split(/\n\s*\n/, 1)[0]?.replace(/\s+/g, ' ').trim().slice(0, TEMPLATE_CHARS) ?? '';
  return template.length === 0 ? undefined : `system-prompt:${stableId('system-prompt', template).slice(0, 12)}`;
}
