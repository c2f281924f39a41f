export type { BatchHandler, Bus, BusRecord, DeliveredRecord, Publisher, RecordPosition, SubscribeOptions, Subscription } from './bus';
export type { MemoryBusGroupStats, MemoryBusOptions } from './memory-bus';
export { MemoryBus } from './memory-bus';
