import { explainReplay, rulesBehindOrdinary } from './detection-eval-explain';
import { finding, label, observe, session } from './testing/observations';

const sig = (rule: string, contribution: number) => ({ rule, contribution });

describe('explainReplay', () => {
  it('lists benign sessions at Medium or above, history and live, with the rules of their worst record', () => {
    const look = label('benign_lookalike', 'look');
    const got = explainReplay(
      observe(
        [
          session('quiet'),
          session('low'),
          session('learning', { phase: 'history', agentId: 'hr-agent-2' }),
          session('paged'),
          session('look', { label: look }),
        ],
        [
          finding('low', 'low', 1, 'security', [sig('scope.new_data_domain', 10)]),
          finding('learning', 'medium', 1, 'security', [sig('tool.new_for_cohort', 30)]),
          finding('paged', 'medium', 1, 'security', [sig('scope.new_data_domain', 20)]),
          // The later High revision is the one that explains the page, not the first Medium.
          finding('paged', 'high', 2, 'security', [sig('destination.new_account', 40), sig('scope.new_data_domain', 20)]),
          finding('look', 'high', 1, 'security', [sig('sequence.sensitive_read_then_egress', 50)]),
        ],
      ),
    );
    expect(got.map((s) => [s.story, s.phase, s.agentId, s.worst])).toEqual([
      ['ordinary', 'history', 'hr-agent-2', 'medium'],
      ['ordinary', 'live', 'agent-1', 'high'],
      ['benign_lookalike/v1/trigger', 'live', 'agent-1', 'high'],
    ]);
    expect(got[1]).toMatchObject({ why: 'benign at medium', day: '2024-10-04', rules: [sig('destination.new_account', 40), sig('scope.new_data_domain', 20)] });
    expect(got[1]?.expected).toBeUndefined();
    expect(got[2]?.expected).toBe('<= low');
  });

  it('lists triggers outside their band on the judged category, silent ones with no rules', () => {
    const got = explainReplay(
      observe(
        [
          session('caught', { label: label('tool_chaining', 'caught') }),
          session('missed', { label: label('tool_chaining', 'missed') }),
          session('silent', { label: label('injection_ignored', 'silent') }),
          session('drift', { label: label('drift', 'drift') }),
          session('setup', { label: label('low_and_slow_leak', 'setup', 'setup') }),
        ],
        [
          finding('caught', 'high', 1, 'security', [sig('provenance.injected_value', 60)]),
          finding('missed', 'medium', 1, 'security', [sig('sequence.unseen_transition', 25)]),
          // Drift is judged on reliability findings: a security one does not put it in band.
          finding('drift', 'medium', 1, 'security', [sig('tool.new_for_cohort', 20)]),
        ],
      ),
    );
    expect(got.map((s) => [s.story, s.worst, s.expected, s.rules.map((r) => r.rule)])).toEqual([
      ['tool_chaining/v1/trigger', 'medium', '>= high', ['sequence.unseen_transition']],
      ['injection_ignored/v1/trigger', 'none', 'low..medium', []],
      ['drift/v1/trigger', 'none', 'low', []],
    ]);
    expect(got.every((s) => s.why === 'outside band')).toBe(true);
  });
});

describe('rulesBehindOrdinary', () => {
  it('counts each rule once per flagged ordinary session, most first, leaving labelled sessions out', () => {
    const got = explainReplay(
      observe(
        [session('a'), session('b'), session('look', { label: label('benign_lookalike', 'look') })],
        [
          finding('a', 'medium', 1, 'security', [sig('scope.new_data_domain', 10), sig('scope.new_data_domain', 5), sig('tool.new_for_cohort', 30)]),
          finding('b', 'high', 1, 'security', [sig('tool.new_for_cohort', 45)]),
          finding('look', 'high', 1, 'security', [sig('destination.new_account', 50)]),
        ],
      ),
    );
    expect(rulesBehindOrdinary(got)).toEqual([
      { rule: 'tool.new_for_cohort', sessions: 2 },
      { rule: 'scope.new_data_domain', sessions: 1 },
    ]);
  });
});
