export type { ScoringWorker, ScoringWorkerConfig, ScoringWorkerDeps } from './scoring-worker';
export { createScoringWorker } from './scoring-worker';
