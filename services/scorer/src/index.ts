export type { ScoringStats, ScoringWorker, ScoringWorkerConfig, ScoringWorkerDeps } from './scoring-worker';
export { createScoringWorker } from './scoring-worker';
