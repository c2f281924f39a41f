import { deliveryKey, deliveryLog } from './delivery-log';

describe('deliveryLog', () => {
  it('keeps each span at its first acknowledgement, under the key a label trigger looks it up by', () => {
    const log = deliveryLog();
    log.record([{ traceId: 'aa', spanId: '01' }, { traceId: 'aa', spanId: '02' }], 1_000);
    log.record([{ traceId: 'aa', spanId: '02' }, { traceId: 'bb', spanId: '01' }], 2_000);
    expect([...log.atMs]).toEqual([
      ['aa/01', 1_000],
      ['aa/02', 1_000],
      ['bb/01', 2_000],
    ]);
    const trigger = { traceId: 'bb', spanId: '01', spanName: 'email.send', timeMs: 500 };
    expect(log.atMs.get(deliveryKey(trigger))).toBe(2_000);
  });
});
