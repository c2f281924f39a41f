import type { AgentEventKind, TelemetryConvention } from '@warden/core';
import type { OtlpAttributes, OtlpSpan } from '@warden/otlp';
import { attrString } from './values';

export interface SpanClassification {
  readonly kind: AgentEventKind;
  readonly convention: TelemetryConvention;
  /** The raw value that decided the kind, as sent. */
  readonly operation?: string;
}

const GENAI_OPERATIONS: Readonly<Record<string, AgentEventKind>> = {
  chat: 'llm',
  generate_content: 'llm',
  text_completion: 'llm',
  completion: 'llm',
  fetch_response: 'llm',
  llm_request: 'llm',
  execute_tool: 'tool',
  invoke_agent: 'agent',
  create_agent: 'agent',
  invoke_workflow: 'agent',
  handle_conversation_turn: 'agent',
  plan: 'agent',
  execute_task: 'agent',
  handoff: 'agent',
  retrieval: 'retrieval',
  embeddings: 'retrieval',
  vector_db_retrieve: 'retrieval',
  search_memory: 'memory_read',
  create_memory: 'memory_write',
  update_memory: 'memory_write',
  upsert_memory: 'memory_write',
  delete_memory: 'memory_write',
  // Dropping a store destroys every record in it: as consequential as any record write.
  delete_memory_store: 'memory_write',
};

const OPENINFERENCE_KINDS: Readonly<Record<string, AgentEventKind>> = {
  LLM: 'llm',
  TOOL: 'tool',
  AGENT: 'agent',
  CHAIN: 'agent',
  RETRIEVER: 'retrieval',
  EMBEDDING: 'retrieval',
  RERANKER: 'retrieval',
};

const TRACELOOP_KINDS: Readonly<Record<string, AgentEventKind>> = {
  workflow: 'agent',
  task: 'agent',
  agent: 'agent',
  handoff: 'agent',
  tool: 'tool',
};

const LLM_REQUEST_TYPES: Readonly<Record<string, AgentEventKind>> = {
  chat: 'llm',
  completion: 'llm',
  embedding: 'retrieval',
  rerank: 'retrieval',
};

/** Vector stores whose OpenLLMetry spans put the operation in the span name (`chroma.query`). */
export const VECTOR_DB_SYSTEMS: ReadonlySet<string> = new Set([
  'chroma',
  'chromadb',
  'pinecone',
  'qdrant',
  'milvus',
  'weaviate',
  'lancedb',
  'marqo',
]);

const VECTOR_WRITE_OPS = new Set(['add', 'upsert', 'insert', 'update', 'delete', 'modify', 'write']);
const VECTOR_READ_OPS = new Set(['query', 'search', 'get', 'peek', 'retrieve', 'fetch', 'similarity_search']);

/** OpenLLMetry names its spans `<entity>.<kind>` and `<vendor>.<operation>`. */
const TRACELOOP_NAME_SUFFIXES: Readonly<Record<string, AgentEventKind>> = {
  workflow: 'agent',
  task: 'agent',
  agent: 'agent',
  tool: 'tool',
  chat: 'llm',
  completion: 'llm',
  embeddings: 'retrieval',
};

/** CrewAI (OpenInference) records memory use as span events named `<scope>_memory.save|search`. */
export const CREWAI_MEMORY_EVENT = /^([a-z_]*memory)\.(save|search)$/;

/** Keys that only OpenLLMetry writes: they tell its new-style spans apart from plain OTel GenAI. */
function hasOpenLlmetryMarker(attributes: OtlpAttributes, scopeName: string): boolean {
  if (scopeName.startsWith('traceloop')) return true;
  for (const key in attributes) {
    if (
      key.startsWith('traceloop.') ||
      key === 'llm.request.type' ||
      key.startsWith('llm.usage.') ||
      /^gen_ai\.(prompt|completion)\.\d+\./.test(key)
    ) {
      return true;
    }
  }
  return false;
}

function hasOpenInferenceMarker(attributes: OtlpAttributes): boolean {
  for (const key in attributes) {
    if (key.startsWith('llm.input_messages.') || key.startsWith('llm.output_messages.') || key === 'llm.model_name') {
      return true;
    }
  }
  return false;
}

/** Convention of a span whose kind came from a generic key (`db.system`, span name). */
function conventionFromMarkers(attributes: OtlpAttributes, scopeName: string): TelemetryConvention {
  if (hasOpenLlmetryMarker(attributes, scopeName)) return 'openllmetry';
  if (hasOpenInferenceMarker(attributes)) return 'openinference';
  // Pre-v1.27 GenAI spans have no operation attribute but still speak gen_ai.* (gen_ai.system...).
  for (const key in attributes) if (key.startsWith('gen_ai.')) return 'otel_genai';
  return 'unknown';
}

function isMemoryStoreName(name: string | undefined): boolean {
  return name !== undefined && /memor(y|ies)/i.test(name);
}

function vectorDbKind(operation: string, collection: string | undefined): AgentEventKind {
  const op = operation.toLowerCase();
  if (VECTOR_WRITE_OPS.has(op)) return 'memory_write';
  if (VECTOR_READ_OPS.has(op) || op.endsWith('query') || op.endsWith('search')) {
    return isMemoryStoreName(collection) ? 'memory_read' : 'retrieval';
  }
  return 'other';
}

