import { SessionBuilder } from '../../testdata/session-builder';
import { DEFAULT_DETECTION_CONFIG } from '../config';
import { Baseline } from './baseline';
import { ProfileLearner } from './profile-learner';

const agent = (agentId: string) => ({ tenant: 'acme', agentId, agentType: 'ops', convention: 'otel_genai' as const });

/** ops-1 calls `geo.lookup` at one host in three sessions; ops-2 calls `status.check` in four. */
function twoAgents(): ProfileLearner {
  const learner = new ProfileLearner();
  for (let i = 0; i < 4; i++) {
    for (const [id, tool, host] of [['ops-1', 'geo.lookup', 'geo.example'], ['ops-2', 'status.check', 'status.example']] as const) {
      if (id === 'ops-1' && i === 3) continue;
      const b = new SessionBuilder(agent(id), `${id}-${i}`, i * 86_400_000);
      b.turn('check');
      b.tool(tool, { q: 'x' }, { ok: true }, { httpHost: host });
      b.tool('email.send', { to: 'ops@mail.example', body: 'done' }, { ok: true });
      for (const e of b.events) learner.observe(e);
    }
  }
  learner.closeIdleSessions(10 * 86_400_000);
  return learner;
}

describe('Baseline', () => {
  test("an agent's own history counts once, though its cohort learned the same sessions", () => {
    const learner = twoAgents();
    const ops1 = new Baseline(learner.profile('acme', 'agent:ops-1'), learner.profile('acme', 'cohort:ops'), DEFAULT_DETECTION_CONFIG);
    expect(ops1.tool('geo.lookup')?.n).toBe(3);
    expect(ops1.hostsForTool('geo.lookup')).toEqual({ hosts: { 'geo.example': expect.objectContaining({ n: 3 }) }, history: 3 });
  });

  test("the cohort's wider history counts in full: other agents' calls, and sessions the agent has no profile for", () => {
    const learner = twoAgents();
    const ops1 = new Baseline(learner.profile('acme', 'agent:ops-1'), learner.profile('acme', 'cohort:ops'), DEFAULT_DETECTION_CONFIG);
    expect(ops1.tool('status.check')?.n).toBe(4);
    // Both agents wrote to it: seven sessions, of which ops-1's own three are not counted again.
    expect(ops1.destination('email', 'ops@mail.example')?.n).toBe(7);
    const newAgent = new Baseline(undefined, learner.profile('acme', 'cohort:ops'), DEFAULT_DETECTION_CONFIG);
    expect(newAgent.hostsForTool('status.check').history).toBe(4);
  });
});
