import type { OtlpAttributes, OtlpSpan } from '@warden/otlp';
import { boundText } from './bounded-text';
import type { NormalizeLimits } from './limits';
import { attr } from './values';

/** Span attributes detectors may use, copied when scalar. Anything else stays out of the event. */
const SPAN_KEYS = [
  'gen_ai.operation.name',
  'gen_ai.provider.name',
  'gen_ai.system',
  'gen_ai.tool.type',
  'gen_ai.tool.call.id',
  'gen_ai.data_source.id',
  'gen_ai.invocation.is_nested',
  'gen_ai.workflow.name',
  'gen_ai.usage.input_tokens',
  'gen_ai.usage.output_tokens',
  'gen_ai.usage.prompt_tokens',
  'gen_ai.usage.completion_tokens',
  'llm.token_count.prompt',
  'llm.token_count.completion',
  'openinference.span.kind',
  'traceloop.span.kind',
  'traceloop.entity.name',
  'llm.request.type',
  'llm.system',
  'llm.provider',
  'mcp.method.name',
  'error.type',
  'db.system',
  'db.system.name',
  'db.operation.name',
  'db.collection.name',
  'db.namespace',
  'http.request.method',
  'http.response.status_code',
  'http.status_code',
  'server.address',
  'server.port',
];

const RESOURCE_KEYS = [
  'service.name',
  'service.namespace',
  'service.version',
  'service.instance.id',
  'deployment.environment.name',
  'deployment.environment',
];

const SPAN_KINDS = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];

export function allowedAttributes(
  span: OtlpSpan,
  resource: OtlpAttributes,
  scopeName: string,
  limits: NormalizeLimits,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const copy = (from: OtlpAttributes, key: string): void => {
    const v = scalar(attr(from, key), limits);
    if (v !== undefined) out[key] = v;
  };
  out['span.kind'] = SPAN_KINDS[span.kind] ?? 'unspecified';
  for (const key of RESOURCE_KEYS) copy(resource, key);
  for (const key of SPAN_KEYS) copy(span.attributes, key);
  if (scopeName !== '') out['otel.scope.name'] = boundText(scopeName, limits.maxAttributeChars);
  if (span.status.code === 2 && span.status.message !== '') {
    out['status.message'] = boundText(span.status.message, limits.maxAttributeChars);
  }
  return out;
}

function scalar(v: unknown, limits: NormalizeLimits): string | number | boolean | undefined {
  if (typeof v === 'string') return boundText(v, limits.maxAttributeChars);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return v;
  return undefined;
}