function vectorCollection(attributes: OtlpAttributes): string | undefined {
  return attrString(attributes, 'db.collection.name') ?? attrString(attributes, 'db.namespace');
}

/** The last dotted segment of a span name: `chroma.query` → `query`. */
function nameSuffix(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? undefined : name.slice(dot + 1);
}

function classifyByName(span: OtlpSpan, scopeName: string): SpanClassification {
  const name = span.name.trim();
  const first = name.split(/\s+/, 1)[0] ?? '';
  const genai = GENAI_OPERATIONS[first];
  // `{operation} {target}` is the GenAI span name; without the attribute the convention comes from markers.
  if (genai !== undefined) return { kind: genai, convention: conventionFromMarkers(span.attributes, scopeName), operation: first };
  const dot = name.indexOf('.');
  const suffix = nameSuffix(name);
  if (dot > 0 && suffix !== undefined) {
    const prefix = name.slice(0, dot).toLowerCase();
    if (VECTOR_DB_SYSTEMS.has(prefix)) {
      return { kind: vectorDbKind(suffix, vectorCollection(span.attributes)), convention: 'openllmetry', operation: suffix };
    }
    const byKind = TRACELOOP_NAME_SUFFIXES[suffix];
    if (byKind !== undefined) {
      return { kind: byKind, convention: conventionFromMarkers(span.attributes, scopeName), operation: suffix };
    }
  }
  return { kind: 'other', convention: conventionFromMarkers(span.attributes, scopeName) };
}

/**
 * Kind and convention of one span, trying the keys in the order that works on mixed traffic:
 * gen_ai.operation.name → openinference.span.kind → traceloop.span.kind → llm.request.type →
 * db.system → span-name prefixes.
 */
export function classifySpan(span: OtlpSpan, scopeName: string): SpanClassification {
  return refineWithMemoryEvents(span, classifyBase(span, scopeName));
}

function classifyBase(span: OtlpSpan, scopeName: string): SpanClassification {
  const a = span.attributes;
  const genaiOp = attrString(a, 'gen_ai.operation.name');
  if (genaiOp !== undefined) {
    const kind = GENAI_OPERATIONS[genaiOp.toLowerCase()] ?? 'other';
    const convention = hasOpenLlmetryMarker(a, scopeName) ? 'openllmetry' : 'otel_genai';
    return { kind, convention, operation: genaiOp };
  }
  const oiKind = attrString(a, 'openinference.span.kind');
  if (oiKind !== undefined) {
    return { kind: OPENINFERENCE_KINDS[oiKind.toUpperCase()] ?? 'other', convention: 'openinference', operation: oiKind };
  }
  const tlKind = attrString(a, 'traceloop.span.kind');
  if (tlKind !== undefined) {
    return { kind: TRACELOOP_KINDS[tlKind.toLowerCase()] ?? 'other', convention: 'openllmetry', operation: tlKind };
  }
  const requestType = attrString(a, 'llm.request.type');
  if (requestType !== undefined) {
    return {
      kind: LLM_REQUEST_TYPES[requestType.toLowerCase()] ?? 'other',
      convention: 'openllmetry',
      operation: requestType,
    };
  }
  if (attrString(a, 'mcp.method.name') === 'tools/call') {
    return { kind: 'tool', convention: 'otel_genai', operation: 'tools/call' };
  }
  const dbSystem = attrString(a, 'db.system') ?? attrString(a, 'db.system.name');
  if (dbSystem !== undefined) {
    const operation = attrString(a, 'db.operation.name') ?? attrString(a, 'db.operation') ?? nameSuffix(span.name);
    if (VECTOR_DB_SYSTEMS.has(dbSystem.toLowerCase())) {
      const kind = operation === undefined ? 'other' : vectorDbKind(operation, vectorCollection(a));
      return { kind, convention: 'openllmetry', ...(operation === undefined ? {} : { operation }) };
    }
    // An ordinary database client span (often the child of a tool): the tool span carries the meaning.
    return { kind: 'other', convention: conventionFromMarkers(a, scopeName), ...(operation === undefined ? {} : { operation }) };
  }
  return classifyByName(span, scopeName);
}

/** Whether the span carries CrewAI memory events, and which way they go. */
export function crewAiMemoryDirection(span: OtlpSpan): 'save' | 'search' | undefined {
  let direction: 'save' | 'search' | undefined;
  for (const event of span.events) {
    const m = CREWAI_MEMORY_EVENT.exec(event.name);
    if (m === null) continue;
    if (m[2] === 'save') return 'save';
    direction = 'search';
  }
  return direction;
}

/**
 * CrewAI puts memory use on the span that was active (an agent or chain span). Memory traffic
 * is what memory-poisoning detection needs, so it wins over the generic agent kind; a write wins
 * over a read because a poisoned write is the more consequential half.
 */
function refineWithMemoryEvents(span: OtlpSpan, base: SpanClassification): SpanClassification {
  if (base.kind !== 'agent' && base.kind !== 'other') return base;
  const direction = crewAiMemoryDirection(span);
  if (direction === undefined) return base;
  return { ...base, kind: direction === 'save' ? 'memory_write' : 'memory_read' };
}
