/**
 * Span shapes every convention shares: HTTP client spans (general semantic conventions) and the
 * GenAI memory spans, which only OTel GenAI defines and which the other agents emit alongside
 * their own convention (telemetry.md §6).
 */
import type { HttpCall, MemoryOperation } from '../script';
import type { Attributes, RenderContext, SpanShape } from './renderer';

export function httpClientSpan(call: HttpCall, scopeName: string): SpanShape {
  const url = new URL(call.url);
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  return {
    name: call.method,
    kind: 'client',
    scope: { name: scopeName, version: '0.60.0' },
    attributes: {
      'http.request.method': call.method,
      'url.full': call.url,
      'server.address': url.hostname,
      'server.port': port,
      'http.response.status_code': call.statusCode,
    },
  };
}

export function genAiMemorySpan(_ctx: RenderContext, op: MemoryOperation): SpanShape {
  const attributes: Attributes = {
    'gen_ai.operation.name': op.operation,
    'gen_ai.provider.name': 'mem0',
    'gen_ai.memory.store.id': op.storeId,
    'gen_ai.memory.record.count': op.records.length,
    'gen_ai.memory.records': JSON.stringify(
      op.records.map((r) => ({
        id: r.id,
        content: r.content,
        ...(r.score === undefined ? {} : { score: r.score }),
        ...(r.metadata === undefined ? {} : { metadata: r.metadata }),
      })),
    ),
  };
  if (op.query !== undefined) attributes['gen_ai.memory.query.text'] = op.query;
  const first = op.records[0];
  if (op.operation === 'create_memory' && op.records.length === 1 && first !== undefined) {
    attributes['gen_ai.memory.record.id'] = first.id;
  }
  return { name: op.operation, kind: 'client', scope: { name: 'opentelemetry.instrumentation.mem0', version: '0.3.1' }, attributes };
}
