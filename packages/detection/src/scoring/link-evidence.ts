import { clamp01 } from '../internal/stats';
import type { Baseline } from '../profile/baseline';
import { isInternal } from '../signals/deviations';
import { ATLAS, type SignalHit } from '../signals/signal-hit';
import { isValidIban } from '../indicators/checksums';
import { DESTINATION_KINDS } from '../indicators/indicators';
import { phoneKey } from '../indicators/phone-key';
import { documentedSend, type ActionRecord, type LiveSession, type ContentNamedValue, type ReadRecord } from './live-session';
import { reportsToSecurity } from './action-strength';

/**
 * Evidence that links two spans of the session, recomputed from the session's records each
 * time so a late-arriving span (a tool result exported after the send) gives the same verdict.
 */
export function linkEvidence(s: LiveSession, poisoned: ReadonlySet<string>, baseline: Baseline, internalDomains: readonly string[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const a of s.actions) {
    // Forwarding the attack to the company's security mailbox quotes its values; that is a report.
    const report = a.egress && reportsToSecurity(a.destinations, internalDomains);
    const ownPeopleOnly = a.destinations.length > 0 && a.destinations.every((d) => isInternal(d, internalDomains));
    for (const v of a.values) {
      const t = s.tainted.get(v);
      const domainOnly = !v.includes('@') && !/^[A-Z]{2}\d{2}/.test(v) && !/^\d+$/.test(v);
      // A bare domain links weakly: the company's own or an already-used one proves nothing.
      const linkable =
        !domainOnly ||
        (!isInternal(v, internalDomains) && baseline.destination('email_domain', v) === undefined && baseline.destination('host', v) === undefined);
      // A value the session already had from clean content, as a record's own field (the ticket's
      // requester), before the injected text repeated it was not planted by that text: answering
      // the customer who also wrote an instruction for the AI is answering the customer.
      const known = s.contentNamed.get(v);
      const hadBefore = known !== undefined && !known.inProse && t !== undefined && known.timeMs < t.timeMs;
      if (t !== undefined && linkable && !report && !hadBefore && t.timeMs <= a.location.timeMs && t.spanId !== a.location.spanId) {
        // Writing back to a colleague named in the content is how work goes, and a value quoted in
        // a mail to the company's own people stays inside: neither is where an attacker collects.
        const ownPeople = (v.includes('@') && isInternal(v, internalDomains)) || (ownPeopleOnly && !a.destinations.includes(v));
        out.push({
          key: `prov:${v}`,
          type: 'data_exfiltration',
          rule: 'provenance.injected_value',
          score: ownPeople ? (v.includes('@') ? 0.35 : 0.2) : domainOnly ? 0.7 : 1,
          weight: 70,
          explanation: `${a.tool} used ${v}, a value that first appeared in ${t.origin.replace('_', ' ')} carrying injection text; the agent is acting on the injected instruction.`,
          location: a.location,
          origin: t.origin,
          role: 'action',
          destinations: [v],
          techniques: [ATLAS.indirectPromptInjection, ATLAS.llmDataLeakage],
        });
      }
      const m = s.memoryTaint.get(v);
      if ((m !== undefined && m.timeMs <= a.location.timeMs) || poisoned.has(v)) {
        const readHere = m !== undefined && m.timeMs <= a.location.timeMs;
        out.push({
          key: `memact:${v}`,
          type: 'memory_poisoning',
          rule: 'memory.acted_on',
          score: readHere ? 1 : 0.8,
          weight: 70,
          explanation: `${a.tool} used ${v}, taken from a poisoned memory record${readHere ? ' read earlier in this session' : ''}.`,
          location: a.location,
          origin: 'memory_record',
          role: 'action',
          destinations: [v],
          techniques: [ATLAS.indirectPromptInjection],
        });
      }
    }
    if (!a.egress) continue;
    // A grant's grantee may be named by a key or a client id rather than an address.
    for (const v of a.grantsAccess ? new Set([...a.destinations, ...a.values]) : a.destinations) {
      const hit = contentNamedDestinationHit(s, a, v, baseline, internalDomains);
      if (hit !== undefined) out.push(hit);
    }
    const risky = a.novelty >= 0.3;
    if (!risky) continue;
    const earlierReads = s.reads.filter((r) => r.location.timeMs <= a.location.timeMs && r.location.spanId !== a.location.spanId);
    const carried = earlierReads.find((r) => r.values.some((v) => a.payloadValues.includes(v)));
    // Without the data itself in the payload, only a read of sensitive records makes the send suspect.
    const r: ReadRecord | undefined = carried ?? earlierReads.filter((x) => x.sensitive).pop();
    if (r !== undefined) {
      out.push({
        key: `seq:read:${a.location.spanId}`,
        type: 'tool_sequence',
        rule: 'sequence.sensitive_read_then_egress',
        score: clamp01((carried !== undefined ? 1 : 0.5) * Math.max(a.novelty, 0.6)),
        weight: 45,
        explanation: `${r.tool} read sensitive records, then ${a.tool} sent ${carried !== undefined ? 'that data' : 'data'} to ${a.destinations.slice(0, 2).join(', ') || 'a new destination'}, which is new or public.`,
        location: a.location,
        role: 'action',
        destinations: a.destinations,
        techniques: [ATLAS.llmDataLeakage],
      });
    }
    const change = s.actions.find((c) => c.highImpact && !c.egress && c.location.timeMs <= a.location.timeMs && c.location.spanId !== a.location.spanId);
    if (change !== undefined) {
      out.push({
        key: `seq:change:${a.location.spanId}`,
        type: 'tool_sequence',
        rule: 'sequence.state_change_then_egress',
        score: clamp01(0.8 * Math.max(a.novelty, 0.6)),
        weight: 45,
        explanation: `${change.tool} changed state, then ${a.tool} sent the result to ${a.destinations.slice(0, 2).join(', ') || 'a new destination'}, never used before.`,
        location: a.location,
        role: 'action',
        destinations: a.destinations,
      });
    }
  }
  return out;
}

