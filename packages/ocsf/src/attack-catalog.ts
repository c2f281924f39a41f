import type { RiskSignal, SignalType } from '@warden/core';
import type { OcsfAttack } from './detection-finding';

/**
 * MITRE ATLAS / ATT&CK entries Warden maps to. Only ids whose meaning is settled are listed;
 * a technique id a detector supplies that is not here is still emitted (uid only), because the
 * detector knows better than this table.
 */
interface CatalogEntry {
  readonly name: string;
  /** Parent technique for a sub-technique (`AML.T0051.001` → `AML.T0051`). */
  readonly parent?: string;
  readonly tactic?: { readonly uid: string; readonly name: string };
}

const EXFILTRATION = { uid: 'TA0010', name: 'Exfiltration' } as const;
const COLLECTION = { uid: 'TA0009', name: 'Collection' } as const;
const ATLAS_EXFILTRATION = { uid: 'AML.TA0010', name: 'Exfiltration' } as const;

const CATALOG: Readonly<Record<string, CatalogEntry>> = {
  'AML.T0051': { name: 'LLM Prompt Injection' },
  'AML.T0051.000': { name: 'Direct', parent: 'AML.T0051' },
  'AML.T0051.001': { name: 'Indirect', parent: 'AML.T0051' },
  'AML.T0054': { name: 'LLM Jailbreak' },
  'AML.T0057': { name: 'LLM Data Leakage', tactic: ATLAS_EXFILTRATION },
  'AML.T0053': { name: 'LLM Plugin Compromise' },
  T1567: { name: 'Exfiltration Over Web Service', tactic: EXFILTRATION },
  T1048: { name: 'Exfiltration Over Alternative Protocol', tactic: EXFILTRATION },
  T1530: { name: 'Data from Cloud Storage', tactic: COLLECTION },
  T1213: { name: 'Data from Information Repositories', tactic: COLLECTION },
  T1114: { name: 'Email Collection', tactic: COLLECTION },
};

/** Origins of injected text that is not the user's own message: indirect injection. */
const INDIRECT_ORIGINS: ReadonlySet<string> = new Set(['tool_result', 'tool_arguments', 'retrieved_document', 'memory_record', 'other']);

/** Default techniques for a signal that names none. */
function defaultTechniques(signal: RiskSignal): string[] {
  const byType: Partial<Record<SignalType, () => string[]>> = {
    prompt_injection: () => {
      if (signal.origin === 'user') return ['AML.T0051.000'];
      if (signal.origin !== undefined && INDIRECT_ORIGINS.has(signal.origin)) return ['AML.T0051.001'];
      return ['AML.T0051'];
    },
    // A poisoned memory is injected text the model reads back later: indirect injection.
    memory_poisoning: () => ['AML.T0051.001'],
    data_exfiltration: () => ['AML.T0057', 'T1567'],
    sensitive_data_egress: () => ['AML.T0057', 'T1567'],
    resource_sweep: () => ['T1530'],
  };
  return byType[signal.type]?.() ?? [];
}

export function attackFor(techniqueId: string): OcsfAttack {
  const entry = CATALOG[techniqueId];
  if (entry === undefined) {
    // Unknown id: a dotted suffix still says sub-technique in both ATLAS and ATT&CK notation.
    const dot = /^(.*T\d{4})\.(\d{3})$/.exec(techniqueId);
    if (dot?.[1] !== undefined) {
      const parent = CATALOG[dot[1]];
      return {
        technique: parent === undefined ? { uid: dot[1] } : { uid: dot[1], name: parent.name },
        sub_technique: { uid: techniqueId },
      };
    }
    return { technique: { uid: techniqueId } };
  }
  if (entry.parent !== undefined) {
    const parent = CATALOG[entry.parent];
    return {
      ...(parent?.tactic ? { tactic: { ...parent.tactic } } : {}),
      technique: { uid: entry.parent, ...(parent ? { name: parent.name } : {}) },
      sub_technique: { uid: techniqueId, name: entry.name },
    };
  }
  return { ...(entry.tactic ? { tactic: { ...entry.tactic } } : {}), technique: { uid: techniqueId, name: entry.name } };
}

/** Distinct attacks over the signals, in first-seen order, at most `max`. */
export function attacksFor(signals: readonly RiskSignal[], max: number): OcsfAttack[] {
  const seen = new Set<string>();
  const out: OcsfAttack[] = [];
  for (const signal of signals) {
    const ids = signal.techniques !== undefined && signal.techniques.length > 0 ? signal.techniques : defaultTechniques(signal);
    for (const raw of ids) {
      const id = raw.trim();
      if (id.length === 0 || id.length > 64 || seen.has(id)) continue;
      seen.add(id);
      out.push(attackFor(id));
      if (out.length >= max) return out;
    }
  }
  return out;
}
