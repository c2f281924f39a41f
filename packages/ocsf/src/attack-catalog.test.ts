import type { RiskSignal } from '@warden/core';
import { attackFor, attacksFor } from './attack-catalog';

const signal = (over: Partial<RiskSignal>): RiskSignal => ({
  id: 's',
  type: 'prompt_injection',
  rule: 'r',
  score: 1,
  contribution: 1,
  explanation: 'e',
  location: { traceId: 't', spanId: 'p', timeMs: 0, spanName: 'n' },
  ...over,
});

describe('attackFor', () => {
  it('names known techniques and their tactic', () => {
    expect(attackFor('T1567')).toEqual({
      tactic: { uid: 'TA0010', name: 'Exfiltration' },
      technique: { uid: 'T1567', name: 'Exfiltration Over Web Service' },
    });
  });

  it('splits a sub-technique into technique and sub_technique', () => {
    expect(attackFor('AML.T0051.000')).toEqual({
      technique: { uid: 'AML.T0051', name: 'LLM Prompt Injection' },
      sub_technique: { uid: 'AML.T0051.000', name: 'Direct' },
    });
    // Unknown sub-technique of a known technique keeps the parent's name.
    expect(attackFor('AML.T0051.009')).toEqual({
      technique: { uid: 'AML.T0051', name: 'LLM Prompt Injection' },
      sub_technique: { uid: 'AML.T0051.009' },
    });
    expect(attackFor('T1059.004')).toEqual({ technique: { uid: 'T1059' }, sub_technique: { uid: 'T1059.004' } });
  });

  it('keeps an id it does not know, without inventing a name', () => {
    expect(attackFor('AML.T0099')).toEqual({ technique: { uid: 'AML.T0099' } });
  });
});

describe('attacksFor', () => {
  it('derives defaults per signal family and origin', () => {
    const got = attacksFor(
      [
        signal({ id: 'a', origin: 'retrieved_document' }),
        signal({ id: 'b', type: 'sensitive_data_egress' }),
        signal({ id: 'c', type: 'resource_sweep' }),
        signal({ id: 'd', type: 'volume_spike' }),
      ],
      16,
    );
    expect(got.map((a) => a.sub_technique?.uid ?? a.technique?.uid)).toEqual(['AML.T0051.001', 'AML.T0057', 'T1567', 'T1530']);
  });

  it('prefers the techniques a signal names, dedupes and bounds', () => {
    const got = attacksFor(
      [signal({ id: 'a', techniques: ['T1114', 'T1114', ' AML.T0054 '] }), signal({ id: 'b', techniques: ['T1213', 'T1048'] })],
      3,
    );
    expect(got.map((a) => a.technique?.uid)).toEqual(['T1114', 'AML.T0054', 'T1213']);
  });
});
