import type { RiskFinding, RiskSignal, SignalType } from '@warden/core';
import { baselineExclusion, excludeFromBaseline } from './learning-policy';

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

describe('baselineExclusion', () => {
  const rule = (type: SignalType, r: string, id: string = r): RiskSignal => ({ ...signal(type), id, rule: r });
  const of = (severity: RiskFinding['severity'], signals: RiskSignal[]) => ({ category: 'security' as const, severity, signals });

  it('holds a High finding made of a new tool, its first host and a first data domain for corroboration', () => {
    const firstUse = [
      rule('new_tool', 'tool.new_for_cohort', 'tool:insurer.check_cover'),
      rule('new_external_host', 'host.new_for_tool', 'host:insurer.check_cover:cover.insurer.example'),
      rule('scope_deviation', 'scope.new_data_domain'),
    ];
    expect(baselineExclusion(of('high', firstUse))).toBe('novelty');
    expect(baselineExclusion(of('medium', firstUse))).toBe('novelty');
    expect(baselineExclusion(of('medium', [rule('new_tool', 'tool.new_for_cohort'), rule('new_destination', 'destination.new_account')]))).toBe('none');
  });

  it('holds personal data sent to a new destination for corroboration, whatever its severity; a secret, a leak over time or a public channel for review', () => {
    const toPartner = [rule('new_destination', 'destination.new_host'), rule('tool_sequence', 'sequence.sensitive_read_then_egress'), rule('sensitive_data_egress', 'egress.pii')];
    expect(baselineExclusion(of('medium', toPartner))).toBe('novelty');
    expect(baselineExclusion(of('high', toPartner))).toBe('novelty');
    expect(baselineExclusion(of('medium', [rule('new_destination', 'destination.new_host'), rule('sensitive_data_egress', 'egress.secret')]))).toBe('attack');
    expect(baselineExclusion(of('high', [...toPartner, rule('data_exfiltration', 'egress.windowed_leak')]))).toBe('attack');
    expect(baselineExclusion(of('medium', [rule('new_destination', 'destination.public_channel'), rule('sensitive_data_egress', 'egress.pii')]))).toBe('attack');
  });

  it('treats a new host of a tool that is not new itself as the supply-chain question', () => {
    const known = [rule('new_tool', 'tool.new_for_cohort', 'tool:insurer.check'), rule('new_external_host', 'host.new_for_tool', 'host:clinic.get_patient:cover.insurer.example')];
    expect(baselineExclusion(of('medium', known))).toBe('attack');
    expect(baselineExclusion(of('medium', [rule('new_external_host', 'host.new_for_stable_tool')]))).toBe('attack');
  });

  it('holds anything with attack evidence, volume or a public channel for review', () => {
    expect(baselineExclusion(of('high', [rule('new_tool', 'tool.new_for_cohort'), rule('prompt_injection', 'injection.model_address')]))).toBe('attack');
    expect(baselineExclusion(of('high', [rule('new_tool', 'tool.new_for_cohort'), rule('volume_spike', 'volume.records_above_history')]))).toBe('attack');
    expect(baselineExclusion(of('high', [rule('new_destination', 'destination.public_channel')]))).toBe('attack');
    expect(baselineExclusion(of('high', [rule('new_tool', 'tool.new_command_execution')]))).toBe('attack');
  });
});
