export type { Emitter, EmitterConfig, EmitterDeps, EmitterStats } from './emitter';
export { createEmitter } from './emitter';
export type { EmittedFinding, FindingSink } from './finding-sink';
export { createFileSink } from './file-sink';
export { createConsoleSink, summarizeFinding } from './console-sink';
