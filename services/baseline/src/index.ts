export type { BaselineStats, BaselineWorker, BaselineWorkerConfig, BaselineWorkerDeps } from './baseline-worker';
export { createBaselineWorker } from './baseline-worker';
