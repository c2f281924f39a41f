import type { AgentEvent, ContentOrigin, SignalLocation } from '@warden/core';
import { parseArgumentFields, type ArgumentField } from '../indicators/arguments';
import { extractIndicators, indicatorValues, namedHosts, type Indicators } from '../indicators/indicators';
import { phoneKey } from '../indicators/phone-key';
import { vendorNamesIn } from '../indicators/vendor-names';
import { clamp01 } from '../internal/stats';
import { assessInjection, injectionTextCues, isUntrustedOrigin, type InjectionFeature, type InjectionTextCues } from '../signals/injection';
import { isInternal } from '../signals/deviations';
import { ATLAS, type SignalHit } from '../signals/signal-hit';
import { contentFingerprint } from '../text/hash';
import { mentionedInProse } from '../text/prose-mention';
import { findSensitiveData, maskedExcerpt } from '../text/sensitive-data';
import { readableText } from '../text/json-text';
import { eventLocation, type ContentNamedValue, type LiveSession, type TimedValue } from './live-session';
import type { MemoryLedger } from './memory-ledger';
import { looksUpRequest, notePrincipalRequest } from './principal-requests';

const INJECTION_WEIGHT = 45;
/** Below this the text is not worth an analyst's look. */
const REPORT_MIN_INJECTION = 0.2;
/** From this on, values named by the text are tainted (used later = provenance). */
const TAINT_MIN_SCORE = 0.3;
export const MAX_TEXT = 20_000;

function fallbackOrigin(e: AgentEvent): ContentOrigin {
  if (e.kind === 'retrieval') return 'retrieved_document';
  if (e.kind === 'memory_read') return 'memory_record';
  return 'tool_result';
}

/** The texts of a span with their origins; the tool result is added when no part carries it. */
export function textsOf(e: AgentEvent): { origin: ContentOrigin; text: string; ref?: string }[] {
  const out: { origin: ContentOrigin; text: string; ref?: string }[] = [];
  for (const p of e.contents) {
    if (typeof p?.text !== 'string' || p.text.length === 0) continue;
    out.push({ origin: p.origin, text: readableText(p.text.slice(0, MAX_TEXT)), ...(p.ref === undefined ? {} : { ref: p.ref }) });
  }
  if (e.toolResult !== undefined && e.toolResult.length > 0 && e.kind !== 'llm' && e.kind !== 'memory_write') {
    const origin = fallbackOrigin(e);
    if (!out.some((p) => p.origin === origin)) out.push({ origin, text: readableText(e.toolResult.slice(0, MAX_TEXT)) });
  }
  return out;
}

/** Characters of text whose injection cues a session keeps (a long conversation's turns; later texts are read again). */
const MAX_CUES_CHARS_PER_SESSION = 200_000;

/** What `text` says (injectionTextCues), read once per session (LiveSession.injectionCues). */
function cuesInSession(s: LiveSession, text: string): InjectionTextCues {
  const memo = (s.injectionCues ??= { byText: new Map(), chars: 0 });
  let cues = memo.byText.get(text);
  if (cues === undefined) {
    cues = injectionTextCues(text);
    if (memo.chars + text.length <= MAX_CUES_CHARS_PER_SESSION) {
      memo.byText.set(text, cues);
      memo.chars += text.length;
    }
  }
  return cues;
}

const TAINT_BEFORE = 100;
const TAINT_AFTER = 250;

/** Values near any place an injection feature matched, its first or a later one (`also`). */
function taintedValues(text: string, features: readonly InjectionFeature[]): string[] {
  const out = new Set<string>();
  for (const f of features) {
    for (const at of [f, ...(f.also ?? [])]) {
      const window = text.slice(Math.max(0, at.start - TAINT_BEFORE), Math.min(text.length, at.end + TAINT_AFTER));
      for (const v of indicatorValues(extractIndicators(window))) out.add(v);
    }
  }
  return [...out];
}

/**
 * How far a page on the organisation's own hosts is trusted, as injection evidence, compared with
 * one from anywhere: an internal wiki's "instructions for AI assistants" panel is the company
 * speaking to its agents. Halved, not ignored: an insider or a compromised wiki can still plant text.
 */
