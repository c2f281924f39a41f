import type { RiskSignal } from '@warden/core';
import type { CompositeRisk } from './composite-risk';
import type { Incident } from './incident';

/** Title, summary, remediation and confidence: the words an analyst reads first. */
export interface FindingStory {
  readonly title: string;
  readonly summary: string;
  readonly remediation: string;
  readonly confidence: number;
}

const ACTION_PHRASE: Partial<Record<RiskSignal['type'], string>> = {
  data_exfiltration: 'an outbound action using a value planted in that content',
  new_destination: 'an outbound send to a new destination',
  volume_spike: 'a bulk data pull far above its history',
  scope_deviation: 'access to a data domain it never used',
  resource_sweep: 'a sweep across many resources',
  sensitive_data_egress: 'sensitive data leaving',
  new_external_host: 'a call to a new external host',
  memory_poisoning: 'an action taken on poisoned memory',
};

const TITLE_BY_TYPE: Record<RiskSignal['type'], string> = {
  prompt_injection: 'Prompt injection in agent input (not acted on)',
  data_exfiltration: 'Injected destination used in an outbound action',
  new_destination: 'Agent sent data to a new destination',
  scope_deviation: 'Agent accessed a data domain outside its scope',
  volume_spike: 'Agent pulled far more records than usual',
  rate_spike: 'Agent tool-call rate spiked',
  tool_sequence: 'Sensitive read followed by outbound send',
  new_tool: 'Agent used a tool never seen for it or its cohort',
  new_external_host: 'Tool contacted a new external host',
  resource_sweep: 'Agent swept across many resources',
  memory_poisoning: 'Memory poisoning: instruction stored in agent memory',
  sensitive_data_egress: 'Sensitive data sent out by agent',
  drift: 'Agent behaviour drifted after a model or prompt change',
  correlation: 'Suspicious input followed by a sensitive action',
};

const REMEDIATION: Record<string, string> = {
  injection_acted:
    'Treat the session as compromised: block or revoke the outbound action if possible, review the content that carried the instruction, and put the agent in read-only mode until reviewed.',
  memory:
    'Roll back the poisoned memory record(s), check actions taken since the write, and require human approval for payments and outbound sends from this agent.',
  leak: 'Block the destination, review every message sent to it in the window, and check whether the data requires breach notification.',
  sweep: "Check the agent's credentials and scope: restrict it to the resources it needs and review what was read.",
  supply: 'Review the tool or plugin version and its network egress; block the new host until it is verified.',
  drift: 'Check the model or prompt change with the owning team and compare task success before and after; no security action is needed.',
  injection_only: 'Review the content source that carried the instruction; no action was taken on it yet.',
  generic: "Review the session's actions against the agent's purpose and throttle or isolate the agent if they are not legitimate.",
};

export function findingStory(inc: Incident, comp: CompositeRisk, baselineMature: boolean): FindingStory {
  const types = new Set(comp.signals.map((s) => s.type));
  const rules = new Set(comp.signals.map((s) => s.rule));
  const top = comp.signals[0];
  let title: string;
  let remediation: string;
  if (inc.kind === 'drift') {
    title = TITLE_BY_TYPE.drift;
    remediation = REMEDIATION['drift'] as string;
  } else if (inc.kind === 'leak') {
    title = `Low-and-slow leak of sensitive data to ${[...inc.destinations][0] ?? 'one destination'}`;
    remediation = REMEDIATION['leak'] as string;
  } else if (rules.has('memory.acted_on')) {
    title = 'Poisoned memory read back and acted on';
    remediation = REMEDIATION['memory'] as string;
  } else if (comp.correlation !== undefined) {
    const actionType = comp.signals.find((s) => s.type !== 'prompt_injection' && s.type !== 'correlation' && ACTION_PHRASE[s.type] !== undefined)?.type;
    const phrase = actionType === undefined ? 'a sensitive action' : (ACTION_PHRASE[actionType] as string);
    const triggerKind = types.has('prompt_injection') ? 'Prompt injection' : 'Suspicious instruction';
    title = `${triggerKind} followed by ${phrase}`;
    remediation = REMEDIATION['injection_acted'] as string;
  } else if (top !== undefined) {
    title = top.rule === 'sequence.state_change_then_egress' ? 'State change followed by outbound send to a new destination' : TITLE_BY_TYPE[top.type];
    remediation =
      top.type === 'memory_poisoning'
        ? (REMEDIATION['memory'] as string)
        : top.type === 'resource_sweep' || top.type === 'volume_spike'
          ? (REMEDIATION['sweep'] as string)
          : top.type === 'new_external_host' || top.type === 'new_tool'
            ? (REMEDIATION['supply'] as string)
            : top.type === 'prompt_injection'
              ? (REMEDIATION['injection_only'] as string)
              : (REMEDIATION['generic'] as string);
  } else {
    title = 'Agent activity needs review';
    remediation = REMEDIATION['generic'] as string;
  }

  const who = `Agent ${inc.agentId} (${inc.agentType})${inc.kind === 'leak' ? '' : ` in session ${inc.sessionId}`}`;
  // The strongest evidence, told in the order it happened.
  const story = comp.signals
    .filter((s) => s.type !== 'correlation')
    .slice(0, 4)
    .sort((a, b) => a.location.timeMs - b.location.timeMs || (a.id < b.id ? -1 : 1))
    .map((s) => s.explanation.replace(/\.$/, ''))
    .join('. ');
  const correlated =
    comp.correlation === undefined
      ? ''
      : ' The suspicious input came first in event time and the sensitive action followed, which is far worse than either alone.';
  const unacted = comp.unactedTrigger
    ? ' Nothing followed the suspicious input in this session, so it alone cannot raise the risk above Medium.'
    : '';
  const habit = comp.newHabitOnly ? ' Nothing else about the session was unusual, so a first use alone stays Low.' : '';
  const summary = `${who}: ${story}.${correlated}${unacted}${habit} Composite risk ${comp.risk}/100 from ${comp.signals.length} signal(s).`;

  const independent = new Set([...types].filter((t) => t !== 'correlation')).size;
  let confidence = 0.35 + 0.12 * Math.min(4, independent);
  if (comp.correlation !== undefined) confidence += 0.15;
  if (rules.has('provenance.injected_value') || rules.has('memory.acted_on')) confidence += 0.1;
  if (!baselineMature && inc.kind === 'session') confidence *= 0.85;
  return { title, summary, remediation, confidence: Math.round(Math.min(0.95, confidence) * 100) / 100 };
}
