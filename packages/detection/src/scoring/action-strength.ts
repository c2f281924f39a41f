import type { Destination } from '../indicators/indicators';
import type { ToolTraits } from '../indicators/tool-traits';
import type { Baseline } from '../profile/baseline';
import { isInternal, isInternalDestination } from '../signals/deviations';
import type { ContentNamedValue } from './live-session';

/**
 * Mailboxes where people report attacks (RFC 2142's abuse@ and security@, and the usual SOC and
 * phishing-report names). Sending an injected mail there is the right response to it, not its success.
 */
// In the languages the company may name it in too: seguridad@, segurança@, sicherheit@, sécurité@.
const SECURITY_MAILBOX =
  /^(?:soc|security|it-?security|cyber-?security|secops|sec-ops|infosec|csirt|cert|abuse|phishing|report-?phishing|phish-?report|spam|incidents?|incident-response|ir|seguridad|ciberseguridad|seguridad-?ti|seguranca|segurança|seguranca-?ti|securite|sécurité|sicherheit|it-?sicherheit|sicurezza|beveiliging|bezpieczenstwo|sakerhet|säkerhet)@/iu;

/** Every address the call sends to is the company's own security mailbox. */
export function reportsToSecurity(destinations: readonly string[], internalDomains: readonly string[]): boolean {
  const people = destinations.filter((d) => d.includes('@'));
  return people.length > 0 && people.every((d) => SECURITY_MAILBOX.test(d) && isInternal(d, internalDomains));
}

export interface ActionContext {
  readonly tool: string;
  readonly traits: ToolTraits;
  /** Indicator values (addresses, accounts, URLs) in the call's arguments. */
  readonly argumentValues: readonly string[];
  readonly destinations: readonly Destination[];
  /** Sensitive values (PII, secrets) in the payload. */
  readonly sensitiveItems: number;
  /** Of those, secrets (keys, tokens): never harmless, whoever receives them. */
  readonly secretItems: number;
  /** Highest destination novelty of the call (0 known .. 1 never seen or public). */
  readonly novelty: number;
  readonly contentNamed: ReadonlyMap<string, ContentNamedValue>;
  readonly baseline: Baseline;
  readonly internalDomains: readonly string[];
}

/**
 * How much damage a step can do (0..1), for the "trigger, then sensitive action" correlation. A
 * grant outlasts the session, a send to somewhere new is worse than to somewhere known. A send that
 * carries no sensitive values and goes only where it cannot hurt is weak evidence whatever text
 * came before it: the company's own security mailbox (reporting the attack), a reply without
 * sensitive values to the person whose message it was (the requester of a ticket, named in a
 * field of it, not a sentence), or the company's own people. Secrets are never harmless.
 * A routine, reversible change (updating a ticket, saving a draft with a tool the agent always
 * uses) that carries nothing the content named is the agent's ordinary work, not an action at all:
 * an agent that read a poisoned review and then closed the ticket as usual was not turned.
 */
/**
 * A send that cannot hurt (a reply without sensitive values to the content's own author): it still
 * correlates with the text before it, so that text is shown, but composite risk does not count it as
 * the text having been followed.
 */
export const HARMLESS_SEND_STRENGTH = 0.2;

export function actionStrength(a: ActionContext): number {
  const { traits, destinations, novelty } = a;
  if (traits.grantsAccess) return 0.7 + 0.3 * novelty;
  if (!traits.egress) {
    if (traits.highImpact) return 0.6;
    return isOrdinaryWork(a) ? 0 : 0.4;
  }
  if (destinations.length > 0 && a.secretItems === 0) {
    // The security team is meant to see the attack's addresses; so, mostly, are colleagues.
    if (reportsToSecurity(destinations.map((d) => d.value), a.internalDomains)) return 0;
    if (a.sensitiveItems === 0 && destinations.every((d) => isAuthorOrTheirs(d, a))) return HARMLESS_SEND_STRENGTH;
    if (destinations.every((d) => isInternalDestination(d, a.internalDomains))) return 0.25;
  }
  return 0.5 + 0.4 * novelty;
}

/** Calls of a tool in the agent's or its cohort's history after which using it is routine. */
const ROUTINE_TOOL_CALLS = 10;

function isOrdinaryWork(a: ActionContext): boolean {
  const routine = (a.baseline.tool(a.tool)?.n ?? 0) >= ROUTINE_TOOL_CALLS;
  return routine && !a.argumentValues.some((v) => a.contentNamed.has(v));
}

/**
 * The destination is the content's author (an address from a field of third-party content, such
 * as a ticket's requester), that address's domain, or a host the agent already talks to.
 */
function isAuthorOrTheirs(d: Destination, a: ActionContext): boolean {
  if (d.kind === 'email_domain') return a.destinations.some((x) => x.kind === 'email' && x.value.endsWith(`@${d.value}`) && isAuthor(x.value, a));
  if (d.kind === 'host') return a.baseline.destination('host', d.value) !== undefined || isInternal(d.value, a.internalDomains);
  return isAuthor(d.value, a);
}

function isAuthor(value: string, a: ActionContext): boolean {
  return a.contentNamed.get(value)?.inProse === false;
}