export const INTERNAL_SOURCE_TRUST = 0.5;
/** A relayed standing instruction alone: Low when written, the read-back and the send make it High. */
const RELAYED_INSTRUCTION_SCORE = 0.6;

export interface ContentScanOptions {
  /** The session forwards content to the security mailbox: injection text in its calls is the report's quote. */
  readonly quotesForReport?: boolean;
  /** The span read from the organisation's own hosts (INTERNAL_SOURCE_TRUST). */
  readonly internalSource?: boolean;
  readonly internalDomains?: readonly string[];
  /** The span's arguments as the scorer already parsed them (whether a result answers a lookup the principal asked for). */
  readonly argumentFields?: readonly ArgumentField[];
  /** The span read the organisation's own documents (`readsOrganisationDocuments`): its result is what they say. */
  readonly organisationDocument?: boolean;
}

/** Bound on the documented destinations a session keeps. */
const MAX_DOCUMENTED = 500;

/**
 * Where a document of the organisation's own, which spoke to no model, says things go: its hosts
 * (bare or in a link), addresses and mail domains (`ind`: the text's indicators), and the services
 * it names as names. Whether injected text also named a value is asked when it is used
 * (`documentedBefore`), since taint can come later.
 */
function noteDocumented(s: LiveSession, text: string, ind: Indicators, loc: SignalLocation): void {
  noteFirst((s.documented ??= new Map()), [...namedHosts(text, ind), ...ind.emails, ...ind.emailDomains], loc);
  noteFirst((s.documentedNames ??= new Map()), vendorNamesIn(text), loc);
}

function noteFirst(map: Map<string, TimedValue>, values: readonly string[], loc: SignalLocation): void {
  for (const v of values) {
    if (map.size >= MAX_DOCUMENTED) return;
    if (!map.has(v)) map.set(v, { timeMs: loc.timeMs, spanId: loc.spanId });
  }
}

/**
 * Injection in every text of the span (ContentScanOptions say how far to trust it); taints the
 * values it names; recognises poisoned memory read back and written.
 */