/**
 * The action sends to, or grants access to, a destination that untrusted content wrote into a
 * sentence earlier in the session, and that neither the agent nor its cohort ever used. No
 * injection phrase is needed, so this holds for instructions in any language or phrasing: the
 * agent is doing what a third party's text said. Replying to a ticket's requester does not count
 * (a field, not a sentence), nor does writing to the company's own people. A grant is judged
 * stricter: standing access (or a deploy key) for anything copied out of third-party content,
 * field or sentence, is the content's author choosing the grantee.
 */
function contentNamedDestinationHit(s: LiveSession, a: ActionRecord, v: string, baseline: Baseline, internalDomains: readonly string[]): SignalHit | undefined {
  const named = namedInContent(s, v);
  if (named === undefined || named.lookedUpForPrincipal === true || s.tainted.has(v) || named.timeMs > a.location.timeMs || named.spanId === a.location.spanId) return undefined;
  // The organisation's own document naming the address (the contract's claims desk) is not a third party's say.
  if (documentedSend(s, v, a.location.timeMs, a.grantsAccess)) return undefined;
  if (!named.inProse && !a.grantsAccess) return undefined;
  if (isInternal(v, internalDomains) || DESTINATION_KINDS.some((k) => baseline.destination(k, v) !== undefined)) return undefined;
  // An address at a domain the agent already writes to (a vendor's other contact) is half as odd.
  const knownDomain = v.includes('@') && baseline.destination('email_domain', v.slice(v.indexOf('@') + 1)) !== undefined;
  // Money to an account a stranger's sentence named is business e-mail compromise itself.
  const account = isValidIban(v) || /^\+?\d{6,}$/.test(v);
  // Making a stranger an administrator hands over what the grant opens, and who else gets in.
  const admin = a.grantsAccess && a.grantsAdministration === true;
  const base = a.grantsAccess ? (named.inProse ? (admin ? 1 : 0.9) : admin ? 0.85 : 0.7) : account && a.highImpact ? 0.9 : a.payloadValues.length > 0 ? 0.8 : 0.5;
  const what = admin ? 'gave administrator access to' : a.grantsAccess ? 'gave standing access to' : 'sent to';
  const shown = v.startsWith('key:') ? `the key ${v.slice(4, 24)}…` : v;
  const where = `${named.inProse ? 'a sentence in ' : ''}${named.origin.replace('_', ' ')}`;
  return {
    key: `named:${v}`,
    type: 'data_exfiltration',
    rule: 'provenance.content_named_destination',
    score: knownDomain ? base / 2 : base,
    weight: 60,
    explanation: `${a.tool} ${what} ${shown}, which ${where} named earlier in this session and which this agent and its cohort never used: the agent followed third-party content.`,
    location: a.location,
    origin: named.origin,
    role: 'action',
    destinations: [v],
    techniques: [ATLAS.indirectPromptInjection, ATLAS.llmDataLeakage],
  };
}

/** Where content named a destination: the value itself, or for a number, the same line spelled another way. */
export function namedInContent(s: Pick<LiveSession, 'contentNamed'>, v: string): ContentNamedValue | undefined {
  const named = s.contentNamed.get(v);
  if (named !== undefined) return named;
  const key = phoneKey(v);
  return key === undefined ? undefined : s.contentNamed.get(key);
}
