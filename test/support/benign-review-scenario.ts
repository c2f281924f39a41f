/**
 * A person's benign review, through the real scorer, baseline and responder over a bus (the
 * in-memory one, or Kafka): a legitimate first use of a tool pages, an approver reviews the
 * closed finding as benign, and the same work in the next session no longer pages, because the
 * review had the session learned. Without the review the same repeat pages again: what changes
 * the outcome is the review, not time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Bus } from '@warden/bus';
import { Topics, isAtLeast, silentLogger, type AgentEvent, type RiskFinding } from '@warden/core';
import { createBaselineWorker, type BaselineWorker } from '@warden/baseline';
import { DEFAULT_RESPONSE_POLICY } from '@warden/response';
import { createResponder, type Responder } from '@warden/responder';
import { createScoringWorker, type ScoringWorker } from '@warden/scorer';
import { SessionBuilder } from '../../packages/detection/testdata/session-builder';
import { eventually } from './eventually';

const MIN = 60_000;
const HOUR = 60 * MIN;
const agent = { tenant: 'acme', agentId: 'payroll-1', agentType: 'payroll', convention: 'otel_genai' as const };

/** An ordinary payroll session: the agent's habits. */
function ordinary(id: string, startMs: number): AgentEvent[] {
  const b = new SessionBuilder(agent, id, startMs);
  b.turn('Prepare the payroll changes for this week.');
  b.tool('hr.list_changes', { week: 'current' }, { changes: [{ employee: 'E-1001', field: 'hours' }] });
  b.tool('payroll.stage_changes', { batch: 'weekly' }, { ok: true });
  b.tool('slack.post_message', { channel: '#payroll', text: 'Weekly changes staged.' }, { ok: true });
  b.llm('Staged.');
  return b.events;
}

/** The legitimate first use of a pension provider's portal, at its own host. */
function pensionSchedule(id: string, startMs: number): AgentEvent[] {
  const b = new SessionBuilder(agent, id, startMs);
  b.turn('Submit this month\'s pension contribution schedule to the provider.');
  b.tool('payroll.get_pension_totals', { month: '2026-10' }, { employees: 42, total: '18250.00' });
  b.tool('pension_portal.submit_contribution_schedule', { month: '2026-10', total: '18250.00' }, { accepted: true }, { httpHost: 'employer.northgate-pensions.example' });
  b.llm('Submitted.');
  return b.events;
}