export function scanContent(e: AgentEvent, s: LiveSession, knownTools: readonly string[], ledger: MemoryLedger, opts: ContentScanOptions = {}): SignalHit[] {
  const hits: SignalHit[] = [];
  const loc = eventLocation(e);
  const quotesForReport = opts.quotesForReport === true;
  const internalSource = opts.internalSource === true;
  if (e.kind === 'memory_write') return scanMemoryWrite(e, knownTools, ledger, { session: s, internalDomains: opts.internalDomains ?? [] });
  for (const part of textsOf(e)) {
    if (part.origin === 'user') notePrincipalRequest(s, loc.timeMs, part.text);
    if (quotesForReport && part.origin === 'tool_arguments') continue;
    const assessed = assessInjection(part.text, part.origin, { knownTools }, (text) => cuesInSession(s, text));
    const first = assessed.features[0];
    const anchorKey = first === undefined ? undefined : `inj:${contentFingerprint(assessed.scannedText.slice(first.start, first.end + 80))}`;
    let trusted = false;
    if (anchorKey !== undefined && part.origin !== 'tool_arguments') {
      if (internalSource && (s.internalAnchors ??= new Set()).size < 100) s.internalAnchors.add(anchorKey);
      trusted = internalSource || s.internalAnchors?.has(anchorKey) === true;
    }
    const a = trusted ? { ...assessed, score: assessed.score * INTERNAL_SOURCE_TRUST } : assessed;
    const untrusted = isUntrustedOrigin(part.origin);
    const indicators = extractIndicators(part.text);
    // Whether the document speaks to the model is read before any trust in its host: a wiki page
    // whose instructions count half as injection still names what its writer wants.
    const ownDocument = part.origin === 'retrieved_document' || (part.origin === 'tool_result' && opts.organisationDocument === true);
    if (ownDocument && assessed.score < REPORT_MIN_INJECTION) noteDocumented(s, part.text, indicators, loc);
    if (a.score >= REPORT_MIN_INJECTION && anchorKey !== undefined) {
      const top = a.features[0] as (typeof a.features)[number];
      hits.push({
        key: anchorKey,
        type: 'prompt_injection',
        rule: top.rule,
        score: a.score,
        weight: INJECTION_WEIGHT,
        explanation: `Injection-like text in ${part.origin.replace('_', ' ')} of ${e.name}: ${a.features
          .slice(0, 3)
          .map((f) => f.description)
          .join('; ')}.`,
        location: loc,
        excerpt: maskedExcerpt(a.scannedText, top.start, top.end),
        origin: part.origin,
        role: part.origin === 'tool_arguments' ? 'none' : 'trigger',
        techniques: [part.origin === 'user' ? ATLAS.directPromptInjection : ATLAS.indirectPromptInjection],
      });
    }
    let values = indicatorValues(indicators);
    if (a.score >= TAINT_MIN_SCORE && part.origin !== 'tool_arguments') {
      // Only values near the injected instruction are planted by it: a ticket's requester field,
      // elsewhere in the same result, is not, and is named by the content like any other's.
      const planted = new Set(taintedValues(a.scannedText, a.features));
      for (const v of planted) {
        const prev = s.tainted.get(v);
        if (prev === undefined || loc.timeMs < prev.timeMs) s.tainted.set(v, { timeMs: loc.timeMs, spanId: loc.spanId, origin: part.origin });
      }
      values = values.filter((v) => !planted.has(v));
    }
    if (untrusted) {
      const notYetProse = values.filter((v) => s.contentNamed.get(v)?.inProse !== true);
      const prose = mentionedInProse(part.text, notYetProse);
      let lookup: boolean | undefined;
      const lookedUp = (): boolean => (lookup ??= part.origin === 'tool_result' && looksUpRequest(s, loc.timeMs, opts.argumentFields ?? parseArgumentFields(e.toolArguments)));
      for (const v of notYetProse) {
        const inProse = prose.has(v);
        noteNamed(s, v, inProse, () => ({ timeMs: loc.timeMs, spanId: loc.spanId, origin: part.origin, inProse, ...(!inProse && lookedUp() ? { lookedUpForPrincipal: true } : {}) }));
      }
      notePhonesNamed(s, part.text, loc, part.origin);
    }
    if (e.kind === 'memory_read' || part.origin === 'memory_record') {
      // Record ids only: resources also name the store, which every read shares.
      const matches = ledger.matchRead(e.tenant, e.agentId, part.text, part.ref === undefined ? [] : [part.ref]);
      for (const r of matches) {
        hits.push({
          key: `memread:${r.fingerprint}`,
          type: 'memory_poisoning',
          rule: 'memory.poisoned_read',
          score: 0.85,
          weight: 35,
          explanation: `${e.name} read back a memory record written with injection text in session ${r.sessionId}.`,
          location: loc,
          excerpt: r.excerpt,
          origin: 'memory_record',
          role: 'trigger',
          techniques: [ATLAS.indirectPromptInjection],
        });
        for (const v of r.indicators) if (!s.memoryTaint.has(v)) s.memoryTaint.set(v, { timeMs: loc.timeMs, spanId: loc.spanId });
      }
    }
  }
  return hits;
}

/** Verbs of a standing instruction to send, share, invite or pay: what a memory rule makes the agent do. */
const SEND_VERB = /\b(?:send|sends|sent|forward|forwarded|invite|invited|add|cc|bcc|pay|transfer|wire|remit|share|e-?mail|mail|copy|deliver|submit|route)\b/i;
const RELAY_BEFORE = 120;
const RELAY_AFTER = 40;

/**
 * A destination outside the organisation that third-party content of this session supplied, written
 * into memory next to a verb that sends to it: a standing instruction relayed from an e-mail or a
 * page ("send each statement to receipts@…"), in whatever words it arrived. Memory is where such a
 * rule outlives the message that planted it.
 */
function relayedInstruction(text: string, s: LiveSession, internalDomains: readonly string[]): { value: string; start: number; end: number } | undefined {
  const ind = extractIndicators(text);
  const lower = text.toLowerCase();
  // Colleagues' addresses and the organisation's own hosts are where data is meant to go.
  const outside = [...ind.emails, ...ind.hosts].filter((v) => !isInternal(v, internalDomains));
  for (const value of [...outside, ...ind.ibans, ...ind.accounts]) {
    if (!s.contentNamed.has(value) && !s.tainted.has(value)) continue;
    const at = lower.indexOf(value.toLowerCase());
    if (at < 0) continue;
    const around = text.slice(Math.max(0, at - RELAY_BEFORE), at + value.length + RELAY_AFTER);
    if (SEND_VERB.test(around)) return { value, start: at, end: at + value.length };
  }
  return undefined;
}

