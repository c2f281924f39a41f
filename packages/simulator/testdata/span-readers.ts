/**
 * Reading a simulated span the way the tests need, whichever telemetry convention it speaks
 * (OTel GenAI, OpenInference, OpenLLMetry).
 */
import type { SpanSpec } from '../src/span-spec';
import type { SimulatedSession } from '../src/traffic';

/** The tool a tool span calls; undefined for any other span. */
export function toolName(s: SpanSpec): string | undefined {
  const v = s.attributes['gen_ai.tool.name'] ?? s.attributes['tool.name'] ?? s.attributes['traceloop.entity.name'];
  return s.attributes['openinference.span.kind'] === 'TOOL' || s.attributes['gen_ai.operation.name'] === 'execute_tool' || s.attributes['traceloop.span.kind'] === 'tool' ? (v as string) : undefined;
}

/** A tool span's arguments, unwrapped from OpenLLMetry's `kwargs`. */
export function toolArgs(s: SpanSpec): Record<string, unknown> {
  const raw = (s.attributes['gen_ai.tool.call.arguments'] ?? s.attributes['input.value'] ?? s.attributes['traceloop.entity.input']) as string;
  const parsed = JSON.parse(raw) as Record<string, unknown>;
  return (parsed['kwargs'] as Record<string, unknown> | undefined) ?? parsed;
}

/** A tool span's result text ('' when it has none). */
export function toolResult(s: SpanSpec): string {
  return (s.attributes['gen_ai.tool.call.result'] ?? s.attributes['output.value'] ?? s.attributes['traceloop.entity.output'] ?? '') as string;
}

/** Everything a span carries as one string, for "does this value appear anywhere" checks. */
export function spanText(s: SpanSpec): string {
  return `${s.name} ${JSON.stringify(s.attributes)}`;
}

/** The span a labelled session's label points at. */
export function triggerSpan(s: SimulatedSession): SpanSpec {
  return s.spans.find((x) => x.spanId === s.label!.trigger.spanId)!;
}

/** A tool span's arguments as JSON text, to look for a value anywhere in them. */
export function argsText(s: SpanSpec): string {
  return JSON.stringify(toolArgs(s));
}

/** A string as it reads inside JSON text (quotes and newlines escaped), to find it in a serialized result. */
export function escaped(payload: string): string {
  return JSON.stringify(payload).slice(1, -1);
}
