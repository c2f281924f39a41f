import type { OtlpAttributes, OtlpSpanEvent } from '@warden/otlp';
import { span } from '../testdata/builder';
import { classifySpan } from './index';

const classify = (name: string, attributes: OtlpAttributes, events: OtlpSpanEvent[] = [], scope = '') =>
  classifySpan(
    { ...span({ traceId: '1'.repeat(32), spanId: '1'.repeat(16), name, startMs: 0, endMs: 1, attributes }), events },
    scope,
  );

describe('classifySpan', () => {
  it.each([
    ['chat', 'llm'],
    ['generate_content', 'llm'],
    ['text_completion', 'llm'],
    ['execute_tool', 'tool'],
    ['invoke_agent', 'agent'],
    ['create_agent', 'agent'],
    ['invoke_workflow', 'agent'],
    ['handle_conversation_turn', 'agent'],
    ['plan', 'agent'],
    ['retrieval', 'retrieval'],
    ['embeddings', 'retrieval'],
    ['search_memory', 'memory_read'],
    ['create_memory', 'memory_write'],
    ['update_memory', 'memory_write'],
    ['upsert_memory', 'memory_write'],
    ['delete_memory', 'memory_write'],
    ['run_guardrail', 'other'],
  ])('gen_ai.operation.name %s → %s', (operation, kind) => {
    expect(classify('x', { 'gen_ai.operation.name': operation })).toEqual({ kind, convention: 'otel_genai', operation });
  });

  it.each([
    ['LLM', 'llm'],
    ['TOOL', 'tool'],
    ['AGENT', 'agent'],
    ['CHAIN', 'agent'],
    ['RETRIEVER', 'retrieval'],
    ['EMBEDDING', 'retrieval'],
    ['RERANKER', 'retrieval'],
    ['GUARDRAIL', 'other'],
  ])('openinference.span.kind %s → %s', (spanKind, kind) => {
    expect(classify('x', { 'openinference.span.kind': spanKind })).toEqual({ kind, convention: 'openinference', operation: spanKind });
  });

  it.each([
    ['workflow', 'agent'],
    ['task', 'agent'],
    ['agent', 'agent'],
    ['tool', 'tool'],
    ['unknown', 'other'],
  ])('traceloop.span.kind %s → %s', (spanKind, kind) => {
    expect(classify('x', { 'traceloop.span.kind': spanKind })).toMatchObject({ kind, convention: 'openllmetry' });
  });

  it.each([
    ['chat', 'llm'],
    ['completion', 'llm'],
    ['embedding', 'retrieval'],
    ['rerank', 'retrieval'],
  ])('llm.request.type %s → %s', (type, kind) => {
    expect(classify('x', { 'llm.request.type': type })).toMatchObject({ kind, convention: 'openllmetry' });
  });

  it('tries the keys in order: gen_ai.operation.name beats openinference.span.kind', () => {
    expect(classify('x', { 'gen_ai.operation.name': 'execute_tool', 'openinference.span.kind': 'LLM' }).kind).toBe('tool');
    expect(classify('x', { 'openinference.span.kind': 'TOOL', 'traceloop.span.kind': 'agent' }).kind).toBe('tool');
  });

  it('tells migrated OpenLLMetry spans from plain OTel GenAI by their traceloop markers', () => {
    expect(classify('openai.chat', { 'gen_ai.operation.name': 'chat', 'traceloop.workflow.name': 'w' }).convention).toBe('openllmetry');
    expect(classify('chat m', { 'gen_ai.operation.name': 'chat' }).convention).toBe('otel_genai');
  });

  it.each([
    ['chroma.query', {}, 'retrieval'],
    ['pinecone.query', {}, 'retrieval'],
    ['chroma.add', {}, 'memory_write'],
    ['qdrant.upsert', {}, 'memory_write'],
    ['milvus.insert', {}, 'memory_write'],
    ['chroma.query', { 'db.collection.name': 'agent_memories' }, 'memory_read'],
  ])('vector-DB span %s %j → %s', (name, extra, kind) => {
    expect(classify(name, { 'db.system': name.split('.')[0] as string, ...extra })).toMatchObject({ kind, convention: 'openllmetry' });
  });

  it('leaves an ordinary database client span as other', () => {
    expect(classify('SELECT customers', { 'db.system': 'postgresql', 'db.operation.name': 'SELECT' })).toEqual({
      kind: 'other',
      convention: 'unknown',
      operation: 'SELECT',
    });
  });

  it.each([
    ['execute_tool crm.get_customer', 'tool'],
    ['chat gpt-4o', 'llm'],
    ['invoke_agent support', 'agent'],
    ['search_memory', 'memory_read'],
    ['chroma.upsert', 'memory_write'],
    ['send_email.tool', 'tool'],
    ['nightly.workflow', 'agent'],
    ['HTTP GET', 'other'],
  ])('falls back to the span name: %s → %s', (name, kind) => {
    expect(classify(name, {}).kind).toBe(kind);
  });

  it('classifies an MCP tools/call span as a tool', () => {
    expect(classify('tools/call get_weather', { 'mcp.method.name': 'tools/call' }).kind).toBe('tool');
  });

  it('turns an agent span with CrewAI memory events into a memory operation', () => {
    const event = (name: string): OtlpSpanEvent => ({ name, timeUnixNano: 1n, attributes: {} });
    const attrs = { 'openinference.span.kind': 'AGENT' };
    expect(classify('Agent.execute', attrs, [event('short_term_memory.search')]).kind).toBe('memory_read');
    expect(classify('Agent.execute', attrs, [event('long_term_memory.search'), event('short_term_memory.save')]).kind).toBe('memory_write');
    expect(classify('llm', { 'openinference.span.kind': 'LLM' }, [event('short_term_memory.save')]).kind).toBe('llm');
  });
});
