export type { NormalizeLimits } from './limits';
export { DEFAULT_NORMALIZE_LIMITS, resolveLimits } from './limits';
export type { NormalizeContext, NormalizeResult, RejectedSpan } from './normalize-context';
export { normalizeExportRequest } from './normalize-request';
export type { TraceContextCacheOptions, TraceContextValues } from './trace-context-cache';
export { TraceContextCache } from './trace-context-cache';
export type { SpanClassification } from './classify';
export { classifySpan } from './classify';
