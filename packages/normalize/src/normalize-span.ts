import type { AgentEvent, AgentEventKind } from '@warden/core';
import type { OtlpSpan } from '@warden/otlp';
import { allowedAttributes } from './allowed-attributes';
import { boundText } from './bounded-text';
import { classifySpan } from './classify';
import { extractGenAi } from './extract-genai';
import { extractOpenInference } from './extract-openinference';
import { extractOpenLlmetry } from './extract-openllmetry';
import type { AgentIdentity } from './identity';
import type { NormalizeLimits } from './limits';
import { hostOf } from './resource-set';
import { SpanExtraction } from './span-extraction';
import type { SpanRecord } from './span-record';
import { attrString, firstString } from './values';

const STATUS = ['unset', 'ok', 'error'] as const;

/** The tool a tool span ran, from the attribute each convention uses, else from the span name. */
export function toolNameOf(span: OtlpSpan): string | undefined {
  const a = span.attributes;
  const named = firstString(a, ['gen_ai.tool.name', 'tool.name', 'mcp.tool.name']);
  if (named !== undefined) return named;
  if (attrString(a, 'traceloop.span.kind') === 'tool') {
    const entity = attrString(a, 'traceloop.entity.name');
    if (entity !== undefined) return entity;
  }
  const name = span.name.trim();
  const m = /^(?:execute_tool|tools\/call)\s+(.+)$/.exec(name) ?? /^(.+)\.tool$/.exec(name);
  if (m?.[1] !== undefined) return m[1].trim();
  return name === '' ? undefined : name;
}

/** Older instrumentations wrote vendor names capitalised or under pre-rename ids. */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  aws: 'aws.bedrock',
  azure: 'azure.ai.openai',
  'az.ai.openai': 'azure.ai.openai',
  'az.ai.inference': 'azure.ai.inference',
};

function normalizeProvider(provider: string | undefined): string | undefined {
  if (provider === undefined) return undefined;
  const lower = provider.toLowerCase();
  return PROVIDER_ALIASES[lower] ?? lower;
}

export interface SpanEventContext {
  readonly tenant: string;
  readonly receivedAtMs: number;
  readonly limits: NormalizeLimits;
}

/** One validated span → one AgentEvent. Identity is resolved by the caller (it needs the trace). */
export function normalizeSpan(
  record: SpanRecord,
  identity: AgentIdentity,
  ctx: SpanEventContext,
  enclosingTool?: string,
): AgentEvent {
  const { span } = record;
  const { limits } = ctx;
  const a = span.attributes;
  const classification = classifySpan(span, record.scopeName);
  const kind: AgentEventKind = classification.kind;
  const isRoot = record.parentSpanId === undefined;
  const rawToolName = kind === 'tool' ? toolNameOf(span) : undefined;
  const toolName = rawToolName === undefined ? undefined : boundText(rawToolName, limits.maxIdentityChars);

  const x = new SpanExtraction(limits);
  // The span's own convention goes first: it wins the tool argument/result fields and the part budget.
  if (classification.convention === 'openinference') {
    extractOpenInference(x, span, kind, isRoot, toolName);
    extractGenAi(x, span, kind, toolName);
    extractOpenLlmetry(x, span, kind, isRoot, toolName);
  } else if (classification.convention === 'openllmetry') {
    extractOpenLlmetry(x, span, kind, isRoot, toolName);
    extractGenAi(x, span, kind, toolName);
    extractOpenInference(x, span, kind, isRoot, toolName);
  } else {
    extractGenAi(x, span, kind, toolName);
    extractOpenLlmetry(x, span, kind, isRoot, toolName);
    extractOpenInference(x, span, kind, isRoot, toolName);
  }

  x.resources.add('db.namespace', attrString(a, 'db.namespace'));
  x.resources.add('db.collection', attrString(a, 'db.collection.name'));
  const url = attrString(a, 'url.full') ?? attrString(a, 'http.url');
  x.resources.addUrl(url);

  const model = firstString(a, ['gen_ai.request.model', 'gen_ai.response.model', 'llm.model_name', 'embedding.model_name']);
  const provider = normalizeProvider(firstString(a, ['gen_ai.provider.name', 'gen_ai.system', 'llm.system', 'llm.provider']));
  const promptVersion = firstString(a, ['llm.prompt_template.version', 'traceloop.prompt.version', 'gen_ai.prompt.version']);
  const peerHost = attrString(a, 'server.address')?.toLowerCase() ?? hostOf(url) ?? attrString(a, 'net.peer.name')?.toLowerCase();

  const rawName =
    (kind === 'tool' ? toolName : undefined) ??
    (kind === 'llm' ? model : undefined) ??
    (span.name.trim() !== '' ? span.name : undefined) ??
    classification.operation ??
    kind;

  const attributes = allowedAttributes(span, record.resource, record.scopeName, limits);
  // An HTTP or DB client span inside a tool: detectors tie its peer host to the tool that made the call.
  if (kind !== 'tool' && enclosingTool !== undefined) {
    attributes['warden.enclosing_tool.name'] = boundText(enclosingTool, limits.maxIdentityChars);
  }
  if (x.content.droppedParts > 0) attributes['warden.dropped.content_parts'] = x.content.droppedParts;
  if (x.resources.droppedResources > 0) attributes['warden.dropped.resources'] = x.resources.droppedResources;
  if (x.droppedToolCalls > 0) attributes['warden.dropped.tool_calls'] = x.droppedToolCalls;

  const bound = (s: string): string => boundText(s, limits.maxIdentityChars);
  const inputText = x.content.text('input');
  const outputText = x.content.text('output');
  return {
    tenant: ctx.tenant,
    ...identity,
    traceId: record.traceId,
    spanId: record.spanId,
    ...(record.parentSpanId === undefined ? {} : { parentSpanId: record.parentSpanId }),
    kind,
    name: bound(rawName),
    ...(classification.operation === undefined ? {} : { operation: bound(classification.operation) }),
    convention: classification.convention,
    startTimeMs: record.startTimeMs,
    endTimeMs: record.endTimeMs,
    status: STATUS[span.status.code] ?? 'unset',
    ...(toolName === undefined ? {} : { toolName }),
    ...(x.toolArguments === undefined ? {} : { toolArguments: x.toolArguments }),
    ...(x.toolResult === undefined ? {} : { toolResult: x.toolResult }),
    ...(inputText === undefined ? {} : { inputText }),
    ...(outputText === undefined ? {} : { outputText }),
    contents: x.content.parts(),
    ...(x.requestedToolCalls.length === 0 ? {} : { requestedToolCalls: [...x.requestedToolCalls] }),
    ...(model === undefined ? {} : { model: bound(model) }),
    ...(provider === undefined ? {} : { provider: bound(provider) }),
    ...(promptVersion === undefined ? {} : { promptVersion: bound(promptVersion) }),
    resources: x.resources.toArray(),
    ...(peerHost === undefined ? {} : { peerHost: bound(peerHost) }),
    ...(x.recordCount === undefined ? {} : { recordCount: x.recordCount }),
    attributes,
    receivedAtMs: ctx.receivedAtMs,
  };
}