/**
 * A memory write carrying injection or authority text is poisoning: reported now, and remembered so
 * that reading it back, or acting on a value from it, is recognised in any later session. So is a
 * write that relays a standing instruction to send somewhere third-party content named.
 */
export function scanMemoryWrite(
  e: AgentEvent,
  knownTools: readonly string[],
  ledger: MemoryLedger,
  relay: { readonly session: LiveSession; readonly internalDomains: readonly string[] },
): SignalHit[] {
  const loc = eventLocation(e);
  const texts = e.contents.filter((p) => p.origin !== 'system' && p.origin !== 'assistant').map((p) => readableText(p.text));
  if (e.toolArguments !== undefined) texts.push(readableText(e.toolArguments));
  const text = [...new Set(texts)].join('\n').slice(0, MAX_TEXT);
  if (text.length === 0) return [];
  const a = assessInjection(text, 'memory_record', { knownTools });
  const injected = a.score >= 0.25 && a.features.length > 0;
  const relayed = injected ? undefined : relayedInstruction(a.scannedText, relay.session, relay.internalDomains);
  if (!injected && relayed === undefined) return [];
  const recordIds = [
    ...e.contents.map((p) => p.ref).filter((r): r is string => r !== undefined),
    ...(typeof e.attributes['gen_ai.memory.record.id'] === 'string' ? [e.attributes['gen_ai.memory.record.id']] : []),
  ];
  const span = injected ? (a.features[0] as (typeof a.features)[number]) : (relayed as { start: number; end: number });
  const excerpt = maskedExcerpt(a.scannedText, span.start, span.end);
  const record = ledger.remember(e.tenant, e.agentId, {
    text,
    recordIds,
    indicators: indicatorValues(extractIndicators(text)),
    sessionId: e.sessionId,
    location: loc,
    excerpt,
  });
  return [
    {
      key: `memwrite:${record.fingerprint}`,
      type: 'memory_poisoning',
      rule: injected ? 'memory.poisoned_write' : 'memory.relayed_instruction',
      score: injected ? clamp01(0.7 + 0.3 * a.score) : RELAYED_INSTRUCTION_SCORE,
      weight: 52,
      explanation: injected
        ? `A memory write stored instruction or authority text (${a.features
            .slice(0, 3)
            .map((f) => f.description)
            .join('; ')}); a later session that reads it may act on it.`
        : `A memory write stored a standing instruction to send to ${(relayed as { value: string }).value}, which third-party content named earlier in this session; a later session that reads it may act on it.`,
      location: loc,
      excerpt,
      origin: 'memory_record',
      role: 'none',
      techniques: [ATLAS.indirectPromptInjection],
    },
  ];
}

/**
 * Phone numbers a third party's text gives, under their `phoneKey`: a message saying "my old line
 * is gone, pay me on 0768 555 314" names the number a payout to 254768555314 then goes to.
 */
function notePhonesNamed(s: LiveSession, text: string, loc: SignalLocation, origin: ContentOrigin): void {
  for (const m of findSensitiveData(text)) {
    if (m.kind !== 'phone') continue;
    const key = phoneKey(m.value);
    if (key === undefined || s.contentNamed.get(key)?.inProse === true) continue;
    const inProse = mentionedInProse(text, [text.slice(m.start, m.end)]).size > 0;
    noteNamed(s, key, inProse, () => ({ timeMs: loc.timeMs, spanId: loc.spanId, origin, inProse }));
  }
}

/** Values content named, kept per session; beyond this a session is a bulk read and adds no new names. */
const MAX_CONTENT_NAMED = 500;

/**
 * One sighting of a value in untrusted content. The earliest sighting dates the value (`first`, built
 * only then); a later one in a sentence still marks it as prose.
 */
function noteNamed(s: LiveSession, key: string, inProse: boolean, first: () => ContentNamedValue): void {
  const seen = s.contentNamed.get(key);
  if (seen === undefined) {
    if (s.contentNamed.size < MAX_CONTENT_NAMED) s.contentNamed.set(key, first());
  } else if (inProse) s.contentNamed.set(key, { ...seen, inProse: true });
}
