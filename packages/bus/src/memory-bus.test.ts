import { describeBusContract } from '../testkit/bus-contract';
import { MemoryBus } from './memory-bus';

describeBusContract('memory', {
  boundedQueues: true,
  async create({ capacityPerGroup }) {
    const bus = new MemoryBus({ retryBackoffMs: 5, ...(capacityPerGroup === undefined ? {} : { capacityPerGroup }) });
    await bus.start();
    return bus;
  },
});
