/**
 * Every campaign of every corpus renders into valid spans (well-formed ids, no span ending before
 * it starts, no orphan) with the span its label points at.
 */
import { buildFleet, type AgentInstance } from '../fleet';
import { Prng } from '../prng';
import { renderSession } from '../render-session';
import { SCENARIO_IDS } from './catalogue';
import { SCENARIO_CORPORA, scenarioBuilders } from './corpus';

const NOW = Date.UTC(2026, 10, 21, 12);
const fleet = buildFleet({ agentsPerType: 1 });

describe.each(SCENARIO_CORPORA)('the %s corpus', (corpus) => {
  it('renders every session into valid spans with the trigger mark present', () => {
    const problems: string[] = [];
    for (const id of SCENARIO_IDS) {
      for (const campaign of scenarioBuilders(corpus)[id]({ rng: new Prng(`render:${id}`), leakWindowHours: 4 })) {
        const agent = fleet.find((a) => a.agentType === campaign.agentType) as AgentInstance;
        campaign.sessions.forEach((session, i) => {
          const rng = new Prng(`${campaign.variant}:${i}`);
          const out = renderSession(agent, session.build({ rng, agent, atMs: NOW }), `sess-${i}`, NOW, rng, { thinkGapMs: [1000, 2000] });
          const where = `${id}/${campaign.variant}#${i}`;
          if (out.marks[session.mark] === undefined) problems.push(`${where}: no span marked ${session.mark}`);
          const ids = new Map(out.spans.map((s) => [s.spanId, s]));
          for (const s of out.spans) {
            if (!/^[0-9a-f]{32}$/.test(s.traceId) || !/^[0-9a-f]{16}$/.test(s.spanId)) problems.push(`${where}: ${s.name} bad ids`);
            if (s.endTimeMs < s.startTimeMs) problems.push(`${where}: ${s.name} ends before it starts`);
            if (s.parentSpanId !== undefined && ids.get(s.parentSpanId)?.traceId !== s.traceId) problems.push(`${where}: ${s.name} orphan`);
          }
        });
      }
    }
    expect(problems).toEqual([]);
  });
});
