export type { BatchHandler, Bus, BusRecord, Publisher, SubscribeOptions, Subscription } from './bus';
export type { MemoryBusGroupStats, MemoryBusOptions } from './memory-bus';
export { MemoryBus } from './memory-bus';
