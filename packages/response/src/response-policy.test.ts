import { ConfigError } from '@warden/core';
import { DEFAULT_RESPONSE_POLICY, validateResponsePolicy } from './response-policy';

function problemsOf(raw: unknown): string[] {
  try {
    validateResponsePolicy(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return [...(err as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

describe('DEFAULT_RESPONSE_POLICY', () => {
  it('passes its own validation unchanged', () => {
    expect(validateResponsePolicy(JSON.parse(JSON.stringify(DEFAULT_RESPONSE_POLICY)))).toEqual(DEFAULT_RESPONSE_POLICY);
  });

  it('is what runs without a policy file', () => {
    expect(validateResponsePolicy(undefined)).toEqual(DEFAULT_RESPONSE_POLICY);
    expect(validateResponsePolicy({})).toEqual(DEFAULT_RESPONSE_POLICY);
  });

  it('has the designed approval, expiry and breaker settings', () => {
    expect(DEFAULT_RESPONSE_POLICY.defaultApproval).toEqual({ approvers: 1, timeoutSeconds: 900, onTimeout: 'read_only' });
    expect(DEFAULT_RESPONSE_POLICY.defaultExpirySeconds).toEqual({ throttle: 3600, read_only: 3600, quarantine: 86_400 });
    expect(DEFAULT_RESPONSE_POLICY.circuitBreaker).toEqual({ windowSeconds: 600, maxActions: 20, maxOverrides: 5, cooldownSeconds: 900 });
    expect(DEFAULT_RESPONSE_POLICY.shadow).toBe(false);
    expect(DEFAULT_RESPONSE_POLICY.agents).toEqual([]);
  });

  it('cannot be changed by accident at run time', () => {
    expect(() => {
      (DEFAULT_RESPONSE_POLICY.circuitBreaker as { maxActions: number }).maxActions = 1000;
    }).toThrow(TypeError);
  });
});

describe('validateResponsePolicy', () => {
  it('merges a JSON policy over the defaults', () => {
    const policy = validateResponsePolicy(
      JSON.parse(`{
        "shadow": true,
        "agents": [{ "match": "payments-*", "criticality": "critical" }],
        "defaultApproval": { "approvers": 2 },
        "defaultExpirySeconds": { "throttle": 600 },
        "circuitBreaker": { "maxActions": 5 }
      }`),
    );
    expect(policy.shadow).toBe(true);
    expect(policy.agents).toEqual([{ match: 'payments-*', criticality: 'critical' }]);
    expect(policy.defaultApproval).toEqual({ approvers: 2, timeoutSeconds: 900, onTimeout: 'read_only' });
    expect(policy.defaultExpirySeconds).toEqual({ throttle: 600, read_only: 3600, quarantine: 86_400 });
    expect(policy.circuitBreaker).toEqual({ windowSeconds: 600, maxActions: 5, maxOverrides: 5, cooldownSeconds: 900 });
    expect(policy.playbooks).toEqual(DEFAULT_RESPONSE_POLICY.playbooks);
  });

  it('replaces the playbooks as a whole and lays a playbook approval over the default rule', () => {
    const policy = validateResponsePolicy({
      defaultApproval: { timeoutSeconds: 300 },
      playbooks: [
        {
          name: 'exfil',
          match: { minSeverity: 'high', signalTypes: ['data_exfiltration'], category: 'security', criticality: ['critical'] },
          actions: [{ kind: 'notify' }, { kind: 'quarantine', expiresAfterSeconds: 7200 }],
          shadow: true,
          approval: { approvers: 2 },
        },
        { name: 'auto', match: {}, actions: [{ kind: 'throttle' }], approval: 'not_required' },
      ],
    });
    expect(policy.playbooks).toEqual([
      {
        name: 'exfil',
        match: { minSeverity: 'high', signalTypes: ['data_exfiltration'], category: 'security', criticality: ['critical'] },
        actions: [{ kind: 'notify' }, { kind: 'quarantine', expiresAfterSeconds: 7200 }],
        shadow: true,
        approval: { approvers: 2, timeoutSeconds: 300, onTimeout: 'read_only' },
      },
      { name: 'auto', match: {}, actions: [{ kind: 'throttle' }], approval: 'not_required' },
    ]);
  });

  it('refuses something that is not an object', () => {
    expect(problemsOf([1, 2])).toEqual([expect.stringMatching(/^policy: must be a JSON object/)]);
    expect(problemsOf('shadow')).toHaveLength(1);
  });

  it('reports every kind of bad input at once, each with its policy path', () => {
    const problems = problemsOf({
      shadw: true,
      shadow: 'yes',
      agents: [{ match: '', criticality: 'high' }, 'x'],
      defaultApproval: { approvers: 3, timeoutSeconds: -5, onTimeout: 'panic' },
      defaultExpirySeconds: { throttle: 0, memory_rollback: 60, nap: 5 },
      circuitBreaker: { windowSeconds: 1.5, maxActions: '20', surprise: 1 },
      playbooks: [
        {
          name: 'a',
          match: { minSeverity: 'critical', maxSeverity: 'low', signalTypes: ['telepathy'], criticality: ['vip'], category: 'fun', colour: 'red' },
          actions: [{ kind: 'quarntine' }, { kind: 'notify' }, { kind: 'notify' }, { kind: 'memory_rollback', expiresAfterSeconds: 60 }, { kind: 'throttle', expiresAfterSeconds: 'soon' }],
          shadow: 'maybe',
          approval: 'sometimes',
        },
        { name: 'a', match: 'all', actions: [] },
        { match: {}, actions: [{ kind: 'quarantine' }], approval: { onTimeout: 'quarantine' } },
        'not a playbook',
      ],
    });
    const paths = problems.map((p) => p.slice(0, p.indexOf(':')));
    expect(paths).toEqual(
      expect.arrayContaining([
        'policy.shadw',
        'policy.shadow',
        'policy.agents[0].match',
        'policy.agents[0].criticality',
        'policy.agents[1]',
        'policy.defaultApproval.approvers',
        'policy.defaultApproval.timeoutSeconds',
        'policy.defaultApproval.onTimeout',
        'policy.defaultExpirySeconds.throttle',
        'policy.defaultExpirySeconds.memory_rollback',
        'policy.defaultExpirySeconds.nap',
        'policy.circuitBreaker.windowSeconds',
        'policy.circuitBreaker.maxActions',
        'policy.circuitBreaker.surprise',
        'policy.playbooks[0].match',
        'policy.playbooks[0].match.colour',
        'policy.playbooks[0].match.signalTypes[0]',
        'policy.playbooks[0].match.criticality',
        'policy.playbooks[0].match.category',
        'policy.playbooks[0].actions[0].kind',
        'policy.playbooks[0].actions[2].kind',
        'policy.playbooks[0].actions[3].expiresAfterSeconds',
        'policy.playbooks[0].actions[4].expiresAfterSeconds',
        'policy.playbooks[0].shadow',
        'policy.playbooks[0].approval',
        'policy.playbooks[1].name',
        'policy.playbooks[1].match',
        'policy.playbooks[1].actions',
        'policy.playbooks[2].name',
        'policy.playbooks[2].approval.onTimeout',
        'policy.playbooks[3]',
      ]),
    );
    for (const p of problems) {
      expect(p).toMatch(/^policy[.\w[\]]*: \S/);
    }
    // The messages say what to set, not only what is wrong.
    expect(problems.find((p) => p.startsWith('policy.playbooks[0].actions[0].kind'))).toContain('use one of record, notify, throttle, read_only, memory_rollback, quarantine');
    expect(problems.find((p) => p.startsWith('policy.shadw'))).toContain('check the spelling');
    expect(problems.find((p) => p.startsWith('policy.playbooks[1].name'))).toContain('give each playbook its own name');
  });

  it('refuses an onTimeout as disruptive as the action it falls back from', () => {
    const [problem] = problemsOf({
      playbooks: [{ name: 'q', match: {}, actions: [{ kind: 'quarantine' }], approval: { onTimeout: 'quarantine' } }],
    });
    expect(problem).toBe(
      'policy.playbooks[0].approval.onTimeout: quarantine is as or more disruptive than quarantine, which it would replace when nobody answers; ' +
        'set "none" or a milder step (record, notify, throttle, read_only, memory_rollback)',
    );
  });

  it('refuses an onTimeout more disruptive than any step of the playbook that waits on it', () => {
    const problems = problemsOf({
      playbooks: [{ name: 'r', match: {}, actions: [{ kind: 'notify' }, { kind: 'throttle' }, { kind: 'memory_rollback' }], approval: { onTimeout: 'read_only' } }],
    });
    expect(problems).toEqual([expect.stringContaining('policy.playbooks[0].approval.onTimeout: read_only is as or more disruptive than throttle')]);
  });

  it('refuses a default onTimeout that would escalate quarantine or memory rollback', () => {
    expect(problemsOf({ defaultApproval: { onTimeout: 'memory_rollback' } })).toEqual([
      expect.stringContaining('policy.defaultApproval.onTimeout: memory_rollback is as or more disruptive than memory_rollback'),
    ]);
    expect(problemsOf({ defaultApproval: { onTimeout: 'quarantine' } })).toEqual([
      expect.stringContaining('than memory_rollback, quarantine, which it would replace'),
    ]);
  });

  it('accepts a milder fallback and "none"', () => {
    expect(validateResponsePolicy({ defaultApproval: { onTimeout: 'none' } }).defaultApproval.onTimeout).toBe('none');
    const policy = validateResponsePolicy({
      playbooks: [{ name: 'q', match: {}, actions: [{ kind: 'quarantine' }], approval: { approvers: 2, onTimeout: 'throttle' } }],
    });
    expect(policy.playbooks[0]?.approval).toEqual({ approvers: 2, timeoutSeconds: 900, onTimeout: 'throttle' });
  });
});