/** The scenario over the bus `createBus` starts (a fresh, empty one per test). */
export function describeBenignReview(busName: string, createBus: () => Promise<Bus>): void {
  describe(`a benign review teaches the baseline (${busName} bus)`, () => {
    let bus: Bus;
    let scorer: ScoringWorker;
    let baseline: BaselineWorker;
    let responder: Responder;
    let dataDir: string;
    const findings: RiskFinding[] = [];
    const verdicts: string[] = [];

    beforeEach(async () => {
      findings.length = 0;
      verdicts.length = 0;
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-review-'));
      bus = await createBus();
      // Live traffic: the clock is just past the newest span, and runs, so the scorer's grace for
      // late spans passes as it would.
      const startedAt = Date.now();
      const clock = { nowMs: () => 40 * HOUR + (Date.now() - startedAt) };
      scorer = createScoringWorker({ sessionIdleMs: 10 * MIN, tickMs: 10 }, { bus, logger: silentLogger, clock });
      baseline = createBaselineWorker({ sessionIdleMs: 10 * MIN, tickMs: 10 }, { bus, logger: silentLogger, clock });
      responder = createResponder({ dataDir, policy: DEFAULT_RESPONSE_POLICY, tickMs: 10 }, { bus, logger: silentLogger, clock });
      await bus.subscribe(Topics.findings, { group: 'test-findings' }, async (batch) => void findings.push(...batch.map((r) => r.value).filter((f) => f.response === undefined)));
      await bus.subscribe(Topics.verdicts, { group: 'test-verdicts' }, async (batch) => void verdicts.push(...batch.map((r) => r.value.sessionId)));
      await Promise.all([scorer.start(), baseline.start(), responder.start()]);
      // A week's worth of ordinary sessions, learned before anything else happens.
      for (let i = 0; i < 30; i += 1) await bus.publish(Topics.events, ordinary(`day-${i}`, i * 30 * MIN).map((value) => ({ key: 'acme/payroll-1', value })));
      await send(ordinary('warm-end', 20 * HOUR));
      await eventually(() => (baseline.stats().sessionsLearned >= 30 ? true : undefined), 'the ordinary sessions learned');
      // Over Kafka the profiles reach the scorer on their own topic: the first use must be scored
      // against the learned habits, not against an agent the scorer has not met yet.
      const published = baseline.stats().profilesPublished;
      await eventually(() => (scorer.stats().profilesApplied >= published ? true : undefined), 'the scorer to apply the learned profiles');
    });

    afterEach(async () => {
      await responder.stop();
      await baseline.stop();
      await scorer.stop();
      await bus.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const send = (events: AgentEvent[]) => bus.publish(Topics.events, events.map((value) => ({ key: 'acme/payroll-1', value })));
    const worst = (sessionId: string) =>
      findings.filter((f) => f.sessionId === sessionId && f.category === 'security').reduce<RiskFinding | undefined>((w, f) => (w === undefined || f.riskScore > w.riskScore ? f : w), undefined);
    /**
     * Sends the session, then a later one that ends it (event time), and waits until the scorer's
     * verdict on it has reached the baseline (`settled` sessions learned or held, the warm-up's
     * last one included) and every finding the scorer published has reached this test: over
     * Kafka each topic has its own consumer, so no order holds between them.
     */
    const runToEnd = async (events: AgentEvent[], closerStartMs: number, settled: number): Promise<RiskFinding | undefined> => {
      const sessionId = (events[0] as AgentEvent).sessionId;
      await send(events);
      await send(ordinary(`closer-${sessionId}`, closerStartMs));
      await eventually(() => (verdicts.includes(sessionId) ? true : undefined), `the verdict on ${sessionId}`);
      await eventually(() => {
        const b = baseline.stats();
        return b.sessionsLearned + b.sessionsHeldForReview >= settled && findings.length >= scorer.stats().findingsPublished ? true : undefined;
      }, `the baseline and this test to catch up with ${sessionId}`);
      return worst(sessionId);
    };

    /**
     * The session's worst finding once it is Medium or above. The scorer counts a finding as
     * published when the bus acknowledges it, which over Kafka can come after the verdict on the
     * same session has reached the baseline: a page is waited for, not sampled.
     */
    const paged = (sessionId: string) =>
      eventually(() => {
        const w = worst(sessionId);
        return w !== undefined && isAtLeast(w.severity, 'medium') ? w : undefined;
      }, `a finding at Medium or above on ${sessionId}`);

    it('pages on the first use, and not on the same work after the finding was reviewed as benign', async () => {
      await runToEnd(pensionSchedule('pension-oct', 21 * HOUR), 22 * HOUR, 32);
      await paged('pension-oct');
      const closed = await eventually(() => findings.find((f) => f.sessionId === 'pension-oct' && f.activity === 'close'), 'the Close of the first finding');
      await eventually(() => (baseline.stats().sessionsHeldForReview === 1 ? true : undefined), 'the excluded session held for review');

      // The responder has taken the Close in once its audit log has it.
      const tookIn = () =>
        readFileSync(path.join(dataDir, 'audit', 'audit.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { type: string; data: { findingId?: string; activity?: string } })
          .some((e) => e.type === 'finding' && e.data.findingId === closed.findingId && e.data.activity === 'close');
      await eventually(() => (tookIn() ? true : undefined), 'the responder to take the Close in');
      const review = await responder.reviewBenign(closed.findingId, { by: 'alice', reason: 'the monthly pension schedule, agreed with payroll' });
      expect(review).toMatchObject({ ok: true, review: { sessionId: 'pension-oct', by: 'alice' } });
      await eventually(() => (baseline.stats().sessionsLearnedAfterReview === 1 ? true : undefined), 'the reviewed session learned');
      const published = baseline.stats().profilesPublished;
      // The scorer has the profiles with the reviewed session in them before the next month comes.
      await eventually(() => (scorer.stats().profilesApplied >= published ? true : undefined), 'the scorer to apply the new profiles');

      const repeat = await runToEnd(pensionSchedule('pension-nov', 30 * HOUR), 31 * HOUR, 34);
      expect(repeat === undefined || !isAtLeast(repeat.severity, 'medium')).toBe(true);
      expect(baseline.stats()).toMatchObject({ sessionsHeldForReview: 0, reviewsUnmatched: 0 });
    });

    it('without the review, the same work pages again', async () => {
      await runToEnd(pensionSchedule('pension-oct', 21 * HOUR), 22 * HOUR, 32);
      await paged('pension-oct');
      await runToEnd(pensionSchedule('pension-nov', 30 * HOUR), 31 * HOUR, 34);
      await paged('pension-nov');
      expect(baseline.stats()).toMatchObject({ sessionsHeldForReview: 2, sessionsLearnedAfterReview: 0 });
    });
  });
}
