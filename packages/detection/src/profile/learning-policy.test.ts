import type { RiskFinding, RiskSignal, SignalType } from '@warden/core';
import { excludeFromBaseline } from './learning-policy';

const signal = (type: SignalType): RiskSignal => ({
  id: type,
  type,
  rule: type,
  score: 1,
  contribution: 20,
  explanation: type,
  location: { traceId: 't', spanId: 's', timeMs: 0, spanName: 'x' },
});
const finding = (severity: RiskFinding['severity'], types: SignalType[], category: RiskFinding['category'] = 'security') => ({
  category,
  severity,
  signals: types.map(signal),
});

describe('excludeFromBaseline', () => {
  it('keeps High and Critical sessions out whatever their signals', () => {
    expect(excludeFromBaseline(finding('high', ['new_tool']))).toBe(true);
    expect(excludeFromBaseline(finding('critical', ['volume_spike']))).toBe(true);
  });

  it('keeps Medium sessions with attack evidence out', () => {
    expect(excludeFromBaseline(finding('medium', ['new_destination', 'prompt_injection']))).toBe(true);
    expect(excludeFromBaseline(finding('medium', ['sensitive_data_egress']))).toBe(true);
  });

  it('keeps supply-chain indicators out even at Medium', () => {
    expect(excludeFromBaseline(finding('medium', ['new_external_host']))).toBe(true);
    expect(excludeFromBaseline({ ...finding('medium', []), signals: [{ ...signal('new_tool'), rule: 'tool.new_command_execution' }] })).toBe(true);
  });

  it('learns Medium sessions that are only new behaviour, so a novelty is not raised forever', () => {
    expect(excludeFromBaseline(finding('medium', ['new_tool', 'new_destination', 'tool_sequence']))).toBe(false);
  });

  it('learns Low findings and reliability findings', () => {
    expect(excludeFromBaseline(finding('low', ['prompt_injection']))).toBe(false);
    expect(excludeFromBaseline(finding('high', ['drift'], 'reliability'))).toBe(false);
  });
});
