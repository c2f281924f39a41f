import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryBus } from '@warden/bus';
import { IDLE_STREAM_MS, Topics, silentLogger, type AgentEvent, type ProfileSnapshotMessage } from '@warden/core';
import { drivenEvents } from '../../../packages/bus/testkit/driven-events';
import { createBaselineWorker } from './baseline-worker';
import { promptly } from '../../../test/support/eventually';

const MIN = 60_000;

function event(sessionId: string, t: number): AgentEvent {
  return {
    tenant: 'acme',
    agentId: 'support-1',
    agentType: 'support',
    sessionId,
    sessionIdSource: 'conversation',
    traceId: 'ab'.repeat(16),
    spanId: t.toString(16).padStart(16, '0'),
    kind: 'tool',
    name: 'crm.get_customer',
    toolName: 'crm.get_customer',
    toolArguments: '{"customer_id":1}',
    convention: 'otel_genai',
    startTimeMs: t,
    endTimeMs: t + 5,
    status: 'ok',
    contents: [],
    resources: [],
    attributes: {},
  };
}

describe('baseline worker', () => {
  it("an event stamped two hours ahead of the clock does not end the sessions still under way", async () => {
    const bus = new MemoryBus();
    await bus.start();
    // No grace: it would keep the session open for its first seconds whatever the skewed event did.
    const worker = createBaselineWorker({ sessionIdleMs: 10 * MIN, tickMs: 5, lateArrivalGraceMs: 0 }, { bus, logger: silentLogger, clock: { nowMs: () => Date.now() } });
    await worker.start();
    const now = Date.now();
    await bus.publish(Topics.events, [{ key: 'acme/support-1', value: event('under-way', now - MIN) }]);
    await bus.publish(Topics.events, [{ key: 'acme/support-1', value: event('skewed', now + 120 * MIN) }]);
    await promptly(() => worker.stats().eventsObserved === 2, 'both events');
    await new Promise((r) => setTimeout(r, 50));
    expect(worker.stats().sessionsAwaitingVerdict).toBe(0);
    await worker.stop();
    await bus.stop();
  });

  it("closes a session on its own partition's event time: a partition read an hour behind another keeps it open until it goes idle", async () => {
    const { bus, deliver } = await drivenEvents();
    let nowMs = 3 * 60 * MIN;
    const worker = createBaselineWorker({ sessionIdleMs: 10 * MIN, tickMs: 5 }, { bus, logger: silentLogger, clock: { nowMs: () => nowMs } });
    await worker.start();
    await deliver([event('behind', 0)], 0, 0);
    // Partition 1 delivers another agent's traffic an hour later in event time, every second.
    let offset = 0;
    const flow = async (seconds: number): Promise<void> => {
      for (let i = 0; i < seconds; i++) {
        nowMs += 1_000;
        offset += 1;
        await deliver([{ ...event('ahead', 60 * MIN + offset * 1_000), agentId: 'support-2' }], offset, 1);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    await flow(IDLE_STREAM_MS / 1_000 - 5);
    expect(worker.stats().sessionsAwaitingVerdict).toBe(0);
    // Partition 0 has delivered nothing for the idle time: its session ends on partition 1's time.
    await flow(10);
    await promptly(() => worker.stats().sessionsAwaitingVerdict === 1, "the session of the idle partition to end");
    await worker.stop();
  });

  it('learns a finished session only once its verdict arrives, and keeps what it learned across a restart', async () => {
    const stateFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'warden-baseline-')), 'profiles.json');
    const clock = { nowMs: () => Date.now() };
    const bus = new MemoryBus();
    await bus.start();
    const profiles: ProfileSnapshotMessage[] = [];
    await bus.subscribe(Topics.profiles, { group: 'test' }, async (b) => void profiles.push(...b.map((r) => r.value)));
    // What this test is about is the verdict, not the grace for late spans.
    const worker = createBaselineWorker({ sessionIdleMs: 10 * MIN, tickMs: 10, stateFile, lateArrivalGraceMs: 0 }, { bus, logger: silentLogger, clock });
    await worker.start();

    await bus.publish(Topics.events, [{ key: 'acme/support-1', value: event('s1', 0) }]);
    // A later event moves event time past the first session's idle gap: it is complete.
    await bus.publish(Topics.events, [{ key: 'acme/support-1', value: event('s2', 60 * MIN) }]);
    await promptly(() => worker.stats().sessionsAwaitingVerdict === 1, 'the session to await its verdict');
    expect(profiles).toEqual([]);

    await bus.publish(Topics.verdicts, [{ key: 'acme/support-1', value: { tenant: 'acme', agentId: 'support-1', sessionId: 's1', lastEventMs: 5, exclude: false } }]);
    await promptly(() => worker.stats().sessionsLearned === 1, 'the session to be learned');
    await promptly(() => profiles.length === 2, 'agent and cohort profiles');
    expect(profiles.map((p) => p.subject).sort()).toEqual(['agent:support-1', 'cohort:support']);
    await worker.stop();

    const restarted = createBaselineWorker({ sessionIdleMs: 10 * MIN, tickMs: 10, stateFile }, { bus, logger: silentLogger, clock });
    await restarted.start();
    await promptly(() => profiles.length === 4, 'the restored profiles to be republished');
    expect(restarted.stats()).toMatchObject({ agentProfiles: 1, cohortProfiles: 1 });
    expect(restarted.stats().profileBytes).toBeGreaterThan(0);
    await restarted.stop();
    await bus.stop();
  });
});
