import type { AgentEventKind, ContentOrigin } from '@warden/core';
import type { OtlpSpan } from '@warden/otlp';
import { Section } from './content-collector';
import { addMessageList, addSystemInstructions } from './messages';
import type { SpanExtraction } from './span-extraction';
import { attr, attrString, isRecord, presentString, renderText, scalarNumber, structured } from './values';

/**
 * OTel GenAI content: message attributes (also used by migrated OpenLLMetry instrumentations),
 * tool call arguments/result, retrieval and memory attributes, and the v1.26–v1.27 span events
 * `gen_ai.content.prompt` / `gen_ai.content.completion`.
 */
export function extractGenAi(x: SpanExtraction, span: OtlpSpan, kind: AgentEventKind, toolName: string | undefined): void {
  const a = span.attributes;

  const output = attr(a, 'gen_ai.output.messages');
  if (output !== undefined) {
    addMessageList(x, output, { side: 'output', section: Section.output, defaultOrigin: 'assistant', requestsToolCalls: true });
  }
  const input = attr(a, 'gen_ai.input.messages');
  if (input !== undefined) {
    addMessageList(x, input, { side: 'input', section: Section.input, defaultOrigin: 'other', requestsToolCalls: false });
  }

  const callId = attrString(a, 'gen_ai.tool.call.id');
  const args = attr(a, 'gen_ai.tool.call.arguments');
  if (args !== undefined && args !== null) {
    const text = renderText(args, x.limits);
    x.setToolArguments(text);
    x.content.add('tool_arguments', text, {
      side: 'input',
      section: Section.toolArguments,
      ...(callId === undefined ? {} : { ref: callId }),
      ...(toolName === undefined ? {} : { toolName }),
    });
  }
  const result = attr(a, 'gen_ai.tool.call.result');
  if (result !== undefined && result !== null) {
    const text = renderText(result, x.limits);
    x.setToolResult(text);
    x.content.add('tool_result', text, {
      side: 'output',
      section: Section.toolResult,
      ...(callId === undefined ? {} : { ref: callId }),
      ...(toolName === undefined ? {} : { toolName }),
    });
  }

  extractRetrieval(x, span);
  extractMemory(x, span, kind);
  extractLegacyContentEvents(x, span);

  const instructions = attr(a, 'gen_ai.system_instructions');
  if (instructions !== undefined) addSystemInstructions(x, instructions);
}

function extractRetrieval(x: SpanExtraction, span: OtlpSpan): void {
  const a = span.attributes;
  x.resources.add('data_source', attrString(a, 'gen_ai.data_source.id'));
  const query = attrString(a, 'gen_ai.retrieval.query.text');
  if (query !== undefined) x.content.add('other', query, { side: 'input', section: Section.input });
  const docs = structured(attr(a, 'gen_ai.retrieval.documents'), x.limits);
  if (!Array.isArray(docs)) return;
  x.setRecordCount(docs.length);
  // Every id is offered so the dropped-resource count is true; only content is cut short.
  for (const doc of docs) if (isRecord(doc)) x.resources.add('document', presentString(doc['id']));
  docs.slice(0, x.limits.maxContentParts).forEach((doc, i) => {
    if (!isRecord(doc)) return;
    const id = presentString(doc['id']);
    // The schema has only id and score; some emitters add the text, which is what matters.
    const content = doc['content'] ?? doc['text'];
    if (content !== undefined && content !== null) {
      x.content.add('retrieved_document', renderText(content, x.limits), {
        side: 'output',
        section: Section.documents,
        index: i,
        ...(id === undefined ? {} : { ref: id }),
      });
    }
  });
}

function extractMemory(x: SpanExtraction, span: OtlpSpan, kind: AgentEventKind): void {
  const a = span.attributes;
  x.resources.add('memory_store', attrString(a, 'gen_ai.memory.store.id'));
  x.resources.add('memory_record', attrString(a, 'gen_ai.memory.record.id'));
  x.setRecordCount(scalarNumber(attr(a, 'gen_ai.memory.record.count')));
  const query = attrString(a, 'gen_ai.memory.query.text');
  if (query !== undefined) x.content.add('other', query, { side: 'input', section: Section.input });
  const records = structured(attr(a, 'gen_ai.memory.records'), x.limits);
  const list = Array.isArray(records) ? records : records === undefined ? [] : [records];
  if (list.length === 0) return;
  // Records written are the span's input; records found by a search are its output.
  const side = kind === 'memory_write' ? 'input' : 'output';
  if (kind === 'memory_read') x.setRecordCount(list.length);
  list.slice(0, x.limits.maxContentParts).forEach((record, i) => {
    const id = isRecord(record) ? presentString(record['id']) : undefined;
    const content = isRecord(record) ? record['content'] : record;
    x.resources.add('memory_record', id);
    if (content === undefined || content === null) return;
    x.content.add('memory_record', renderText(content, x.limits), {
      side,
      section: Section.documents,
      index: i,
      ...(id === undefined ? {} : { ref: id }),
    });
  });
}

const LEGACY_EVENTS: ReadonlyArray<{ event: string; key: string; output: boolean; origin: ContentOrigin }> = [
  { event: 'gen_ai.content.completion', key: 'gen_ai.completion', output: true, origin: 'assistant' },
  { event: 'gen_ai.content.prompt', key: 'gen_ai.prompt', output: false, origin: 'other' },
];

function extractLegacyContentEvents(x: SpanExtraction, span: OtlpSpan): void {
  for (const { event, key, output, origin } of LEGACY_EVENTS) {
    for (const e of span.events) {
      if (e.name !== event) continue;
      const value = attr(e.attributes, key);
      if (value === undefined) continue;
      addMessageList(x, value, {
        side: output ? 'output' : 'input',
        section: output ? Section.output : Section.input,
        defaultOrigin: origin,
        requestsToolCalls: output,
      });
    }
  }
}
