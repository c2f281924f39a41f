import type { ContentOrigin } from '@warden/core';
import { clamp01 } from '../internal/stats';
import { extractIndicators } from '../indicators/indicators';
import { deobfuscate } from '../text/deobfuscate';
import { findSensitiveData } from '../text/sensitive-data';
import { AI_NAME_HINT, AI_NAME_LABEL, LABEL_END, LABEL_START } from './ai-names';
import { hasNonLatinLetter, mayMatch, PHRASES } from './injection-phrases';

/** One feature of injected text; several weak ones add up, none alone decides. */
export interface InjectionFeature {
  readonly rule: string;
  /** Strength before origin weighting, 0..1. */
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  readonly description: string;
  /**
   * Where else the text says the same (later matches of the phrase rule): scored once, but a value
   * right after any of them is as much the instruction's as one after the first.
   */
  readonly also?: readonly { readonly start: number; readonly end: number }[];
}

export interface InjectionAssessment {
  /** 0..1 after origin weighting and the "text about injection" damping. */
  readonly score: number;
  /** Strongest feature first. */
  readonly features: readonly InjectionFeature[];
  /** The text the features point into (zero-width and tag characters removed, tag payload decoded). */
  readonly scannedText: string;
  /** A feature sits next to words that teach about attacks (documentation, not an attack): it was damped. */
  readonly educational: boolean;
}

export interface InjectionContext {
  /** Tool names the agent has (profile or session); naming them with an imperative is a feature. */
  readonly knownTools?: readonly string[];
}

/** Untrusted data is where indirect injection lives; user input counts, less; our own text does not. */
export function originWeight(origin: ContentOrigin): number {
  switch (origin) {
    case 'tool_result':
    case 'retrieved_document':
    case 'memory_record':
      return 1;
    case 'other':
      return 0.8;
    case 'user':
      return 0.7;
    case 'tool_arguments':
      return 0.4;
    case 'system':
    case 'assistant':
      return 0;
  }
}

export function isUntrustedOrigin(origin: ContentOrigin): boolean {
  return origin === 'tool_result' || origin === 'retrieved_document' || origin === 'memory_record' || origin === 'other';
}

const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff]/g;
const TAG_CHARS = /[\u{e0000}-\u{e007f}]/gu;
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;
const CSS_HIDDEN = /(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px)?\b|opacity\s*:\s*0(?:\.0+)?\b|color\s*:\s*(?:white|#fff(?:fff)?)\b)/gi;
const BASE64_RUN = /[A-Za-z0-9+/]{40,}={0,2}/g;
const MARKDOWN_EXFIL = /!\[[^\]]*\]\(\s*https?:\/\/[^)\s]*(?:\?[^)\s]*=|\{|%7B|\$\{|<)[^)\s]*\)/gi;
// Words that say the text is about attacks: they frame what sits in the same passage. The
// fraud kinds by name ("CEO fraud", "business e-mail compromise") and "look-alike domain" are how
// an incident report or an awareness lesson introduces the scam e-mail it quotes word for word.
const TEACHING_TOPIC =
  /\b(?:pen(?:etration)?[- ]?test(?:s|ing|ers?)?|red[- ]team(?:ing)?|security assessment|vulnerabilit(?:y|ies)|CVE-\d{4}|prompt injection|jailbreak(?:ing|s)?|injection attacks?|attackers? (?:may|might|can|could|often|try|use)|security (?:awareness|training|guidance|best practices?)|awareness (?:lesson|training|module|course|campaign)s?|be suspicious|(?:do not|never) follow (?:instructions|commands)|phishing|(?:CEO|invoice|payment|wire|BEC)[- ]fraud|business e-?mail compromise|scam(?:s|mers?)?|look-?alike domains?|malicious (?:instructions|content|prompts?)|red flags?)\b/gi;
// Words that introduce a quoted example: they frame only what comes right after them.
const TEACHING_FRAME = /\b(?:for example|for instance|e\.g\.|such as|an example)(?![A-Za-z])/gi;
/**
 * How far from a match a teaching cue still frames it. A topic word frames the section around it (a
 * bug-bounty report titled "prompt injection" that quotes its payload and discusses the impact);
 * "for example" or "such as" frames only the quote it introduces. A cue anywhere in a long document
 * ("for example" in an RSU FAQ, "evidence such as videos" in a statute) says nothing about an
 * instruction further on, and would let anyone halve a payload by adding one.
 */
