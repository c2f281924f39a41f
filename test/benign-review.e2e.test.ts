import { MemoryBus } from '@warden/bus';
import { describeBenignReview } from './support/benign-review-scenario';

describeBenignReview('in-memory', async () => {
  const bus = new MemoryBus();
  await bus.start();
  return bus;
});
