import type { AgentEventKind, ContentOrigin } from '@warden/core';
import type { OtlpSpan } from '@warden/otlp';
import { Section } from './content-collector';
import { addMessageList } from './messages';
import type { SpanExtraction } from './span-extraction';
import { unflattenIndexed } from './unflatten';
import { attr, attrString, isRecord, parseJson, presentString, renderText, scalarString } from './values';

/**
 * OpenLLMetry content: legacy indexed `gen_ai.prompt.<i>.*` / `gen_ai.completion.<i>.*`,
 * decorator spans' `traceloop.entity.input` / `.output`, and vector-DB `db.query.result` events.
 * (Migrated instrumentations use the GenAI message attributes, read by the GenAI extractor.)
 */
export function extractOpenLlmetry(
  x: SpanExtraction,
  span: OtlpSpan,
  kind: AgentEventKind,
  isRoot: boolean,
  toolName: string | undefined,
): void {
  const a = span.attributes;
  const completions = unflattenIndexed(a, 'gen_ai.completion');
  if (completions.length > 0) {
    addMessageList(x, completions, { side: 'output', section: Section.output, defaultOrigin: 'assistant', requestsToolCalls: true });
  }
  const prompts = unflattenIndexed(a, 'gen_ai.prompt');
  if (prompts.length > 0) {
    addMessageList(x, prompts, { side: 'input', section: Section.input, defaultOrigin: 'other', requestsToolCalls: false });
  }

  const entityInput = attrString(a, 'traceloop.entity.input');
  const entityOutput = attrString(a, 'traceloop.entity.output');
  if (kind === 'tool') {
    if (entityInput !== undefined) {
      const text = toolArgumentsFromEntityInput(entityInput, x);
      x.setToolArguments(text);
      x.content.add('tool_arguments', text, {
        side: 'input',
        section: Section.toolArguments,
        ...(toolName === undefined ? {} : { toolName }),
      });
    }
    if (entityOutput !== undefined) {
      const text = unwrapJsonString(entityOutput, x);
      x.setToolResult(text);
      x.content.add('tool_result', text, {
        side: 'output',
        section: Section.toolResult,
        ...(toolName === undefined ? {} : { toolName }),
      });
    }
  } else {
    const inputOrigin: ContentOrigin = kind === 'agent' && isRoot ? 'user' : 'other';
    const outputOrigin: ContentOrigin = kind === 'agent' ? 'assistant' : 'other';
    if (entityInput !== undefined) {
      x.content.add(inputOrigin, entityInputText(entityInput, x), { side: 'input', section: Section.input });
    }
    if (entityOutput !== undefined) {
      x.content.add(outputOrigin, unwrapJsonString(entityOutput, x), { side: 'output', section: Section.output });
    }
  }

  extractQueryResultEvents(x, span, kind);
}

/**
 * `{"args":[...],"kwargs":{...}}` → the arguments as the tool saw them (kwargs object, or the
 * single positional object), so tool arguments look the same in every convention. Text that is
 * not valid JSON (the SDK truncates long values) is kept as sent.
 */
function toolArgumentsFromEntityInput(text: string, x: SpanExtraction): string {
  const parsed = parseJson(text, x.limits);
  if (!parsed.ok || !isRecord(parsed.value)) return text;
  const args = Array.isArray(parsed.value['args']) ? parsed.value['args'] : [];
  const kwargs = isRecord(parsed.value['kwargs']) ? parsed.value['kwargs'] : {};
  const hasKwargs = Object.keys(kwargs).length > 0;
  if (args.length === 0 && hasKwargs) return renderText(kwargs, x.limits);
  if (!hasKwargs && args.length === 1 && isRecord(args[0])) return renderText(args[0], x.limits);
  if (!hasKwargs && args.length > 0) return renderText(args, x.limits);
  return text;
}

/**
 * A workflow's or task's input as text: a call with one string (`args:["..."]` or one string
 * kwarg) is that string, the way the user wrote it; anything else reads as its arguments.
 */
function entityInputText(text: string, x: SpanExtraction): string {
  const parsed = parseJson(text, x.limits);
  if (!parsed.ok || !isRecord(parsed.value)) return unwrapJsonString(text, x);
  const args = Array.isArray(parsed.value['args']) ? parsed.value['args'] : [];
  const kwargs = isRecord(parsed.value['kwargs']) ? Object.values(parsed.value['kwargs']) : [];
  const only = args.length + kwargs.length === 1 ? (args[0] ?? kwargs[0]) : undefined;
  return typeof only === 'string' ? only : toolArgumentsFromEntityInput(text, x);
}

/** A JSON-encoded string (`"\"hello\""`) becomes the string; anything else stays as sent. */
function unwrapJsonString(text: string, x: SpanExtraction): string {
  if (!text.trimStart().startsWith('"')) return text;
  const parsed = parseJson(text, x.limits);
  return parsed.ok && typeof parsed.value === 'string' ? parsed.value : text;
}

function extractQueryResultEvents(x: SpanExtraction, span: OtlpSpan, kind: AgentEventKind): void {
  const origin: ContentOrigin = kind === 'memory_read' ? 'memory_record' : 'retrieved_document';
  let count = 0;
  for (const event of span.events) {
    if (event.name !== 'db.query.result') continue;
    const e = event.attributes;
    const id = presentString(attr(e, 'db.query.result.id'));
    x.resources.add(origin === 'memory_record' ? 'memory_record' : 'document', id);
    const document = attr(e, 'db.query.result.document');
    const text = document === undefined || document === null ? undefined : scalarString(document) ?? renderText(document, x.limits);
    if (text !== undefined) {
      x.content.add(origin, text, {
        side: 'output',
        section: Section.documents,
        index: count,
        ...(id === undefined ? {} : { ref: id }),
      });
    }
    count++;
  }
  if (count > 0) x.setRecordCount(count);
}