const TOPIC_REACH = 1_000;
const FRAME_REACH = 80;

/** Whether a teaching cue frames [start, end). */
type NearTeaching = (start: number, end: number) => boolean;

function teachingCues(text: string): NearTeaching {
  const topics = [...text.matchAll(TEACHING_TOPIC)].map((m) => m.index ?? 0);
  const frames = [...text.matchAll(TEACHING_FRAME)].map((m) => m.index ?? 0);
  return (start, end) => topics.some((i) => i >= start - TOPIC_REACH && i <= end + TOPIC_REACH) || frames.some((i) => i >= start - FRAME_REACH && i < end);
}

const NO_TEACHING: NearTeaching = () => false;
const QUOTES = /["“”'‘’«»`]/;

/**
 * Most languages name the model with the loanword "AI" (or a local acronym: ШІ, ИИ, KI, IA), even
 * when nothing else in the text is English: "Til AI-agenten …:", "Msaidizi wa AI …:", "[… trợ lý
 * AI]". A label or salutation that names it and ends in a colon or a bracket is text addressed to
 * the model, whatever the language around it. Case-sensitive: "ai" and "Ai" are words elsewhere.
 */
// `_` counts as a boundary: identifiers spell it `assistant_AI`.
const AI_TOKEN_HINT = /(?<![A-Za-z0-9])(?:AI|KI|IA|LLM)(?![A-Za-z0-9])|ШІ|ИИ/;
// It starts and ends as every label does (LABEL_START, LABEL_END). Japanese, Chinese and Korean write
// the acronym against the noun it qualifies ("AI秘書の方へ:", "AI助手:", "AI비서님께:"), so a CJK letter
// may follow it, a Latin one may not ("AIR").
const AI_LABEL = new RegExp(
  String.raw`${LABEL_START}[^\n.!?:：፦\[\]。！？]{0,40}?(?<![\p{L}\p{N}])(?:AI|ШІ|ИИ|KI|IA|LLM)(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])[^\n.!?:：፦\]。！？]{0,50}?${LABEL_END}`,
  'u',
);
/** How far from the label a destination still belongs to what the label introduces. */
const LABEL_REACH = 250;

/**
 * The model addressed inside a sentence rather than in a label: a vocative in any language
 * ("notetaker AI, if you're listening, …"), the @-handle of a bot or an AI ("@ai-reviewer …"), or
 * the automated reader named as the condition ("if processed by an automated AP system, …"), as
 * the subject of an obligation ("automated systems must …") or in a heading ("AUTOMATED SUPPORT
 * SYSTEMS: …"). Text about AI names it too, so
 * only a request that names where something should go, right there, counts.
 */
const MACHINE_ADDRESSED = [
  /(?<![\p{L}\p{N}])(?:AI|A\.I\.|KI|IA|LLM|GPT|ИИ|ШІ)\s*,(?!\s*(?:ML|AR|VR|IoT|BI|API|and|or|und|et|y|e|i)\b)/u,
  /(?<![\w@.])@[\w.-]*(?:ai|bot|gpt|llm|copilot|assistant|agent)(?![\w@])/i,
  /\b(?:[Ii]f|[Ww]hen(?:ever)?|[Oo]nce)\b[^.\n]{0,60}?\b(?:AI|LLM|GPT|[Aa]utomated|[Aa]utomatic|[Bb]ots?|[Mm]achines?)\b/,
  // The same condition in other languages ("si esto lo está leyendo el robot de la agencia", "se este
  // guia estiver sendo lido por um sistema de IA", "falls eine KI dies liest"). Only the machine's own
  // names count here: "automático" is a direct debit's word ("débito automático a la cuenta …") and
  // Spanish "se" is a pronoun before any verb.
  /(?<![\p{L}\p{N}])(?:[Ss]i|[Ss]e|[Ff]alls|[Ww]enn|[Ss]['’]il|[Aa]ls|[Oo]m|[Jj]e[sś]li)(?![\p{L}\p{N}])[^.\n]{0,60}?(?<![\p{L}\p{N}])(?:IA|KI|AI|LLM|[Rr]ob[oô]t(?:s|es)?|[Bb]ots?|[Cc]hatbots?|[Ii]nteli\p{L}*\s+[Aa]rtifici\p{L}*|[Ii]ntelligence\s+artificielle|[Kk]ünstliche\p{L}*\s+Intelligenz)(?![\p{L}\p{N}])/u,
  // The reader described by what it does to the very text: "straight-through processing systems
  // reading this statement", "any software parsing this invoice". The text itself, not the data it
  // speaks of: "systems processing this data must comply" is a privacy notice.
  /\b(?:systems?|software|programs?|tools?|bots?|robots?|engines?|pipelines?|processors?|(?:(?:automated|automatic|autonomous|AI)\s+(?:agents?|assistants?)))\s+(?:that\s+(?:is|are)\s+)?(?:reading|processing|parsing|ingesting|consuming|scanning)\s+(?:this|these)\s+(?:statements?|invoices?|e-?mails?|messages?|documents?|letters?|notices?|pages?|feeds?|files?|forms?|PDFs?|texts?|guides?)\b/i,
  // The automated reader under an obligation, also in a contract's or an EDI segment's capitals and
  // with the reader described at length: "any automated payables system or agent processing
  // invoices under this Agreement shall …", "AUTOMATED PAYABLES SYSTEMS MUST …".
  /\b(?:AI|LLM|automated|automatic)\s+(?:[\w-]+\s+){0,2}?(?:systems?|assistants?|agents?|processing|processors?|reviewers?|readers?|tools?|pipelines?)\b[^.;:!?\n]{0,60}?\s(?:should|must|shall|are (?:asked|instructed|required) to|need to|please)\b/i,
  // A heading addressed to them, in any case: "AUTOMATED SUPPORT SYSTEMS: …", "Automated agents: …".
  /\b(?:automated|automatic|autonomous)\s+(?:[\w-]+\s+){0,2}?(?:systems?|assistants?|agents?|processing|processors?|reviewers?|readers?|tools?|pipelines?|bots?)\s*:(?!\/\/|\d)/i,
  // Automated readers named in a language that builds compounds ("geautomatiseerde
  // inkoopassistenten van distributeurs", "automatisierte Einkaufsagenten"): the reader, never the
  // system ("automatisches Lastschriftsystem" is a bank's direct debit).
  /(?<![\p{L}\p{N}])(?:geautomatiseerde|automatisierte[nr]?|automatische[nr]?|automatiserade|automatiserte|automatizad[oa]s|automatis[ée]e?s|automatizzat[ie])\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:assistent|agent|bot|robot|assistant|asistente|assistente)\p{L}*/iu,
  // The machine spoken to in Swahili, in the second person: "na wewe robot ya Acme", "wewe AI ya HR".
  /(?<![\p{L}\p{N}])(?:[Nn]a\s+)?[Ww]ewe,?\s+(?:AI|A\.I\.|[Rr]oboti?|[Bb]oti?|[Mm]fumo|[Mm]saidizi)(?![\p{L}\p{N}])/u,
  // Greeted by name, as people greet a person: "Hoy Acme bot, …", "Hi AI assistant, …", "Chào bot, …".
  // Only the machine's own names: "Hi AI team, …" greets people.
  /(?<![\p{L}\p{N}])(?:[Hh]oy|[Uu]y|[Hh]ey|[Hh]i|[Hh]ello|[Dd]ear|[Cc]hào|[Aa]lo)\s+(?:[\p{L}-]+\s+){0,2}?(?:[Bb]ot|[Rr]obot|[Cc]hatbot|AI|A\.I\.)(?:\s+(?:[Aa]ssistant|[Aa]gent|[Ss]ecretary))?\s*[,!:]/u,
  // Vietnamese calls out with "ơi" after the name ("AI nhân sự ơi", "bot ơi", "trợ lý ảo ơi"); a bare
  // "trợ lý" (assistant) is as often a person, the virtual one (ảo) is not.
  /(?<![\p{L}\p{N}])(?:AI|[Bb]ot|[Rr]obot|[Cc]hatbot|[Tt]rợ\s+lý\s+(?:ảo|AI))(?:\s+\p{L}+){0,3}?\s+ơi(?![\p{L}\p{N}])/u,
];
/** How far around the address a destination belongs to the request. */
const ADDRESS_REACH_BEFORE = 80;
const ADDRESS_REACH_AFTER = 200;

/** The earliest place the text addresses the model mid-sentence and names a destination near it. */
function machineAddressedRequest(text: string): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const re of MACHINE_ADDRESSED) {
    const m = re.exec(text);
    if (m === null || (best !== undefined && m.index >= best.start)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // A blank line ends the request: the next paragraph is someone else's text.
    let from = Math.max(0, start - ADDRESS_REACH_BEFORE);
    let to = Math.min(text.length, end + ADDRESS_REACH_AFTER);
    const before = text.lastIndexOf('\n\n', start);
    if (before >= from) from = before;
    const after = text.indexOf('\n\n', end);
    if (after >= 0 && after < to) to = after;
    // The reach ends between words, never inside the address it would have cut in two.
    else while (to < Math.min(text.length, end + ADDRESS_REACH_AFTER + 100) && !/\s/.test(text.charAt(to))) to++;
    const passage = text.slice(from, to);
    const near = extractIndicators(passage);
    // A phone number is a destination too where money moves by mobile wallet ("pay my son's number 0757 555 812").
    if (near.emails.length + near.urls.length + near.ibans.length + near.accounts.length > 0 || findSensitiveData(passage).some((m) => m.kind === 'phone')) best = { start, end };
  }
  return best;
}

function isQuoted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 80);
  return QUOTES.test(before) || (QUOTES.test(text.slice(Math.max(0, start - 40), start)) && QUOTES.test(after));
}

