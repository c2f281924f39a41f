export type { BatchHandler, Bus, BusRecord, Publisher, SubscribeOptions, Subscription } from './bus';
