/**
 * A scorer that already knows an agent: `sessions` sessions of it, one an hour from time 0, each
 * written by `session` into its own builder, learned and installed as profiles. What most scorer
 * tests start from before the session under test.
 */
import type { DetectionConfig } from '../src/config';
import { ProfileLearner } from '../src/profile/profile-learner';
import { SessionScorer } from '../src/scoring/session-scorer';
import { SessionBuilder, type AgentIdentity } from './session-builder';

const HOUR_MS = 3_600_000;

export function trainedScorer(
  agent: AgentIdentity,
  sessions: number,
  session: (b: SessionBuilder, i: number) => void,
  config: Partial<DetectionConfig> = {},
): { scorer: SessionScorer; learner: ProfileLearner } {
  const learner = new ProfileLearner(config);
  for (let i = 0; i < sessions; i++) {
    const b = new SessionBuilder(agent, `h${i}`, i * HOUR_MS);
    session(b, i);
    b.events.forEach((e) => learner.observe(e));
  }
  const scorer = new SessionScorer(config);
  for (const snapshot of learner.closeIdleSessions(100 * HOUR_MS)) scorer.applyProfile(snapshot);
  return { scorer, learner };
}