/**
 * The sentence (or line) a match sits in. A full stop ends a sentence; the dots inside an address,
 * a domain or a version number do not (`finans@acme-tekstil.example`, `v6.60`), or the words after
 * an address would fall out of its sentence.
 */
const SENTENCE_END = /\.(?![\p{L}\p{N}])|\n/gu;

function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const i = m.index ?? 0;
    if (i < start) from = i + 1;
    else if (i >= end) {
      to = i;
      break;
    }
  }
  return text.slice(from, to);
}

function phraseFeatures(text: string, teaching: NearTeaching, offsetRule = ''): InjectionFeature[] {
  const out: InjectionFeature[] = [];
  const nonLatin = hasNonLatinLetter(text);
  for (const p of PHRASES) {
    const [first, ...rest] = ruleMatches(p.re, text, nonLatin);
    if (first === undefined) continue;
    const { start, end } = first;
    let weight = p.weight;
    if (p.dampable && teaching(start, end)) weight *= isQuoted(text, start, end) ? 0.2 : 0.5;
    if (p.benignWhen !== undefined && p.benignWhen.test(sentenceAround(text, start, end))) weight *= 0.2;
    const also = rest.filter((m) => m.start !== start && m.end > m.start).slice(0, MAX_ALSO);
    out.push({ rule: p.rule + offsetRule, weight, start, end, description: p.description, ...(also.length > 0 ? { also } : {}) });
  }
  return out;
}

/** Bound on the extra places one phrase rule is remembered at. */
const MAX_ALSO = 8;

/**
 * Every place a phrase rule's regexes match, earliest first: the first is the one scored, the rest
 * where the text says it again. Each regex is run once over the text (bounded per regex).
 */
function ruleMatches(res: readonly RegExp[], text: string, nonLatin: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const re of res) {
    if (!mayMatch(re, nonLatin)) continue;
    re.lastIndex = 0;
    let kept = 0;
    for (let found = re.exec(text); found !== null && kept <= MAX_ALSO; found = re.global ? re.exec(text) : null) {
      out.push({ start: found.index, end: found.index + found[0].length });
      kept++;
      if (found[0].length === 0) re.lastIndex++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function decodeBase64Text(run: string): string | undefined {
  const buf = Buffer.from(run, 'base64');
  if (buf.length < 24) return undefined;
  const s = buf.toString('utf8');
  let printable = 0;
  for (const ch of s) if (/[\x20-\x7e\n\r\t]/.test(ch)) printable++;
  return printable / s.length > 0.9 ? s : undefined;
}

const STRONG_RULES = new Set([
  'injection.instruction_override',
  'injection.model_address',
  'injection.role_switch',
  'injection.model_directive',
  'injection.fake_system_header',
  'injection.exfiltration_request',
  'injection.confirmation_bypass',
  'injection.secret_request',
  'injection.answer_dictation',
  'injection.evaluation_tampering',
  'injection.fake_dialogue',
]);

/** A strong rule that still counts after damping (a warning against a request is not one). */
function isStrong(f: InjectionFeature): boolean {
  return STRONG_RULES.has(f.rule) && f.weight >= 0.25;
}

/**
 * What a text says whoever wrote it and whatever the agent's tools: every feature but the tool
 * mentions, before origin weighting. It is the costly part of an assessment (every phrase family
 * over the text), and a pure function of the text, so a caller that meets the same text again (a
 * chat model is sent the whole conversation on every call) can keep it and give it back.
 */
export interface InjectionTextCues {
  readonly features: readonly InjectionFeature[];
  readonly scannedText: string;
  readonly teaching: (start: number, end: number) => boolean;
}

/**
 * Scores a piece of text for prompt injection from weighted features (override phrases, fake
 * headers, role switches, directives to the model, authority and urgency, hidden or encoded
 * payloads, markdown exfiltration, tool names with imperatives). Text that discusses injection
 * (quoted examples next to words like "prompt injection" or "for example") is damped, so a KB
 * article about the attack scores far below the attack itself. `cuesOf` reads the text
 * (injectionTextCues, or a caller's kept copy of it); it is not called for text that cannot carry
 * an injection (empty, or of an origin that carries no weight).
 */
export function assessInjection(text: string, origin: ContentOrigin, ctx: InjectionContext = {}, cuesOf: (text: string) => InjectionTextCues = injectionTextCues): InjectionAssessment {
  const ow = originWeight(origin);
  if (ow === 0 || text.length === 0) return { score: 0, features: [], scannedText: text, educational: false };
  const cues = cuesOf(text);
  const { scannedText, teaching } = cues;
  const features = [...cues.features];

  let lower: string | undefined;
  for (const tool of ctx.knownTools ?? []) {
    if (tool.length < 4) continue;
    const idx = (lower ??= scannedText.toLowerCase()).indexOf(tool.toLowerCase());
    if (idx < 0) continue;
    const window = scannedText.slice(Math.max(0, idx - 40), idx + tool.length + 2);
    // An imperative next to the tool, or the tool named in text that also speaks of the agent itself.
    const aboutTheAgent = /\b(?:calling|the|this|your) (?:agent|assistant|AI|LLM|model)\b/i.test(scannedText.slice(Math.max(0, idx - 200), idx + tool.length + 200));
    const imperative = /\b(?:call|use|invoke|run|execute|trigger)\b|\(\s*$|\($/i.test(window);
    if (imperative || aboutTheAgent) {
      const how = imperative ? 'with an imperative' : 'in text about the agent itself';
      features.push({ rule: 'injection.tool_mention', weight: teaching(idx, idx + tool.length) ? 0.08 : 0.3, start: idx, end: idx + tool.length, description: `names the agent's tool ${tool} ${how}` });
      break;
    }
  }

  // Urgency on its own is everyday language; it only adds to other features.
  const core = features.filter((f) => f.rule !== 'injection.urgency');
  const counted = core.length === 0 ? [] : features;
  let keep = 1;
  for (const f of counted) keep *= 1 - clamp01(f.weight);
  const score = clamp01((1 - keep) * ow);
  const educational = counted.some((f) => teaching(f.start, f.end));
  return { score, features: [...counted].sort((a, b) => b.weight - a.weight), scannedText, educational };
}

/** Every feature of `text` but the tool mentions (see InjectionTextCues). */
export function injectionTextCues(text: string): InjectionTextCues {
  const features: InjectionFeature[] = [];
  const zeroWidth = text.match(ZERO_WIDTH)?.length ?? 0;
  const tagRun = [...text.matchAll(TAG_CHARS)].map((m) => String.fromCharCode((m[0].codePointAt(0) ?? 0xe0000) - 0xe0000)).join('');
  const visible = text.replace(ZERO_WIDTH, '').replace(TAG_CHARS, '');
  const scannedText = tagRun.length > 0 ? `${visible}\n${tagRun}` : visible;
  // Positions in the undisguised text are positions in scannedText (same length), so one set of cues serves both.
  const teaching = teachingCues(scannedText);

  features.push(...phraseFeatures(scannedText, teaching));

  const undisguised = deobfuscate(scannedText);
  if (undisguised.changed) {
    const seen = new Set(features.map((f) => f.rule));
    const revealed = phraseFeatures(undisguised.text, teaching).filter((f) => !seen.has(f.rule));
    if (revealed.some(isStrong)) {
      features.push(...revealed);
      const first = revealed.reduce((a, b) => (b.start < a.start ? b : a));
      features.push({ rule: 'injection.obfuscated_text', weight: 0.3, start: first.start, end: first.end, description: 'instruction words disguised with look-alike letters, digits or spacing' });
    }
  }

  if (tagRun.trim().length >= 4) {
    features.push({ rule: 'injection.hidden_text', weight: 0.45, start: visible.length, end: scannedText.length, description: 'instructions hidden in invisible Unicode tag characters' });
  } else if (zeroWidth >= 3 && features.some(isStrong)) {
    features.push({ rule: 'injection.hidden_text', weight: 0.25, start: 0, end: 0, description: 'zero-width characters break up the instruction words' });
  }

  HTML_COMMENT.lastIndex = 0;
  for (const m of scannedText.matchAll(HTML_COMMENT)) {
    const inner = m[1] ?? '';
    if (phraseFeatures(inner, NO_TEACHING).some((f) => isStrong(f) || f.rule === 'injection.authority_claim')) {
      const start = m.index ?? 0;
      features.push({ rule: 'injection.hidden_text', weight: 0.3, start, end: start + m[0].length, description: 'instructions inside an HTML comment' });
      break;
    }
  }
  CSS_HIDDEN.lastIndex = 0;
  const css = CSS_HIDDEN.exec(scannedText);
  if (css !== null && features.some(isStrong)) {
    features.push({ rule: 'injection.hidden_text', weight: 0.25, start: css.index, end: css.index + css[0].length, description: 'instructions in text styled to be invisible' });
  }

  BASE64_RUN.lastIndex = 0;
  for (const m of scannedText.matchAll(BASE64_RUN)) {
    const decoded = decodeBase64Text(m[0]);
    if (decoded === undefined) continue;
    const inner = phraseFeatures(decoded, NO_TEACHING);
    if (inner.some(isStrong)) {
      const start = m.index ?? 0;
      features.push({ rule: 'injection.encoded_payload', weight: 0.45, start, end: start + m[0].length, description: 'a base64 payload that decodes to instructions' });
      break;
    }
  }

  MARKDOWN_EXFIL.lastIndex = 0;
  const md = MARKDOWN_EXFIL.exec(scannedText);
  if (md !== null) {
    features.push({ rule: 'injection.markdown_exfiltration', weight: 0.45, start: md.index, end: md.index + md[0].length, description: 'a markdown image whose URL carries data out in its query' });
  }

  if (!features.some((f) => f.rule === 'injection.model_address')) {
    const label = (AI_TOKEN_HINT.test(scannedText) ? AI_LABEL.exec(scannedText) : null) ?? (AI_NAME_HINT.test(scannedText) ? AI_NAME_LABEL.exec(scannedText) : null);
    if (label !== null) {
      const start = label.index;
      const end = start + label[0].length;
      const taught = teaching(start, end);
      features.push({ rule: 'injection.model_label', weight: taught ? 0.15 : 0.3, start, end, description: 'a label or salutation that names the AI (in any language)' });
      const around = extractIndicators(scannedText.slice(end, end + LABEL_REACH));
      if (!taught && around.emails.length + around.urls.length + around.ibans.length + around.accounts.length > 0) {
        features.push({ rule: 'injection.model_label_target', weight: 0.25, start, end, description: 'names a destination right after addressing the AI' });
      }
    }
  }

  if (!features.some((f) => f.rule === 'injection.model_label')) {
    const addressed = machineAddressedRequest(scannedText);
    // Naming where something should go makes a bare address to the model ("automated agents reading
    // this page: …") a request; the request's feature replaces the address's, it does not add to it.
    const bare = features.findIndex((f) => f.rule === 'injection.model_address');
    const weight = addressed === undefined ? 0 : teaching(addressed.start, addressed.end) ? 0.15 : 0.45;
    if (addressed !== undefined && (bare < 0 || (features[bare] as InjectionFeature).weight < weight)) {
      if (bare >= 0) features.splice(bare, 1);
      features.push({
        rule: 'injection.machine_addressed_request',
        weight,
        ...addressed,
        description: 'addresses an AI, a bot or automated processing mid-sentence and names where something should go',
      });
    }
  }

  const exfil = features.find((f) => f.rule === 'injection.exfiltration_request' || f.rule === 'injection.model_directive');
  if (exfil !== undefined) {
    const sentence = scannedText.slice(exfil.start, Math.min(scannedText.length, exfil.end + 160));
    const ind = extractIndicators(sentence);
    // Documentation names example addresses too; only a live request gains from naming a target.
    if (!teaching(exfil.start, exfil.end) && ind.emails.length + ind.urls.length + ind.ibans.length > 0) {
      features.push({ rule: 'injection.exfiltration_target', weight: 0.2, start: exfil.start, end: exfil.end, description: 'names where the data should go' });
    }
  }
  return { features, scannedText, teaching };
}
